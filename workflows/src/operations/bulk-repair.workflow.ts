import { setHandler } from '@temporalio/workflow';
import {
  BULK_ITEM_CANCELLED,
  type BulkRepairInput,
  type BulkRepairItem,
  type BulkRepairProgress,
  bulkRepairProgressQuery,
  cancelBulkRepairSignal,
  type RepairItemResult,
} from '@tdkt/contracts';
import { repairs } from './activities';

/**
 * A bulk repair an operator started: works through its items, at most `concurrency` at a time, and
 * answers its progress and per-item results through a query, while running and after it closed.
 * The items were fixed at start (the same list the dry run showed).
 */
export async function bulkRepairWorkflow(input: BulkRepairInput): Promise<BulkRepairProgress> {
  const progress: BulkRepairProgress = {
    operationId: input.operationId,
    startedBy: input.audit.actorId,
    action: input.action,
    total: input.items.length,
    done: 0,
    succeeded: 0,
    skipped: 0,
    failed: 0,
    finished: false,
    cancelled: false,
    results: [],
  };
  setHandler(bulkRepairProgressQuery, () => progress);
  setHandler(cancelBulkRepairSignal, () => {
    if (!progress.finished) progress.cancelled = true;
  });

  const repairOne = async (item: BulkRepairItem): Promise<RepairItemResult> => {
    try {
      return await repairs.repairWorkflow({
        operationId: input.operationId,
        action: input.action,
        reason: input.reason,
        resetPoint: input.resetPoint,
        workflowId: item.workflowId,
        runId: item.runId,
        taskId: item.taskId ?? null,
        audit: input.audit,
      });
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause;
      return {
        workflowId: item.workflowId,
        status: 'failed',
        message: cause?.message ?? (error as Error).message,
      };
    }
  };

  const record = (result: RepairItemResult): void => {
    progress.results.push(result);
    progress.done += 1;
    if (result.status === 'done') progress.succeeded += 1;
    else if (result.status === 'skipped') progress.skipped += 1;
    else progress.failed += 1;
  };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < input.items.length && !progress.cancelled) {
      const item = input.items[next] as BulkRepairItem;
      next += 1;
      record(await repairOne(item));
    }
  };
  const lanes = Math.max(1, Math.min(input.concurrency, input.items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  for (const item of input.items.slice(next))
    record({ workflowId: item.workflowId, status: 'skipped', message: BULK_ITEM_CANCELLED });
  progress.finished = true;
  return progress;
}
