import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import {
  AppError,
  type BulkRepairProgress,
  bulkRepairProgressQuery,
  bulkRepairWorkflowId,
} from '@tdkt/contracts';
import type { OperatorScope } from '../../scope/operator-scope';

/** Progress and per-item results of a bulk repair, for the operator who started it or a system-wide one. */
@Injectable()
export class GetBulkRepairUseCase {
  constructor(private readonly temporal: Client) {}

  async execute(
    operationId: string,
    userId: string,
    scope: OperatorScope,
  ): Promise<BulkRepairProgress> {
    let progress: BulkRepairProgress;
    try {
      progress = await this.temporal.workflow
        .getHandle(bulkRepairWorkflowId(operationId))
        .query(bulkRepairProgressQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new AppError('BULK_OPERATION_NOT_FOUND');
      throw error;
    }
    if (!scope.all && progress.startedBy !== userId) throw new AppError('BULK_OPERATION_NOT_FOUND');
    return progress;
  }
}
