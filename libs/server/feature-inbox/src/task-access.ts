import { AppError, type AuthenticatedUser, type Role } from '@tdkt/contracts';
import type { TaskEntity } from '@tdkt/server-database';

/** True when the person is among those the task is for, given the roles they hold over its unit. */
export function isCandidate(
  task: TaskEntity,
  user: Pick<AuthenticatedUser, 'id'>,
  roles: readonly Role[],
): boolean {
  if (task.candidateUserId !== null) return task.candidateUserId === user.id;
  return task.candidateRole !== null && roles.includes(task.candidateRole as Role);
}

/** A task still waiting for someone; claimed by another person, it is theirs until they let go or are replaced. */
export function assertActionable(task: TaskEntity, userId: string): void {
  if (task.status !== 'OPEN' && task.status !== 'CLAIMED') throw new AppError('TASK_NOT_OPEN');
  if (task.status === 'CLAIMED' && task.assigneeId !== null && task.assigneeId !== userId)
    throw new AppError('TASK_CLAIMED_BY_OTHER');
}
