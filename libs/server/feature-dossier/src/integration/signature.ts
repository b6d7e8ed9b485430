import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of a signed exchange with another system: when it was signed, and the HMAC of that and the body. */
export const SIGNATURE_HEADER = 'x-tdkt-signature';
export const TIMESTAMP_HEADER = 'x-tdkt-timestamp';

/** How far a signed request's clock may differ from ours; older requests are refused as replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * `sha256=<hex>` of HMAC-SHA256(secret, "<timestamp>.<dossier code>.<body>"). The code binds a signed
 * request to its dossier: a captured callback cannot be replayed against another forwarded dossier.
 */
export function signBody(secret: string, timestamp: string, code: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${code}.${body}`).digest('hex')}`;
}

/** True when the signature matches and the timestamp is recent; compares in constant time. */
export function verifySignature(
  secret: string,
  timestamp: string | undefined,
  code: string,
  body: string,
  signature: string | undefined,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  if (timestamp === undefined || signature === undefined || !/^\d{1,12}$/.test(timestamp))
    return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signBody(secret, timestamp, code, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
