import type { Role } from '../identity/roles';
import type { NotificationTemplate } from './notification-templates';

/** Who receives a notification: a person, or everyone holding a role on a unit. */
export type NotificationRecipient = { userId: string } | { role: Role; unitId: string };

export type NotificationChannel = 'in-app' | 'email' | 'webhook';

/**
 * A notification to deliver. The idempotency key makes delivery exactly-once per channel and
 * recipient, even when the activity is retried.
 */
export interface NotificationRequest {
  /** e.g. `HS-2024-000001:reminder:unit-review#1:3` */
  idempotencyKey: string;
  recipients: NotificationRecipient[];
  /** Which template renders it; build requests with `notificationRequest()` so the params match. */
  template: NotificationTemplate;
  /** Values the template fills in; also stored with the in-app notification. */
  params: Record<string, string | number | boolean | null>;
  /** Path in the UI or API the notification points to. */
  link?: string;
}

export interface NotificationActivities {
  sendNotification(request: NotificationRequest): Promise<{ delivered: number }>;
}
