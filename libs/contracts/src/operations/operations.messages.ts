import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { BulkRepairProgress } from './repair.types';

/** Progress and per-item results of a bulk repair (answered while it runs and after it closed). */
export const bulkRepairProgressQuery = defineQuery<BulkRepairProgress>('bulkRepairProgress');

/**
 * Stops a bulk repair: the items under way finish, the rest are not started and are reported
 * `skipped` with the message `CANCELLED_BY_OPERATOR`.
 */
export const cancelBulkRepairSignal = defineSignal('cancelBulkRepair');

/** The message of the items a cancelled bulk repair did not start. */
export const BULK_ITEM_CANCELLED = 'CANCELLED_BY_OPERATOR';

/** Workflow id of the one stuck monitor of a namespace. */
export const STUCK_MONITOR_WORKFLOW_ID = 'ops-stuck-monitor';

/** Workflow id of a bulk repair. */
export function bulkRepairWorkflowId(operationId: string): string {
  return `ops-bulk-${operationId}`;
}

/** An administrator's "retry" of a workflow holding work (HeldWork): each held activity is called again. */
export const retryHeldWorkSignal = defineSignal('retryHeldWork');
