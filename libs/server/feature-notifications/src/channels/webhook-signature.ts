import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-tdkt-signature';

/** Signs a webhook body; the timestamp is inside the signed text so a captured call cannot be replayed later. */
export function signWebhook(secret: string, rawBody: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}

/**
 * What a receiver does: recompute the signature over the raw body and compare in constant time,
 * refusing timestamps further than `toleranceSeconds` from its clock.
 */
export function verifyWebhook(
  secret: string,
  rawBody: string,
  header: string,
  nowUnixSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  if (!Number.isInteger(timestamp) || Math.abs(nowUnixSeconds - timestamp) > toleranceSeconds) {
    return false;
  }
  const expected = Buffer.from(signWebhook(secret, rawBody, timestamp));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
