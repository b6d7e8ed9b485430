import type { Role } from '@tdkt/contracts';
import type { DataSource, EntityManager } from 'typeorm';

/** A role grant as administrators see it: with its id, to revoke it. */
export interface RoleGrantView {
  id: string;
  role: Role;
  unitId: string;
  grantedAt: string;
  grantedBy: string | null;
}

/** A user account as administrators see it. Never includes credentials. */
export interface UserView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  unitId: string;
  disabled: boolean;
  /** Locked out from some address after repeated failed log-ins, until this time (the latest such lock). */
  lockedUntil: string | null;
  hasPassword: boolean;
  grants: RoleGrantView[];
}

/** Users by id (or every user whose unit is one of `unitIds`), with their active grants, by username. */
export async function findUsers(
  db: DataSource | EntityManager,
  filter: { ids: string[] } | { unitIds: string[] },
): Promise<UserView[]> {
  const byIds = 'ids' in filter;
  return db.query<UserView[]>(
    `SELECT u.id, u.username, u.full_name AS "fullName", u.email, u.unit_id AS "unitId",
            u.disabled_at IS NOT NULL AS disabled,
            (SELECT to_json(max(f.blocked_until)) #>> '{}' FROM login_failures f
              WHERE f.user_id = u.id AND f.blocked_until > now()) AS "lockedUntil",
            u.password_hash IS NOT NULL AS "hasPassword",
            coalesce(
              json_agg(json_build_object(
                'id', g.id, 'role', g.role, 'unitId', g.unit_id,
                'grantedAt', to_json(g.granted_at) #>> '{}', 'grantedBy', g.granted_by)
                ORDER BY g.granted_at) FILTER (WHERE g.id IS NOT NULL),
              '[]') AS grants
       FROM users u
       LEFT JOIN role_grants g ON g.user_id = u.id AND g.revoked_at IS NULL
      WHERE ${byIds ? 'u.id' : 'u.unit_id'} = ANY($1::uuid[])
      GROUP BY u.id
      ORDER BY u.username`,
    [byIds ? filter.ids : filter.unitIds],
  );
}

/** One user, or null. */
export async function findUser(
  db: DataSource | EntityManager,
  id: string,
): Promise<UserView | null> {
  const [user] = await findUsers(db, { ids: [id] });
  return user ?? null;
}
