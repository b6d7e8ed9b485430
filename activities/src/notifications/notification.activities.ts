import { log } from '@temporalio/activity';
import type { NotificationActivities } from '@tdkt/contracts';
import type { SendNotificationUseCase } from '@tdkt/server-feature-notifications';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface NotificationActivityDependencies {
  sendNotification: Pick<SendNotificationUseCase, 'execute'>;
}

/**
 * The one notification activity every workflow uses. Retried by Temporal when a channel fails
 * transiently; the idempotency key keeps what was already delivered from going out again.
 */
export function createNotificationActivities(
  deps: NotificationActivityDependencies,
): NotificationActivities {
  return {
    async sendNotification(request) {
      const result = await failingFastOnBadInput(() => deps.sendNotification.execute(request));
      if (result.email.skipped > 0) {
        log.info('e-mail skipped: SMTP is not configured or the person has no address', {
          key: request.idempotencyKey,
          skipped: result.email.skipped,
        });
      }
      return {
        delivered: result.inApp + result.email.sent + result.webhook.sent,
      };
    },
  };
}
