import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { NotificationTemplate } from '@tdkt/contracts';
import { NotificationDeliverySettings } from '../notification-settings';
import { DeliveryLedger } from './delivery-ledger';
import {
  TransientDeliveryError,
  type ChannelOutcome,
  type OutgoingNotification,
} from './outgoing-notification';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from './webhook-signature';

/** Answers worth retrying: timeouts, rate limits and server errors. Other 4xx mean the call itself is refused. */
const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500;

/** The JSON each endpoint receives (documented in the README). */
export interface WebhookPayload {
  /** Stable per notification, person and endpoint: receivers drop repeats by it. */
  id: string;
  idempotencyKey: string;
  template: NotificationTemplate;
  recipient: { userId: string; name: string; email: string | null; locale: 'vi' | 'en' };
  title: { vi: string; en: string };
  body: { vi: string; en: string };
  params: Record<string, string | number | boolean | null>;
  link: string | null;
}

/** POSTs signed JSON to every configured endpoint, once per notification and person. */
@Injectable()
export class WebhookChannel {
  constructor(
    private readonly settings: NotificationDeliverySettings,
    private readonly ledger: DeliveryLedger,
  ) {}

  /** One outcome per configured endpoint; none when webhooks are not configured. */
  async deliver(notification: OutgoingNotification): Promise<ChannelOutcome[]> {
    const webhooks = this.settings.webhooks;
    if (webhooks === null) return [];
    const outcomes: ChannelOutcome[] = [];
    for (const url of webhooks.urls) {
      outcomes.push(await this.deliverTo(url, webhooks.secret, webhooks.timeoutMs, notification));
    }
    return outcomes;
  }

  private async deliverTo(
    url: string,
    secret: string,
    timeoutMs: number,
    { request, rendered, recipient, url: link }: OutgoingNotification,
  ): Promise<ChannelOutcome> {
    const delivery = {
      idempotencyKey: request.idempotencyKey,
      userId: recipient.userId,
      channel: 'webhook' as const,
      target: url,
    };
    if (!(await this.ledger.claim(delivery))) return 'already-sent';
    const payload: WebhookPayload = {
      id: createHash('sha256')
        .update(`${request.idempotencyKey}|${recipient.userId}|${url}`)
        .digest('hex')
        .slice(0, 32),
      idempotencyKey: request.idempotencyKey,
      template: request.template,
      recipient: {
        userId: recipient.userId,
        name: recipient.fullName,
        email: recipient.email,
        locale: recipient.locale,
      },
      title: rendered.title,
      body: rendered.body,
      params: request.params,
      link,
    };
    const body = JSON.stringify(payload);
    let status: number;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-tdkt-event': request.template,
          'x-tdkt-delivery': payload.id,
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.ledger.noteError(delivery, message);
      throw new TransientDeliveryError('webhook', url, message);
    }
    if (status >= 200 && status < 300) {
      await this.ledger.markSent(delivery);
      return 'sent';
    }
    if (RETRYABLE_STATUS(status)) {
      await this.ledger.noteError(delivery, `HTTP ${status}`);
      throw new TransientDeliveryError('webhook', url, `HTTP ${status}`);
    }
    await this.ledger.markFailed(delivery, `HTTP ${status}`);
    return 'failed';
  }
}
