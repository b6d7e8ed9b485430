import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';

/** A person who holds some of the asked roles on a unit. */
export interface RoleHolder {
  userId: string;
  username: string;
  fullName: string;
  /** Where the person works (may differ from the unit the roles are held on). */
  workUnitId: string;
  workUnitName: string;
  roles: Role[];
}

/**
 * The active people holding any of `roles` on exactly `unitId` (level roles such as the council's are
 * held for their level's unit alone), by name. E.g. a council's roster for its secretary.
 */
@Injectable()
export class ListRoleHoldersUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(unitId: string, roles: readonly Role[]): Promise<RoleHolder[]> {
    const rows = await this.dataSource.query<
      {
        user_id: string;
        username: string;
        full_name: string;
        work_unit_id: string;
        work_unit_name: string;
        roles: Role[];
      }[]
    >(
      `SELECT u.id AS user_id, u.username, u.full_name, w.id AS work_unit_id, w.name AS work_unit_name,
              array_agg(DISTINCT g.role ORDER BY g.role) AS roles
         FROM role_grants g
         JOIN users u ON u.id = g.user_id
         JOIN units w ON w.id = u.unit_id
        WHERE g.unit_id = $1 AND g.role = ANY($2::text[]) AND g.revoked_at IS NULL
          AND u.disabled_at IS NULL
        GROUP BY u.id, w.id
        ORDER BY u.full_name, u.username`,
      [unitId, roles],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      username: row.username,
      fullName: row.full_name,
      workUnitId: row.work_unit_id,
      workUnitName: row.work_unit_name,
      roles: row.roles,
    }));
  }
}
