import type { StuckFilter, StuckReason } from './stuck.types';

/** Where a reset takes a workflow back to. */
export type ResetPoint =
  /** Re-run everything from the first workflow task, with the code deployed now. */
  | { to: 'start' }
  /** Just before the first workflow task that failed, or the last one that completed. */
  | { to: 'last-good' }
  /** A WorkflowTaskCompleted event chosen from the history. */
  | { to: 'event'; eventId: number };

/** Repairs that apply to a whole workflow, one by one or in bulk. */
export const BulkRepairAction = {
  retry: 'retry',
  reset: 'reset',
  remind: 'remind',
  cancel: 'cancel',
  terminate: 'terminate',
} as const;
export type BulkRepairAction = (typeof BulkRepairAction)[keyof typeof BulkRepairAction];
export const BULK_REPAIR_ACTIONS: readonly BulkRepairAction[] = Object.values(BulkRepairAction);

/** Who asked for a repair, carried into the audit row of each item (the worker writes it). */
export interface OperatorAuditContext {
  actorId: string;
  actorRole: string | null;
  actorUnitId: string | null;
  requestId: string | null;
}

/** One workflow a bulk repair touches, and what would change. */
export interface BulkRepairItem {
  workflowId: string;
  runId: string;
  workflowType: string;
  dossierCode: string | null;
  reasons: StuckReason[];
  /** What the action would do to this workflow, in words (the dry run shows it). */
  change: string;
  /** Reminders of one task only (otherwise of every overdue task of the workflow). */
  taskId?: string;
}

/** What one item of a repair came to. */
export interface RepairItemResult {
  workflowId: string;
  /** `queued`: accepted, but no worker finished it in time; follow `operationId`. */
  status: 'done' | 'skipped' | 'failed' | 'queued';
  message: string;
  operationId?: string;
}

/** What a bulk repair workflow is started with: the items are fixed when it starts. */
export interface BulkRepairInput {
  operationId: string;
  action: BulkRepairAction;
  reason: string;
  resetPoint: ResetPoint | null;
  filter: StuckFilter;
  items: BulkRepairItem[];
  concurrency: number;
  audit: OperatorAuditContext;
}

/** What an operator asks of a bulk repair; the items are the stuck workflows the filter selects. */
export interface BulkRepairRequest {
  action: BulkRepairAction;
  filter: StuckFilter;
  reason: string;
  resetPoint: ResetPoint | null;
  dryRun: boolean;
  concurrency: number;
}

/** Progress of a bulk repair, as its query answers. */
export interface BulkRepairProgress {
  operationId: string;
  /** The operator who started it. */
  startedBy: string;
  action: BulkRepairAction;
  total: number;
  done: number;
  succeeded: number;
  skipped: number;
  failed: number;
  finished: boolean;
  /** An operator stopped it; the items it had not started are reported skipped. */
  cancelled: boolean;
  results: RepairItemResult[];
}

/** One repair of one workflow, as the bulk workflow hands it to an activity. */
export interface RepairCommand {
  operationId: string;
  action: BulkRepairAction;
  reason: string;
  resetPoint: ResetPoint | null;
  workflowId: string;
  runId: string;
  taskId: string | null;
  audit: OperatorAuditContext;
}
