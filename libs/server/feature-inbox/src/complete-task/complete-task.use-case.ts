import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type AuthenticatedUser,
  completeTaskUpdate,
  type TaskCompletionResult,
  validateTaskOutcome,
} from '@tdkt/contracts';
import { TaskEntity } from '@tdkt/server-database';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { ActorRoles } from '../actor-roles';
import { assertActionable, assertIndependent, isCandidate } from '../task-access';

/**
 * Completes a task: the person must be among those it is for, the outcome must fit its type, and the
 * owning workflow has the last word (its update validator); the step's consequence is recorded before
 * this returns. Sending the same completion again (a retry after a timeout) returns its first answer:
 * the update's id is the task, the person, the outcome and their Idempotency-Key, and a task this
 * person already completed goes to the workflow, which answers a repeat with that first outcome and
 * anything else with TASK_NOT_OPEN.
 */
@Injectable()
export class CompleteTaskUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: ActorRoles,
    private readonly updates: WorkflowUpdates,
  ) {}

  async execute(
    taskId: string,
    outcome: Record<string, unknown>,
    user: AuthenticatedUser,
    idempotencyKey?: string,
  ): Promise<TaskCompletionResult> {
    const task = await this.dataSource.getRepository(TaskEntity).findOne({ where: { id: taskId } });
    if (task === null) throw new AppError('TASK_NOT_FOUND');
    const roles = await this.roles.over(user, task.candidateUnitId ?? task.unitId);
    const completedByThisPerson = task.status === 'COMPLETED' && task.closedBy === user.id;
    if (!completedByThisPerson) {
      assertActionable(task, user.id);
      if (!isCandidate(task, user, roles)) throw new AppError('NOT_A_CANDIDATE');
      await assertIndependent(this.dataSource.manager, task, user.id);
      if (task.type.startsWith('dossier.')) {
        const errors = validateTaskOutcome(task.type, outcome);
        if (errors.length > 0) throw new AppError('INVALID_OUTCOME', errors);
      }
    }
    try {
      return await this.updates.execute(
        task.workflowId,
        completeTaskUpdate,
        [{ taskKey: task.taskKey, actor: { userId: user.id, roles }, outcome }],
        { scope: task.id, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) },
      );
    } catch (error) {
      // Not a repeat of their completion, and the workflow has moved on or ended.
      if (completedByThisPerson && error instanceof AppError && error.code === 'STAGE_NOT_ALLOWED')
        throw new AppError('TASK_NOT_OPEN');
      throw error;
    }
  }
}
