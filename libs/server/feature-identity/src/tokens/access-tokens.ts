import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '@tdkt/contracts';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options';

/** What an access token says: who, and in which sign-in session (revoking the session revokes the token). */
export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

const ISSUER = 'tdkt-api';
const AUDIENCE = 'tdkt-api';
/** RFC 9068 token type, so that no other JWT signed with the same key passes as an access token. */
const TOKEN_TYPE = 'at+jwt';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signs and verifies the short-lived access tokens (JWT, HS256 only). */
@Injectable()
export class AccessTokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions) {
    this.key = new TextEncoder().encode(options.jwtSecret);
  }

  /** Seconds an access token lives. */
  get ttlSeconds(): number {
    return this.options.accessTokenTtlSeconds;
  }

  issue(claims: AccessTokenClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: TOKEN_TYPE })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${this.options.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  /**
   * The claims of a valid token. Anything else is a 401: TOKEN_EXPIRED for an expired but genuine
   * token (the client should refresh), UNAUTHENTICATED for forged, malformed or `alg: none` tokens.
   */
  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        typ: TOKEN_TYPE,
        requiredClaims: ['sub', 'sid', 'exp', 'iat'],
        clockTolerance: 5,
      });
      const { sub, sid } = payload;
      if (typeof sub !== 'string' || typeof sid !== 'string' || !UUID.test(sub) || !UUID.test(sid))
        throw new AppError('UNAUTHENTICATED');
      return { userId: sub, sessionId: sid };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AppError('TOKEN_EXPIRED');
      throw new AppError('UNAUTHENTICATED');
    }
  }
}
