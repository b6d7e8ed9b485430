import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { type Actor, auditContextOf } from '../../actor';

export interface RevokeRoleCommand {
  reason: string;
}

/**
 * Revokes a role grant; the row stays as history. It takes effect on the person's next request.
 * Nobody can revoke their own grants (an administrator cannot quietly shed a role to cover tracks).
 */
@Injectable()
export class RevokeRoleUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, grantId: string, command: RevokeRoleCommand): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [grant] = await manager.query<
        { user_id: string; role: string; unit_id: string; revoked: boolean }[]
      >(
        `SELECT user_id, role, unit_id, revoked_at IS NOT NULL AS revoked
           FROM role_grants WHERE id = $1 FOR UPDATE`,
        [grantId],
      );
      if (grant === undefined || grant.revoked) throw new AppError('ROLE_GRANT_NOT_FOUND');
      if (grant.user_id === actor.user.id) throw new AppError('SELF_ADMINISTRATION');
      await manager.query(
        `UPDATE role_grants SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1`,
        [grantId, actor.user.id, command.reason],
      );
      await appendAudit(manager, {
        ...auditContextOf(actor),
        action: 'role.revoked',
        entityType: 'role_grant',
        entityId: grantId,
        unitId: grant.unit_id,
        before: { userId: grant.user_id, role: grant.role, unitId: grant.unit_id },
        after: { reason: command.reason },
      });
    });
  }
}
