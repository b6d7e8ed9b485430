import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthenticatedUser, LEVEL_ROLES, type Role } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';

/** Deeper than any real organisation tree; stops the walk should a cycle ever slip in. */
const MAX_DEPTH = 64;

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
    const ancestors = new Set(
      (
        await this.dataSource.query<{ id: string }[]>(
          `WITH RECURSIVE up(id, depth) AS (
             SELECT id, 0 FROM units WHERE id = $1
             UNION
             SELECT p.id, up.depth + 1 FROM up JOIN units u ON u.id = up.id
               JOIN units p ON p.id = u.parent_id OR p.id = u.merged_into_id
              WHERE up.depth < ${MAX_DEPTH}
           ) SELECT id FROM up`,
          [unitId],
        )
      ).map((row) => row.id),
    );
    const roles = user.grants
      .filter((grant) =>
        LEVEL_ROLES.includes(grant.role) ? grant.unitId === unitId : ancestors.has(grant.unitId),
      )
      .map((grant) => grant.role);
    return [...new Set(roles)];
  }
}
