import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, dropTestDatabase } from '@tdkt/testing';
import { MIGRATIONS, migrateDown, migrateUp, schemaDifference } from '@tdkt/server-database';
import { TEST_ENV, testEnv } from '../support/test-env';

describe('database schema', () => {
  const adminUrl = () => testEnv(TEST_ENV.pgAdminUrl);
  const name = `schema_${randomBytes(4).toString('hex')}`;
  let url: string;
  let db: Client;

  beforeAll(async () => {
    url = await createTestDatabase(adminUrl(), name);
    db = new Client({ connectionString: url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await dropTestDatabase(adminUrl(), name);
  });

  it('keeps the audit log append-only at the database: UPDATE, DELETE and TRUNCATE fail', async () => {
    await db.query(
      `INSERT INTO audit_log (action, entity_type, entity_id, actor_kind) VALUES ('test.action', 'test', 'x', 'system')`,
    );
    await expect(db.query(`UPDATE audit_log SET action = 'rewritten'`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only: DELETE/);
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE/);
    const rows = await db.query(`SELECT action FROM audit_log`);
    expect(rows.rows).toEqual([{ action: 'test.action' }]);
  });

  it('reverts every migration and applies them again', async () => {
    const scratch = `migr_${randomBytes(4).toString('hex')}`;
    const scratchUrl = await createTestDatabase(adminUrl(), scratch);
    try {
      for (let i = 0; i < MIGRATIONS.length; i += 1) await migrateDown(scratchUrl);
      const client = new Client({ connectionString: scratchUrl });
      await client.connect();
      const tables = await client.query(
        // TypeORM's own tables stay: its migration list, and its metadata of generated columns.
        `SELECT count(*)::int AS n FROM pg_tables
          WHERE schemaname = 'public' AND tablename NOT IN ('schema_migrations', 'typeorm_metadata')`,
      );
      await client.end();
      expect(tables.rows).toEqual([{ n: 0 }]);

      const applied = await migrateUp(scratchUrl);
      expect(applied).toEqual(MIGRATIONS.map((migration) => migration.name));
    } finally {
      await dropTestDatabase(adminUrl(), scratch);
    }
  });

  it('matches the entities after every migration: the schema builder finds nothing to change', async () => {
    const difference = await schemaDifference(url);
    // The statements themselves are the readable failure: what a migration still has to do.
    expect(difference.up.map((statement) => statement.query)).toEqual([]);
  });
});
