import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  isNotificationTemplate,
  type FieldError,
  type NotificationRequest,
} from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { EmailChannel } from '../channels/email-channel';
import { InAppChannel } from '../channels/in-app-channel';
import {
  TransientDeliveryError,
  type ChannelOutcome,
  type OutgoingNotification,
} from '../channels/outgoing-notification';
import { WebhookChannel } from '../channels/webhook-channel';
import { NotificationDeliverySettings } from '../notification-settings';
import { RecipientDirectory } from '../recipients/recipient-directory';
import { renderNotification } from '../templates/render-notification';

const MAX_KEY_LENGTH = 200;

export interface ChannelTally {
  sent: number;
  alreadySent: number;
  skipped: number;
  failed: number;
}

export interface SendNotificationResult {
  recipients: number;
  inApp: number;
  email: ChannelTally;
  webhook: ChannelTally;
}

/** Some deliveries failed in a way worth retrying; everything else in the request was delivered. */
export class DeliveryIncompleteError extends Error {
  constructor(readonly failures: TransientDeliveryError[]) {
    super(failures.map((f) => f.message).join('; '));
    this.name = 'DeliveryIncompleteError';
  }
}

const emptyTally = (): ChannelTally => ({ sent: 0, alreadySent: 0, skipped: 0, failed: 0 });

function count(tally: ChannelTally, outcome: ChannelOutcome): void {
  if (outcome === 'sent') tally.sent += 1;
  else if (outcome === 'already-sent') tally.alreadySent += 1;
  else if (outcome === 'skipped') tally.skipped += 1;
  else tally.failed += 1;
}

/**
 * Delivers one notification to every person behind its recipients, on the channels each chose:
 * in-app (with the audit row, in one transaction), e-mail and webhooks. Safe to repeat with the same
 * idempotency key: nothing already delivered is delivered again. Throws DeliveryIncompleteError when
 * a channel failed transiently, after trying every other delivery, so a retry finishes the rest.
 */
@Injectable()
export class SendNotificationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: RecipientDirectory,
    private readonly inApp: InAppChannel,
    private readonly email: EmailChannel,
    private readonly webhook: WebhookChannel,
    private readonly settings: NotificationDeliverySettings,
  ) {}

  async execute(request: NotificationRequest): Promise<SendNotificationResult> {
    assertValid(request);
    const rendered = renderNotification(request.template, request.params);
    const recipients = await this.directory.resolve(request.recipients);
    const url = request.link ? new URL(request.link, this.settings.publicUrl).toString() : null;
    const outgoing: OutgoingNotification[] = recipients.map((recipient) => ({
      request,
      rendered,
      recipient,
      url,
    }));

    const inApp = await this.dataSource.transaction(async (manager) => {
      const created = await this.inApp.deliver(
        manager,
        outgoing.filter((o) => o.recipient.channels.inApp),
      );
      await appendAudit(manager, {
        action: 'notification.sent',
        entityType: 'notification',
        entityId: request.idempotencyKey,
        actorKind: 'worker',
        after: {
          template: request.template,
          recipients: recipients.map((r) => r.userId),
          link: request.link ?? null,
        },
        idempotencyKey: `notification:${request.idempotencyKey}`,
      });
      return created;
    });

    const email = emptyTally();
    const webhook = emptyTally();
    const failures: TransientDeliveryError[] = [];
    const attempt = async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        if (!(error instanceof TransientDeliveryError)) throw error;
        failures.push(error);
      }
    };
    for (const notification of outgoing) {
      if (notification.recipient.channels.email) {
        await attempt(async () => count(email, await this.email.deliver(notification)));
      }
      if (notification.recipient.channels.webhook) {
        await attempt(async () => {
          for (const outcome of await this.webhook.deliver(notification)) count(webhook, outcome);
        });
      }
    }
    if (failures.length > 0) throw new DeliveryIncompleteError(failures);
    return { recipients: recipients.length, inApp, email, webhook };
  }
}

function assertValid(request: NotificationRequest): void {
  const errors: FieldError[] = [];
  const problem = (field: string, rule: string, vi: string, en: string) =>
    errors.push({ field, rule, message: { vi: `${field}: ${vi}`, en: `${field}: ${en}` } });
  if (
    typeof request.idempotencyKey !== 'string' ||
    request.idempotencyKey.length === 0 ||
    request.idempotencyKey.length > MAX_KEY_LENGTH
  ) {
    problem(
      'idempotencyKey',
      'length',
      `phải dài 1–${MAX_KEY_LENGTH} ký tự`,
      `must be 1–${MAX_KEY_LENGTH} characters`,
    );
  }
  if (!isNotificationTemplate(request.template)) {
    problem(
      'template',
      'known-template',
      `không có mẫu thông báo "${String(request.template)}"`,
      `there is no notification template "${String(request.template)}"`,
    );
  }
  if (!Array.isArray(request.recipients)) {
    problem('recipients', 'array', 'phải là một danh sách', 'must be a list');
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
}
