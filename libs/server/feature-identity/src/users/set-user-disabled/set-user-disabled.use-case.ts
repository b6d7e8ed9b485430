import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { type Actor, auditContextOf } from '../../actor';
import { findUser, type UserView } from '../user-view';

export interface SetUserDisabledCommand {
  disabled: boolean;
  reason: string;
}

/**
 * Disables an account (its sessions end at once, so its tokens stop working on the next request), or
 * enables it again (which also lifts a lock-out). Nobody can disable themselves.
 */
@Injectable()
export class SetUserDisabledUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, userId: string, command: SetUserDisabledCommand): Promise<UserView> {
    if (userId === actor.user.id) throw new AppError('SELF_ADMINISTRATION');
    return this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<{ disabled: boolean }[]>(
        `SELECT disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (current === undefined) throw new AppError('USER_NOT_FOUND');
      if (command.disabled) {
        await manager.query(
          `UPDATE users SET disabled_at = coalesce(disabled_at, now()), updated_at = now() WHERE id = $1`,
          [userId],
        );
        await manager.query(
          `UPDATE auth_sessions SET revoked_at = now(), revoke_reason = 'user_disabled'
            WHERE user_id = $1 AND revoked_at IS NULL`,
          [userId],
        );
      } else {
        await manager.query(
          `UPDATE users SET disabled_at = NULL, updated_at = now() WHERE id = $1`,
          [userId],
        );
        // Enabling also lifts every lock-out of the account, from whichever address.
        await manager.query(`DELETE FROM login_failures WHERE user_id = $1`, [userId]);
      }
      const user = await findUser(manager, userId);
      if (user === null) throw new Error(`user ${userId} vanished`);
      await appendAudit(manager, {
        ...auditContextOf(actor),
        action: command.disabled ? 'user.disabled' : 'user.enabled',
        entityType: 'user',
        entityId: userId,
        unitId: user.unitId,
        before: { disabled: current.disabled },
        after: { disabled: user.disabled, reason: command.reason },
      });
      return user;
    });
  }
}
