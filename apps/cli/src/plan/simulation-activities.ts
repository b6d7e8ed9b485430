import type {
  InboxActivities,
  NotificationActivities,
  NotificationRequest,
  PlanActivities,
  QuarterSummary,
} from '@tdkt/contracts';
import { carryOverItems, planSchedule } from '@tdkt/domain';

/** What a simulated year produced, for the timeline. */
export interface SimulationRecord {
  notifications: Map<string, NotificationRequest>;
  summaries: QuarterSummary[];
  draft: { year: number; items: { key: string; due: string | null }[] } | null;
}

/**
 * The plan workflow's activities without a database: the schedule is computed exactly as in
 * production, notifications, summaries and the draft are recorded in memory.
 */
export function simulationActivities(
  year: number,
  items: { key: string; recurring: boolean; due: string | null }[],
  record: SimulationRecord,
): PlanActivities & NotificationActivities & InboxActivities {
  const nothing = () => Promise.resolve();
  return {
    computePlanSchedule: (request) => Promise.resolve(planSchedule(request)),
    recordPlanItemCompletion: nothing,
    recordPlanItemRevision: nothing,
    recordPlanWindow: nothing,
    closePlan: nothing,
    recordQuarterSummary(summary) {
      record.summaries.push(summary);
      return Promise.resolve();
    },
    createNextYearDraft() {
      const carried = carryOverItems(items, year + 1);
      record.draft = { year: year + 1, items: carried.map(({ key, due }) => ({ key, due })) };
      return Promise.resolve({ draftPlanId: `draft-${year + 1}`, items: carried.length });
    },
    sendNotification(request) {
      record.notifications.set(request.idempotencyKey, request);
      return Promise.resolve({ delivered: request.recipients.length });
    },
    openTask: () => Promise.resolve({ taskId: 'simulated' }),
    closeTask: nothing,
    rescheduleTask: nothing,
  };
}
