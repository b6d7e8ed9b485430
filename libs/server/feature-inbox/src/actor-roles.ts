import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthenticatedUser, LEVEL_ROLES, type Role } from '@tdkt/contracts';
import { unitAncestry } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/**
 * The roles a person holds over a unit, as tasks understand them: a level role (reviewer, council,
 * leader) counts only when granted on that very unit; a unit role (officer, head) also when granted
 * on an ancestor, since it covers the subtree.
 */
@Injectable()
export class ActorRoles {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async over(user: Pick<AuthenticatedUser, 'grants'>, unitId: string): Promise<Role[]> {
    if (user.grants.length === 0) return [];
    const ancestors = await unitAncestry(this.dataSource, unitId);
    const roles = user.grants
      .filter((grant) =>
        LEVEL_ROLES.includes(grant.role) ? grant.unitId === unitId : ancestors.has(grant.unitId),
      )
      .map((grant) => grant.role);
    return [...new Set(roles)];
  }
}
