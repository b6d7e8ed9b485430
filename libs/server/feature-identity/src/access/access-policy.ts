import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type AuthenticatedUser,
  type ErrorCode,
  grantsWith,
  nearestGrant,
  type Permission,
  type RoleGrant,
} from '@tdkt/contracts';
import { unitAncestry } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

type Grantee = Pick<AuthenticatedUser, 'grants'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may do what where. A grant covers its unit's subtree and every unit later merged into a unit of
 * that subtree, so a merged commune's dossiers stay readable under the commune it became part of.
 */
@Injectable()
export class AccessPolicy {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True when some grant of the user carries the permission, on whatever unit. */
  holdsAnywhere(user: Grantee, permission: Permission): boolean {
    return grantsWith(user, permission).length > 0;
  }

  /** The ids of every unit the user may use the permission on. */
  async unitsInScope(user: Grantee, permission: Permission): Promise<string[]> {
    const roots = [...new Set(grantsWith(user, permission).map((grant) => grant.unitId))];
    if (roots.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH RECURSIVE scope(id) AS (
         SELECT id FROM units WHERE id = ANY($1::uuid[])
         UNION
         SELECT u.id FROM units u JOIN scope s ON u.parent_id = s.id OR u.merged_into_id = s.id
       )
       SELECT id FROM scope`,
      [roots],
    );
    return rows.map((row) => row.id);
  }

  /** True when the user holds the permission on a root of the organisation tree, i.e. on everything. */
  async coversRoot(user: Grantee, permission: Permission): Promise<boolean> {
    const units = grantsWith(user, permission).map((grant) => grant.unitId);
    if (units.length === 0) return false;
    const [row] = await this.dataSource.query<{ covers: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM units WHERE id = ANY($1::uuid[]) AND parent_id IS NULL) AS covers`,
      [units],
    );
    return row?.covers ?? false;
  }

  /**
   * Where a list may look: 'all' for a holder of the permission on a root (no unit filter needed, and
   * units added later are included), otherwise the ids of the units in scope.
   */
  async listScope(user: Grantee, permission: Permission): Promise<'all' | string[]> {
    return (await this.coversRoot(user, permission))
      ? 'all'
      : await this.unitsInScope(user, permission);
  }

  /** The grant nearest to the unit that lets the user use the permission on it, or null. */
  async grantFor(user: Grantee, permission: Permission, unitId: string): Promise<RoleGrant | null> {
    const candidates = grantsWith(user, permission);
    if (candidates.length === 0 || !UUID.test(unitId)) return null;
    return nearestGrant(candidates, await unitAncestry(this.dataSource, unitId));
  }

  /**
   * The grant that lets the user read on the unit. Out of scope is answered as not found (`notFound`,
   * the resource's own code), so that nobody learns what exists outside their scope.
   */
  async assertCanRead(
    user: Grantee,
    permission: Permission,
    unitId: string,
    notFound: ErrorCode = 'NOT_FOUND',
  ): Promise<RoleGrant> {
    const grant = await this.grantFor(user, permission, unitId);
    if (grant === null) throw new AppError(notFound);
    return grant;
  }

  /** The grant that lets the user act on the unit; otherwise 403 FORBIDDEN. */
  async assertCanAct(user: Grantee, permission: Permission, unitId: string): Promise<RoleGrant> {
    const grant = await this.grantFor(user, permission, unitId);
    if (grant === null) throw new AppError('FORBIDDEN');
    return grant;
  }
}
