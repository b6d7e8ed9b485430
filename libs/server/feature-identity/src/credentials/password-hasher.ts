import { randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// `Algorithm` is a const enum, which SWC does not inline; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

/** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
const PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

let dummyHash: Promise<string> | undefined;

/** An Argon2id PHC string for a password, with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

/**
 * True when the password matches the stored hash. Without a hash (unknown or SSO-only account) it
 * still verifies against a throwaway hash, so that a wrong username takes as long as a wrong password.
 */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64'));
  const against = storedHash ?? (await dummyHash);
  const matches = await verify(against, password).catch(() => false);
  return storedHash !== null && matches;
}
