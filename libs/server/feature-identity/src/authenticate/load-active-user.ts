import type { AuthenticatedUser, RoleGrant } from '@tdkt/contracts';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * An enabled user with their current grants, or null. With a session id, also null unless that
 * session of theirs is still open, which is how a revoked session stops its access tokens at once.
 */
export async function loadActiveUser(
  db: DataSource | EntityManager,
  userId: string,
  sessionId?: string,
): Promise<AuthenticatedUser | null> {
  const sessionClause =
    sessionId === undefined
      ? ''
      : `AND EXISTS (SELECT 1 FROM auth_sessions s
                      WHERE s.id = $2 AND s.user_id = u.id
                        AND s.revoked_at IS NULL AND s.expires_at > now())`;
  const [row] = await db.query<
    { id: string; username: string; full_name: string; unit_id: string; grants: RoleGrant[] }[]
  >(
    `SELECT u.id, u.username, u.full_name, u.unit_id,
            coalesce(
              json_agg(json_build_object('role', g.role, 'unitId', g.unit_id) ORDER BY g.granted_at)
                FILTER (WHERE g.id IS NOT NULL),
              '[]') AS grants
       FROM users u
       LEFT JOIN role_grants g ON g.user_id = u.id AND g.revoked_at IS NULL
      WHERE u.id = $1 AND u.disabled_at IS NULL ${sessionClause}
      GROUP BY u.id`,
    sessionId === undefined ? [userId] : [userId, sessionId],
  );
  if (row === undefined) return null;
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    unitId: row.unit_id,
    grants: row.grants,
  };
}
