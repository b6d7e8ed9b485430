import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Role } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import { type Actor, auditContextOf } from '../../actor';
import type { RoleGrantView } from '../../users/user-view';

export interface GrantRoleCommand {
  role: Role;
  unitId: string;
}

/**
 * Grants a role on a unit. The actor must manage users both of the person (checked by the route) and
 * of the unit the role is held on (checked here), and can never grant themselves anything. Granting a
 * role the person already holds there changes nothing and answers the existing grant.
 */
@Injectable()
export class GrantRoleUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async execute(
    actor: Actor,
    userId: string,
    command: GrantRoleCommand,
  ): Promise<{ grant: RoleGrantView; created: boolean }> {
    if (userId === actor.user.id) throw new AppError('SELF_ADMINISTRATION');
    const onUnit = await this.access.assertCanAct(actor.user, 'user:manage', command.unitId);
    return this.dataSource.transaction(async (manager) => {
      const [user] = await manager.query<{ unit_id: string }[]>(
        `SELECT unit_id FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (user === undefined) throw new AppError('USER_NOT_FOUND');
      const inserted = await manager.query<RoleGrantView[]>(
        `INSERT INTO role_grants (user_id, role, unit_id, granted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, role, unit_id) WHERE revoked_at IS NULL DO NOTHING
         RETURNING ${GRANT_COLUMNS}`,
        [userId, command.role, command.unitId, actor.user.id],
      );
      const created = inserted[0];
      if (created === undefined) {
        const [existing] = await manager.query<RoleGrantView[]>(
          `SELECT ${GRANT_COLUMNS} FROM role_grants
            WHERE user_id = $1 AND role = $2 AND unit_id = $3 AND revoked_at IS NULL`,
          [userId, command.role, command.unitId],
        );
        if (existing === undefined) throw new Error('active grant vanished');
        return { grant: existing, created: false };
      }
      await appendAudit(manager, {
        ...auditContextOf(actor, onUnit),
        action: 'role.granted',
        entityType: 'role_grant',
        entityId: created.id,
        unitId: command.unitId,
        after: { userId, role: command.role, unitId: command.unitId },
      });
      return { grant: created, created: true };
    });
  }
}

const GRANT_COLUMNS = `id, role, unit_id AS "unitId", to_json(granted_at) #>> '{}' AS "grantedAt",
  granted_by AS "grantedBy"`;
