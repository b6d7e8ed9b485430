import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit, updateReturning } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { hashRefreshToken } from '../tokens/refresh-tokens';

export interface LogOutCommand {
  refreshToken: string;
  requestId: string | null;
}

/**
 * Ends the session a refresh token belongs to: its refresh tokens stop working and so do its access
 * tokens, on their next request. Unknown or already ended sessions are not an error (RFC 7009 style),
 * so the answer says nothing about the token.
 */
@Injectable()
export class LogOutUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: LogOutCommand): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [ended] = await updateReturning<{ id: string; user_id: string; unit_id: string }>(
        manager,
        `UPDATE auth_sessions s SET revoked_at = now(), revoke_reason = 'logout'
           FROM refresh_tokens t, users u
          WHERE t.token_hash = $1 AND s.id = t.session_id AND u.id = s.user_id
            AND s.revoked_at IS NULL
          RETURNING s.id, s.user_id, u.unit_id`,
        [hashRefreshToken(command.refreshToken)],
      );
      if (ended === undefined) return;
      await appendAudit(manager, {
        actorKind: 'user',
        actorId: ended.user_id,
        requestId: command.requestId,
        action: 'auth.logged_out',
        entityType: 'session',
        entityId: ended.id,
        unitId: ended.unit_id,
      });
    });
  }
}
