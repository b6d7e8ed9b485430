import type { NotificationDeliverySettings } from '@tdkt/server-feature-notifications';
import type { WorkerConfig } from './worker-config';

/** The delivery settings the notification service needs, from the validated worker config. */
export function notificationSettingsFrom(config: WorkerConfig): NotificationDeliverySettings {
  const smtpConfigured = Boolean(config.SMTP_URL || config.SMTP_HOST);
  return {
    smtp: smtpConfigured
      ? {
          url: config.SMTP_URL ?? null,
          host: config.SMTP_HOST ?? null,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE === 'true',
          user: config.SMTP_USER ?? null,
          password: config.SMTP_PASSWORD ?? null,
          from: config.SMTP_FROM!,
        }
      : null,
    webhooks: config.NOTIFICATION_WEBHOOK_URLS
      ? {
          urls: config.NOTIFICATION_WEBHOOK_URLS.split(',').map((url) => url.trim()),
          secret: config.NOTIFICATION_WEBHOOK_SECRET!,
          timeoutMs: config.NOTIFICATION_WEBHOOK_TIMEOUT_SECONDS * 1000,
        }
      : null,
    publicUrl: config.APP_PUBLIC_URL,
  };
}
