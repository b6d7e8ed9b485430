import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  AppError,
  assertSeparationOfDuties,
  type AuthenticatedUser,
  completeTaskUpdate,
  DossierTaskType,
  type TaskCompletionResult,
  validateTaskOutcome,
} from '@tdkt/contracts';
import { TaskEntity } from '@tdkt/server-database';
import { sendUpdate } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { ActorRoles } from './actor-roles';
import { assertActionable, isCandidate } from './task-access';

/**
 * Completes a task: the person must be among those it is for, the outcome must fit its type, and the
 * owning workflow has the last word (its update validator); the step's consequence is recorded before
 * this returns.
 */
@Injectable()
export class CompleteTaskUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: ActorRoles,
    private readonly temporal: Client,
  ) {}

  async execute(
    taskId: string,
    outcome: Record<string, unknown>,
    user: AuthenticatedUser,
  ): Promise<TaskCompletionResult> {
    const task = await this.dataSource.getRepository(TaskEntity).findOne({ where: { id: taskId } });
    if (task === null) throw new AppError('TASK_NOT_FOUND');
    assertActionable(task, user.id);
    const roles = await this.roles.over(user, task.candidateUnitId ?? task.unitId);
    if (!isCandidate(task, user, roles)) throw new AppError('NOT_A_CANDIDATE');
    await this.assertIndependent(task, user.id);
    if (task.type.startsWith('dossier.')) {
      const errors = validateTaskOutcome(task.type, outcome);
      if (errors.length > 0) throw new AppError('INVALID_OUTCOME', errors);
    }
    return sendUpdate(() =>
      this.temporal.workflow.getHandle(task.workflowId).executeUpdate(completeTaskUpdate, {
        args: [{ taskKey: task.taskKey, actor: { userId: user.id, roles }, outcome }],
      }),
    );
  }

  /** The author of a dossier may not review or decide it: checked here, and again by the workflow. */
  private async assertIndependent(task: TaskEntity, userId: string): Promise<void> {
    const action = SOD_ACTION[task.type];
    if (action === undefined || task.subjectType !== 'dossier') return;
    const [dossier] = await this.dataSource.query<
      { author_id: string | null; submitted_by: string | null }[]
    >(`SELECT author_id, submitted_by FROM dossiers WHERE id = $1`, [task.subjectId]);
    for (const author of [dossier?.author_id ?? null, dossier?.submitted_by ?? null]) {
      assertSeparationOfDuties({ actorId: userId, action, dossierAuthorId: author });
    }
  }
}

/** The separation-of-duties action a dossier task stands for, if any. */
const SOD_ACTION: Partial<Record<string, 'review' | 'decide'>> = {
  [DossierTaskType.review]: 'review',
  [DossierTaskType.objectionReview]: 'review',
  [DossierTaskType.decision]: 'decide',
};
