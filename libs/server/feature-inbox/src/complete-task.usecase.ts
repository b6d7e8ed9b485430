import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  AppError,
  type AuthenticatedUser,
  completeTaskUpdate,
  type TaskCompletionResult,
  validateTaskOutcome,
} from '@tdkt/contracts';
import { TaskEntity } from '@tdkt/server-database';
import { sendUpdate } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { ActorRoles } from './actor-roles';
import { assertActionable, assertIndependent, isCandidate } from './task-access';

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
    await assertIndependent(this.dataSource.manager, task, user.id);
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
}
