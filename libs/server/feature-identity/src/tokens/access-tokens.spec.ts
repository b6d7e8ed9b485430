import { randomUUID } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import { AppError } from '@tdkt/contracts';
import type { IdentityOptions } from '../identity-options';
import { AccessTokenService } from './access-tokens';

const SECRET = 'unit-test-secret-0123456789-abcdefghij';
const options: IdentityOptions = {
  jwtSecret: SECRET,
  accessTokenTtlSeconds: 900,
  refreshTokenTtlSeconds: 3600,
  sessionMaxAgeSeconds: 86_400,
  maxFailedLogins: 5,
  lockoutSeconds: 900,
  maxLockoutSeconds: 86_400,
};
const claims = { userId: randomUUID(), sessionId: randomUUID() };

/** A token signed like the service signs, with some part changed. */
function sign(
  change: {
    payload?: JWTPayload;
    header?: Record<string, string>;
    secret?: string;
    expiresAt?: number;
  } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: JWTPayload = {
    sub: claims.userId,
    sid: claims.sessionId,
    iss: 'tdkt-api',
    aud: 'tdkt-api',
    iat: now - 60,
    exp: change.expiresAt ?? now + 600,
    ...change.payload,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', ...change.header })
    .sign(new TextEncoder().encode(change.secret ?? SECRET));
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe('access tokens', () => {
  const service = new AccessTokenService(options);

  it('verifies what it issued', async () => {
    await expect(service.verify(await service.issue(claims))).resolves.toEqual(claims);
    await expect(service.verify(await sign())).resolves.toEqual(claims);
  });

  it('answers TOKEN_EXPIRED for a genuine but expired token', async () => {
    const expired = await sign({ expiresAt: Math.floor(Date.now() / 1000) - 30 });
    expect(await codeOf(service.verify(expired))).toBe('TOKEN_EXPIRED');
  });

  it.each<[string, () => Promise<string>]>([
    ['signed with another key', () => sign({ secret: 'another-secret-0123456789-abcdefghijkl' })],
    [
      'with alg none',
      async () => {
        const [, payload] = (await sign()).split('.');
        return `${base64url({ alg: 'none', typ: 'at+jwt' })}.${payload}.`;
      },
    ],
    [
      'with its payload changed',
      async () => {
        const [header, , signature] = (await sign()).split('.');
        const forged = base64url({
          sub: randomUUID(),
          sid: claims.sessionId,
          iss: 'tdkt-api',
          aud: 'tdkt-api',
          iat: 1,
          exp: 4_102_444_800,
        });
        return `${header}.${forged}.${signature}`;
      },
    ],
    [
      'of another type (an ID token signed with the same key)',
      () => sign({ header: { typ: 'JWT' } }),
    ],
    ['for another audience', () => sign({ payload: { aud: 'other-api' } })],
    ['without a session', () => sign({ payload: { sid: undefined } })],
    ['with a subject that is not a user id', () => sign({ payload: { sub: "x' OR 1=1 --" } })],
    ['that is not a JWT', () => Promise.resolve('not-a-jwt')],
  ])('answers UNAUTHENTICATED for a token %s', async (_label, token) => {
    expect(await codeOf(service.verify(await token()))).toBe('UNAUTHENTICATED');
  });
});
