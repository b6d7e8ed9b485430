import type { StuckFinding } from '@tdkt/contracts';
import type { OperationsSettings } from '../settings/operations-settings';
import type { WorkflowFacts } from './workflow-facts';

/** Activities Temporal has retried at least the configured number of times, with their last failure. */
export function detectActivityRetrying(
  facts: WorkflowFacts,
  settings: Pick<OperationsSettings, 'activityRetryAttempts'>,
): StuckFinding[] {
  return facts.pendingActivities
    .filter((activity) => activity.attempt >= settings.activityRetryAttempts)
    .map((activity) => {
      const failure = activity.lastFailure ?? 'no failure recorded';
      const next = activity.nextAttemptAt?.toISOString() ?? null;
      return {
        reason: 'activity-retrying',
        since: activity.scheduledAt?.toISOString() ?? null,
        summary: {
          vi: `Hoạt động ${activity.activityType} đang thử lại (lần ${activity.attempt}): ${failure}${next ? `; lần tới ${next}` : ''}`,
          en: `Activity ${activity.activityType} retrying (attempt ${activity.attempt}): ${failure}${next ? `; next attempt ${next}` : ''}`,
        },
        evidence: {
          activityId: activity.activityId,
          activityType: activity.activityType,
          attempt: activity.attempt,
          maximumAttempts: activity.maximumAttempts,
          lastFailure: activity.lastFailure,
          lastAttemptAt: activity.lastAttemptAt?.toISOString() ?? null,
          nextAttemptAt: next,
        },
      } satisfies StuckFinding;
    });
}
