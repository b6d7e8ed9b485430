import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options';
import { AccessTokenService } from '../tokens/access-tokens';
import { newRefreshToken } from '../tokens/refresh-tokens';
import type { TokenPair } from './token-pair';

/** Starts sign-in sessions and issues their tokens, inside the caller's transaction. */
@Injectable()
export class SessionIssuer {
  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly accessTokens: AccessTokenService,
  ) {}

  /** Opens a session for a user who just proved who they are, and issues its first tokens. */
  async start(
    manager: EntityManager,
    userId: string,
    method: 'password' | 'oidc',
  ): Promise<{ sessionId: string; tokens: TokenPair }> {
    const [session] = await manager.query<{ id: string; expires_at: Date }[]>(
      `INSERT INTO auth_sessions (user_id, method, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3))
       RETURNING id, expires_at`,
      [userId, method, this.options.sessionMaxAgeSeconds],
    );
    if (session === undefined) throw new Error('auth_sessions returned no row');
    return {
      sessionId: session.id,
      tokens: await this.issue(manager, userId, session.id, session.expires_at),
    };
  }

  /** Issues the next access and refresh token of a session; the refresh token never outlives the session. */
  async issue(
    manager: EntityManager,
    userId: string,
    sessionId: string,
    sessionExpiresAt: Date,
  ): Promise<TokenPair> {
    const refresh = newRefreshToken();
    const [row] = await manager.query<{ expires_at: Date }[]>(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at)
       VALUES ($1, $2, least(now() + make_interval(secs => $3), $4::timestamptz))
       RETURNING expires_at`,
      [sessionId, refresh.hash, this.options.refreshTokenTtlSeconds, sessionExpiresAt],
    );
    if (row === undefined) throw new Error('refresh_tokens returned no row');
    return {
      accessToken: await this.accessTokens.issue({ userId, sessionId }),
      tokenType: 'Bearer',
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken: refresh.token,
      refreshExpiresIn: Math.max(0, Math.floor((row.expires_at.getTime() - Date.now()) / 1000)),
    };
  }
}
