import type { NotificationRequest } from '@tdkt/contracts';
import type { ResolvedRecipient } from '../recipients/recipient-directory';
import type { RenderedNotification } from '../templates/render-notification';

/** A rendered notification on its way to one person. */
export interface OutgoingNotification {
  request: NotificationRequest;
  rendered: RenderedNotification;
  recipient: ResolvedRecipient;
  /** The request's link made absolute with the public URL, or null. */
  url: string | null;
}

/** The outcome of one channel for one person. */
export type ChannelOutcome = 'sent' | 'already-sent' | 'skipped' | 'failed';

/** A failure of the channel that a later attempt may get past (the server was down, timed out, 5xx). */
export class TransientDeliveryError extends Error {
  constructor(channel: string, target: string, cause: string) {
    super(`${channel} delivery to ${target} failed: ${cause}`);
    this.name = 'TransientDeliveryError';
  }
}
