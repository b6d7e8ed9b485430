import {
  AppError,
  assertSeparationOfDuties,
  type AuthenticatedUser,
  DossierTaskType,
  type Role,
  TaskSubjectType,
} from '@tdkt/contracts';
import { type TaskEntity } from '@tdkt/server-database';
import type { EntityManager, Repository } from 'typeorm';

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

/** The separation-of-duties action a dossier task stands for, if any. */
export const SOD_ACTION: Partial<Record<string, 'review' | 'decide'>> = {
  [DossierTaskType.review]: 'review',
  [DossierTaskType.objectionReview]: 'review',
  [DossierTaskType.decision]: 'decide',
};

/**
 * The author of a dossier (who drafted or submitted it) may not review or decide it, nor take or be
 * handed its review or decision task: checked here for claims, assignments and completions, and again
 * by the workflow's update validator. `field` names the person in the refusal (e.g. `assigneeId`).
 */
export async function assertIndependent(
  manager: Pick<EntityManager, 'query'>,
  task: TaskEntity,
  userId: string,
  field = 'action',
): Promise<void> {
  const action = SOD_ACTION[task.type];
  if (action === undefined || task.subjectType !== TaskSubjectType.dossier) return;
  const [dossier] = await manager.query<
    { author_id: string | null; submitted_by: string | null }[]
  >(`SELECT author_id, submitted_by FROM dossiers WHERE id = $1`, [task.subjectId]);
  try {
    for (const author of [dossier?.author_id ?? null, dossier?.submitted_by ?? null])
      assertSeparationOfDuties({ actorId: userId, action, dossierAuthorId: author });
  } catch (error) {
    if (!(error instanceof AppError) || field === 'action') throw error;
    throw new AppError(
      error.code,
      error.errors.map((fieldError) => ({ ...fieldError, field })),
      error.localizedMessage,
    );
  }
}

/** The task row, locked for this transaction; 404 when it does not exist. */
export async function lockTask(
  repository: Repository<TaskEntity>,
  taskId: string,
): Promise<TaskEntity> {
  const task = await repository.findOne({
    where: { id: taskId },
    lock: { mode: 'pessimistic_write' },
  });
  if (task === null) throw new AppError('TASK_NOT_FOUND');
  return task;
}
