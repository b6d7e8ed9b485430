import { Injectable } from '@nestjs/common';
import { AppError, type RepairCommand, type RepairItemResult } from '@tdkt/contracts';
import { CancelWorkflowUseCase } from '../../repairs/cancel-workflow/cancel-workflow.use-case';
import type { Operator } from '../../repairs/operator';
import { RemindTaskHoldersUseCase } from '../../repairs/remind-task-holders/remind-task-holders.use-case';
import { ResetWorkflowUseCase } from '../../repairs/reset-workflow/reset-workflow.use-case';
import { RetryActivitiesUseCase } from '../../repairs/retry-activities/retry-activities.use-case';
import { TerminateWorkflowUseCase } from '../../repairs/terminate-workflow/terminate-workflow.use-case';

/** Refusals that mean the item no longer needs the repair (it closed, or recovered meanwhile). */
const SKIPPED: readonly string[] = [
  'WORKFLOW_NOT_RUNNING',
  'NOTHING_TO_RETRY',
  'WORKFLOW_NOT_FOUND',
];

/**
 * One item of a bulk repair, in the worker: the same repairs as the API's, audited under the
 * operator who started the bulk repair. A workflow that no longer needs it is skipped, not failed.
 */
@Injectable()
export class RepairWorkflowUseCase {
  constructor(
    private readonly retry: RetryActivitiesUseCase,
    private readonly reset: ResetWorkflowUseCase,
    private readonly cancel: CancelWorkflowUseCase,
    private readonly terminate: TerminateWorkflowUseCase,
    private readonly remind: RemindTaskHoldersUseCase,
  ) {}

  async execute(command: RepairCommand): Promise<RepairItemResult> {
    const operator = {
      kind: 'recorded',
      audit: command.audit,
      operationId: command.operationId,
    } satisfies Operator;
    const { workflowId, reason } = command;
    const done = (message: string): RepairItemResult => ({ workflowId, status: 'done', message });
    try {
      switch (command.action) {
        case 'retry': {
          const { retried } = await this.retry.execute(workflowId, { reason }, operator);
          return done(`retried ${retried.join(', ')}`);
        }
        case 'reset': {
          const point = command.resetPoint ?? { to: 'last-good' };
          const { runId, eventId } = await this.reset.execute(
            workflowId,
            { reason, point },
            operator,
          );
          return done(`reset to event ${eventId}; new run ${runId}`);
        }
        case 'cancel':
          await this.cancel.execute(workflowId, { reason }, operator);
          return done('cancellation requested');
        case 'terminate':
          await this.terminate.execute(workflowId, { reason }, operator);
          return done('terminated');
        case 'remind':
          return await this.remind.execute(
            { workflowId, taskId: command.taskId, reason },
            operator,
          );
      }
    } catch (error) {
      if (error instanceof AppError && SKIPPED.includes(error.code))
        return { workflowId, status: 'skipped', message: error.code };
      throw error;
    }
  }
}
