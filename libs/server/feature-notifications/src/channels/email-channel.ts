import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { NotificationDeliverySettings, type SmtpSettings } from '../notification-settings';
import { DeliveryLedger } from './delivery-ledger';
import {
  TransientDeliveryError,
  type ChannelOutcome,
  type OutgoingNotification,
} from './outgoing-notification';

/** SMTP reply codes 5xx are permanent: the address or the message is refused, and retrying cannot help. */
const PERMANENT_SMTP_CODE = /^5\d\d$/;

function transportFor(smtp: SmtpSettings): Transporter {
  if (smtp.url !== null) return createTransport(smtp.url);
  return createTransport({
    host: smtp.host ?? undefined,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user === null ? undefined : { user: smtp.user, pass: smtp.password ?? '' },
  });
}

/** E-mail through SMTP with nodemailer, in the person's language with the other language below. */
@Injectable()
export class EmailChannel {
  private readonly logger = new Logger(EmailChannel.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly settings: NotificationDeliverySettings,
    private readonly ledger: DeliveryLedger,
  ) {
    this.transport = settings.smtp === null ? null : transportFor(settings.smtp);
    if (this.transport === null) {
      this.logger.warn(
        'SMTP is not configured (SMTP_URL or SMTP_HOST): e-mail notifications are skipped',
      );
    }
  }

  /** True when SMTP is configured. */
  get enabled(): boolean {
    return this.transport !== null;
  }

  async deliver(notification: OutgoingNotification): Promise<ChannelOutcome> {
    const { recipient, request } = notification;
    if (this.transport === null || this.settings.smtp === null || recipient.email === null)
      return 'skipped';
    const delivery = {
      idempotencyKey: request.idempotencyKey,
      userId: recipient.userId,
      channel: 'email' as const,
      target: recipient.email,
    };
    if (!(await this.ledger.claim(delivery))) return 'already-sent';
    try {
      await this.transport.sendMail({
        from: this.settings.smtp.from,
        to: { name: recipient.fullName, address: recipient.email },
        subject: notification.rendered.title[recipient.locale],
        text: emailText(notification),
        textEncoding: 'base64',
        messageId: messageIdFor(request.idempotencyKey, recipient.userId, this.settings.smtp.from),
        headers: {
          'X-TDKT-Notification': request.idempotencyKey,
          'X-TDKT-Template': request.template,
        },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && PERMANENT_SMTP_CODE.test(String(code))) {
        await this.ledger.markFailed(delivery, message);
        return 'failed';
      }
      await this.ledger.noteError(delivery, message);
      throw new TransientDeliveryError('e-mail', recipient.email, message);
    }
    await this.ledger.markSent(delivery);
    return 'sent';
  }
}

function emailText({ rendered, recipient, url }: OutgoingNotification): string {
  const other = recipient.locale === 'vi' ? 'en' : 'vi';
  const lines = [rendered.body[recipient.locale]];
  if (url !== null) lines.push('', url);
  lines.push('', '—', rendered.title[other], rendered.body[other]);
  return lines.join('\n');
}

/** The same notification to the same person always has the same Message-ID, so a resend is recognisable. */
function messageIdFor(idempotencyKey: string, userId: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'tdkt.local';
  const hash = createHash('sha256')
    .update(`${idempotencyKey}|${userId}`)
    .digest('hex')
    .slice(0, 32);
  return `<${hash}@${domain}>`;
}
