import { createHash, timingSafeEqual } from 'node:crypto';

/** Bytes of the check that ties a page token to its visibility query. */
const CHECK_BYTES = 16;

function check(query: string, engineToken: Uint8Array): Buffer {
  return createHash('sha256')
    .update(query)
    .update('\0')
    .update(engineToken)
    .digest()
    .subarray(0, CHECK_BYTES);
}

/**
 * The token of the next page as the API hands it out: the workflow engine's own token with a check
 * of the query it continues. A mangled token, or one reused with another filter, is then refused at
 * once, rather than sent to the engine (whose SQL visibility fails on it after retrying for seconds).
 */
export function encodePageToken(query: string, engineToken: Uint8Array): string {
  return Buffer.concat([check(query, engineToken), engineToken]).toString('base64url');
}

/** The engine's token inside a page token given out for this query, or null when it is not one. */
export function decodePageToken(query: string, token: string): Uint8Array | null {
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= CHECK_BYTES) return null;
  const engineToken = bytes.subarray(CHECK_BYTES);
  const expected = check(query, engineToken);
  return timingSafeEqual(bytes.subarray(0, CHECK_BYTES), expected) ? engineToken : null;
}
