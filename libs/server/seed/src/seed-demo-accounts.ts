import { appendAudit } from '@tdkt/server-database';
import { hashPassword, verifyPassword } from '@tdkt/server-feature-identity';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_NAME_PREFIX, type DemoAccount } from './demo-accounts';

export interface DemoAccountsReport {
  created: number;
  /** Existing demo accounts whose password was set to the given one. */
  passwordsReset: number;
  accounts: readonly DemoAccount[];
}

/**
 * Creates the demo accounts with their role grants (audited as the system), after the demo units.
 * Safe on every start: an existing account keeps its grants as administrators left them; only its
 * password is set to `password` when it no longer matches, so the password printed at start works.
 */
export async function seedDemoAccounts(
  dataSource: DataSource,
  password: string,
): Promise<DemoAccountsReport> {
  const passwordHash = await hashPassword(password);
  return dataSource.transaction(async (manager) => {
    let created = 0;
    let passwordsReset = 0;
    for (const account of DEMO_ACCOUNTS) {
      const [existing] = await manager.query<
        { id: string; unit_id: string; password_hash: string | null }[]
      >(`SELECT id, unit_id, password_hash FROM users WHERE username = $1`, [account.username]);
      if (existing === undefined) {
        await createAccount(manager, account, passwordHash);
        created += 1;
      } else if (!(await verifyPassword(existing.password_hash, password))) {
        await manager.query(
          `UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`,
          [existing.id, passwordHash],
        );
        await appendAudit(manager, {
          actorKind: 'system',
          action: 'user.password_reset',
          entityType: 'user',
          entityId: existing.id,
          unitId: existing.unit_id,
          after: { reason: 'demo password changed' },
        });
        passwordsReset += 1;
      }
    }
    return { created, passwordsReset, accounts: DEMO_ACCOUNTS };
  });
}

async function createAccount(
  manager: EntityManager,
  account: DemoAccount,
  passwordHash: string,
): Promise<void> {
  const [user] = await manager.query<{ id: string; unit_id: string }[]>(
    `INSERT INTO users (username, full_name, unit_id, password_hash, password_changed_at)
     SELECT $1, $2, id, $4, now() FROM units WHERE code = $3
     RETURNING id, unit_id`,
    [account.username, `${DEMO_NAME_PREFIX}${account.fullName}`, account.unitCode, passwordHash],
  );
  if (user === undefined) throw new Error(`demo unit ${account.unitCode} is missing`);
  const [grant] = await manager.query<{ id: string; unit_id: string }[]>(
    `INSERT INTO role_grants (user_id, role, unit_id)
     SELECT $1, $2, id FROM units WHERE code = $3
     RETURNING id, unit_id`,
    [user.id, account.role, account.grantUnitCode],
  );
  if (grant === undefined) throw new Error(`demo unit ${account.grantUnitCode} is missing`);
  await appendAudit(manager, {
    actorKind: 'system',
    action: 'user.created',
    entityType: 'user',
    entityId: user.id,
    unitId: user.unit_id,
    after: { username: account.username, demo: true },
  });
  await appendAudit(manager, {
    actorKind: 'system',
    action: 'role.granted',
    entityType: 'role_grant',
    entityId: grant.id,
    unitId: grant.unit_id,
    after: { userId: user.id, role: account.role, unitId: grant.unit_id },
  });
}
