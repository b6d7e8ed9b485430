import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type AuthenticatedUser,
  type InitiativeReviewOutcome,
  InitiativeTaskType,
  initiativeWorkflowId,
  type TaskCompletionResult,
} from '@tdkt/contracts';
import { CompleteTaskUseCase } from '@tdkt/server-feature-inbox';
import type { DataSource } from 'typeorm';

/** The unit's head records the initiative council's review: the open review task, completed. */
@Injectable()
export class ReviewInitiativeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly completeTask: CompleteTaskUseCase,
  ) {}

  async execute(
    initiativeId: string,
    outcome: InitiativeReviewOutcome,
    user: AuthenticatedUser,
  ): Promise<TaskCompletionResult> {
    const [task] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM tasks WHERE workflow_id = $1 AND type = $2 AND status IN ('OPEN', 'CLAIMED')`,
      [initiativeWorkflowId(initiativeId), InitiativeTaskType.review],
    );
    if (task === undefined) throw new AppError('TASK_NOT_OPEN');
    return this.completeTask.execute(task.id, { ...outcome }, user);
  }
}
