import type { PlanSchedule, PlanScheduleRequest } from '@tdkt/domain';
import type {
  PlanItemChange,
  PlanItemCompletion,
  PlanWindowRecord,
  QuarterSummary,
} from './plan.types';

/**
 * Activities the yearly plan workflow calls. The schedule is computed here, not in the workflow,
 * because it reads the holiday calendar, which a later release may change.
 */
export interface PlanActivities {
  /** Reminder, overdue, window and summary instants from the working-day calendar in force. */
  computePlanSchedule(request: PlanScheduleRequest): Promise<PlanSchedule>;
  /** Writes an item's completion and its evidence into the read model. */
  recordPlanItemCompletion(request: {
    planId: string;
    itemKey: string;
    completion: PlanItemCompletion;
    requestId: string | null;
  }): Promise<void>;
  /** Writes an added or revised item; `revision` makes a retried write a no-op. */
  recordPlanItemRevision(request: {
    planId: string;
    change: PlanItemChange;
    revision: number;
  }): Promise<void>;
  recordQuarterSummary(summary: QuarterSummary): Promise<void>;
  recordPlanWindow(record: PlanWindowRecord): Promise<void>;
  /** Creates (once) the draft of next year's plan from this plan's recurring items. */
  createNextYearDraft(request: { planId: string }): Promise<{ draftPlanId: string; items: number }>;
  /** Marks the plan closed once its year is over. */
  closePlan(request: { planId: string }): Promise<void>;
}
