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
