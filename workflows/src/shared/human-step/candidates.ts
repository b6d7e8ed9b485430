import type { TaskActor, TaskCandidates } from '@tdkt/contracts';
import { rejectUpdate } from '../rejections';

/** Whether the actor may take a task meant for these candidates. */
export function isCandidate(candidates: TaskCandidates, actor: TaskActor): boolean {
  return 'userId' in candidates
    ? candidates.userId === actor.userId
    : actor.roles.includes(candidates.role);
}

/** Who a task waits for, as the Assignee search attribute shows it: a user id, or role@unit. */
export function candidatesLabel(candidates: TaskCandidates): string {
  return 'userId' in candidates ? candidates.userId : `${candidates.role}@${candidates.unitId}`;
}

/** Rejects an update from someone the task is not for; `why` says who it is for, in words. */
export function assertCandidate(candidates: TaskCandidates, actor: TaskActor, why?: string): void {
  if (isCandidate(candidates, actor)) return;
  rejectUpdate(
    'NOT_A_CANDIDATE',
    why ?? `this task is for ${'userId' in candidates ? 'another person' : candidates.role}`,
  );
}
