import type { Permission } from './permissions';
import { roleGrants } from './permissions';
import type { Role } from './roles';

/** A role held on a unit; it covers the unit's subtree. */
export interface RoleGrant {
  role: Role;
  unitId: string;
}

/** The person behind a request, as the API's guard loaded them for this request. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  fullName: string;
  /** The unit the person belongs to (where they work), not necessarily where they hold roles. */
  unitId: string;
  grants: RoleGrant[];
}

/** The grants of a user that carry a permission (on whatever units they are held). */
export function grantsWith(user: Pick<AuthenticatedUser, 'grants'>, permission: Permission) {
  return user.grants.filter((grant) => roleGrants(grant.role, permission));
}

/**
 * Of the candidate grants, the one held on the unit nearest to a unit (by `depthOf`: each ancestor's
 * steps up, 0 for the unit itself), or null when none is held on the unit or above it. The nearest
 * grant is the one an action is recorded under.
 */
export function nearestGrant(
  candidates: readonly RoleGrant[],
  depthOf: ReadonlyMap<string, number>,
): RoleGrant | null {
  let nearest: { grant: RoleGrant; depth: number } | null = null;
  for (const grant of candidates) {
    const depth = depthOf.get(grant.unitId);
    if (depth !== undefined && (nearest === null || depth < nearest.depth))
      nearest = { grant, depth };
  }
  return nearest?.grant ?? null;
}
