import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as delay } from 'node:timers/promises';
import {
  AppError,
  type AuthenticatedUser,
  type InitiativeReviewOutcome,
  InitiativeStatus,
  InitiativeTaskType,
  initiativeWorkflowId,
  type TaskCompletionResult,
} from '@tdkt/contracts';
import { CompleteTaskUseCase } from '@tdkt/server-feature-inbox';
import type { DataSource } from 'typeorm';

/** How long a review waits for the task of an initiative just applied for (one activity away). */
const TASK_OPENING_WAIT_MS = 10_000;
const POLL_MS = 100;

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
    const taskId = await this.openReviewTask(initiativeId);
    if (taskId === null) throw new AppError('TASK_NOT_OPEN');
    return this.completeTask.execute(taskId, { ...outcome }, user);
  }

  /**
   * The open review task. The application answers once the receipt is recorded and the workflow
   * opens the task right after, so a review sent at once (a script, an impatient click) waits for it
   * while the initiative is still only received, rather than being refused.
   */
  private async openReviewTask(initiativeId: string): Promise<string | null> {
    const deadline = Date.now() + TASK_OPENING_WAIT_MS;
    for (;;) {
      const [row] = await this.dataSource.query<{ task_id: string | null; status: string }[]>(
        `SELECT i.status,
                (SELECT t.id FROM tasks t
                  WHERE t.workflow_id = $2 AND t.type = $3 AND t.status IN ('OPEN', 'CLAIMED')
                  LIMIT 1) AS task_id
           FROM initiatives i WHERE i.id = $1`,
        [initiativeId, initiativeWorkflowId(initiativeId), InitiativeTaskType.review],
      );
      if (row?.task_id) return row.task_id;
      if (row?.status !== InitiativeStatus.RECEIVED || Date.now() > deadline) return null;
      await delay(POLL_MS);
    }
  }
}
