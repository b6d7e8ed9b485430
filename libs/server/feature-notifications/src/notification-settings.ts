/** An SMTP server: either a URL (smtp:// or smtps://, credentials inside) or host and port. */
export interface SmtpSettings {
  url: string | null;
  host: string | null;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** The From header, e.g. `TĐKT <tdkt@example.gov.vn>`. */
  from: string;
}

/** Endpoints that receive every webhook notification, signed with one shared secret. */
export interface WebhookSettings {
  urls: string[];
  secret: string;
  timeoutMs: number;
}

/**
 * How notifications leave the system. Injected under this class; `smtp` or `webhooks` null means
 * that channel is off (e-mail is then skipped and logged, in-app notifications still work).
 */
export abstract class NotificationDeliverySettings {
  abstract readonly smtp: SmtpSettings | null;
  abstract readonly webhooks: WebhookSettings | null;
  /** Base URL that in-app links are made absolute with in e-mails and webhooks. */
  abstract readonly publicUrl: string;
}
