import type { StuckCounts, StuckReason } from './stuck.types';
import type { RepairCommand, RepairItemResult } from './repair.types';

/** What the stuck monitor learns on each round: counts per reason, the thresholds in force, when to look again. */
export interface StuckCensus {
  counts: StuckCounts;
  /** A reason without a threshold never alerts. */
  thresholds: Partial<Record<StuckReason, number>>;
  intervalSeconds: number;
}

/** A stuck count went over its threshold: the alert to send once for this crossing. */
export interface StuckThresholdAlert {
  reason: StuckReason;
  count: number;
  threshold: number;
  /** Workflow time of the crossing; with the reason it makes the alert's idempotency key. */
  crossedAt: string;
}

/** Activities of the operations workflows (the stuck monitor and bulk repairs). */
export interface OperationsActivities {
  takeStuckCensus(): Promise<StuckCensus>;
  alertStuckThreshold(alert: StuckThresholdAlert): Promise<void>;
  repairWorkflow(command: RepairCommand): Promise<RepairItemResult>;
}
