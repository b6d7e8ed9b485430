import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { SessionIssuer } from '../sessions/session-issuer.service';
import type { TokenPair } from '../sessions/token-pair';
import { hashRefreshToken } from '../tokens/refresh-tokens';

export interface RefreshSessionCommand {
  refreshToken: string;
  requestId: string | null;
}

interface Presented {
  token_id: string;
  session_id: string;
  user_id: string;
  unit_id: string;
  used: boolean;
  token_expired: boolean;
  session_open: boolean;
  session_expires_at: Date;
  user_disabled: boolean;
}

/**
 * Exchanges a refresh token for a new access token and the next refresh token (rotation). A refresh
 * token presented a second time has leaked or been stolen: the whole session, every token of the
 * family, is revoked, and the person signs in again.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionIssuer,
  ) {}

  async execute(command: RefreshSessionCommand): Promise<TokenPair> {
    // A reuse revokes the session and must commit; the error is thrown after the transaction.
    const tokens = await this.dataSource.transaction((manager) => this.rotate(manager, command));
    if (tokens === null) throw new AppError('REFRESH_TOKEN_INVALID');
    return tokens;
  }

  private async rotate(
    manager: EntityManager,
    command: RefreshSessionCommand,
  ): Promise<TokenPair | null> {
    const [presented] = await manager.query<Presented[]>(
      `SELECT t.id AS token_id, s.id AS session_id, u.id AS user_id, u.unit_id,
              t.used_at IS NOT NULL AS used, t.expires_at <= now() AS token_expired,
              (s.revoked_at IS NULL AND s.expires_at > now()) AS session_open,
              s.expires_at AS session_expires_at, u.disabled_at IS NOT NULL AS user_disabled
         FROM refresh_tokens t
         JOIN auth_sessions s ON s.id = t.session_id
         JOIN users u ON u.id = s.user_id
        WHERE t.token_hash = $1
        FOR UPDATE OF t, s`,
      [hashRefreshToken(command.refreshToken)],
    );
    if (presented === undefined || !presented.session_open) return null;
    if (presented.used || presented.user_disabled) {
      const reason = presented.used ? 'refresh_token_reused' : 'user_disabled';
      await manager.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoke_reason = $2 WHERE id = $1`,
        [presented.session_id, reason],
      );
      await appendAudit(manager, {
        actorKind: 'system',
        requestId: command.requestId,
        action: 'auth.session_revoked',
        entityType: 'session',
        entityId: presented.session_id,
        unitId: presented.unit_id,
        after: { reason, userId: presented.user_id },
      });
      return null;
    }
    if (presented.token_expired) return null;
    await manager.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [
      presented.token_id,
    ]);
    return this.sessions.issue(
      manager,
      presented.user_id,
      presented.session_id,
      presented.session_expires_at,
    );
  }
}
