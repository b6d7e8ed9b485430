import type { StuckFinding } from '@tdkt/contracts';
import { vietnamDateTimeText } from '@tdkt/domain';
import type { OperationsSettings } from '../settings/operations-settings';
import { activityWork } from './activity-work';
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
      const nextText = activity.nextAttemptAt ? vietnamDateTimeText(activity.nextAttemptAt) : null;
      const doing = activityWork(activity.activityType);
      return {
        reason: 'activity-retrying',
        since: activity.scheduledAt?.toISOString() ?? null,
        summary: {
          vi: `Hoạt động ${doing.vi} (${activity.activityType}) đang thử lại (lần ${activity.attempt}): ${failure}${nextText ? `; lần tới ${nextText} (giờ Việt Nam)` : ''}`,
          en: `Activity ${doing.en} (${activity.activityType}) retrying (attempt ${activity.attempt}): ${failure}${nextText ? `; next attempt ${nextText} (Vietnam time)` : ''}`,
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
