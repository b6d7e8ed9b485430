import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, startEmbeddedPostgres, type RunningPostgres } from '@tdkt/infra';
import { migrateUp } from '@tdkt/server-database';

/** Name of the database that holds the migrated schema; test databases are cloned from it. */
export const TEMPLATE_DATABASE = 'tdkt_template';

/** Settings of a throwaway cluster whose durability nobody needs: tests run faster without syncing. */
const THROWAWAY_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/**
 * A throwaway PostgreSQL cluster (deleted when stopped, fsync off unless `durable`, as benchmarks
 * want it; `settings` adds server settings) with every migration applied to a template database, so
 * each test file gets a fresh, fully migrated database in milliseconds.
 */
export async function startTestPostgres(
  options: { durable?: boolean; settings?: Record<string, string> } = {},
): Promise<RunningPostgres> {
  const scratch = mkdtempSync(join(tmpdir(), 'tdkt-test-pg-'));
  // As root, PostgreSQL runs as the OS user "postgres", which must be able to enter this folder.
  chmodSync(scratch, 0o755);
  const dataDir = join(scratch, 'cluster');
  const postgres = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: TEMPLATE_DATABASE,
    logFile: join(dataDir, '..', 'postgres.log'),
    persistent: false,
    settings: { ...(options.durable === true ? {} : THROWAWAY_SETTINGS), ...options.settings },
  });
  await migrateUp(postgres.url);
  return postgres;
}

/** Clones the migrated template into a new database and returns its URL. */
export async function createTestDatabase(adminUrl: string, name: string): Promise<string> {
  await withAdmin(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await nameTypeormMetadataAfter(url.toString());
  return url.toString();
}

/**
 * TypeORM's metadata rows (generated columns' expressions) name the database they were written in:
 * the template's. A copy under another name says its own, or the schema builder cannot compare it.
 */
async function nameTypeormMetadataAfter(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
      IF to_regclass('public.typeorm_metadata') IS NOT NULL THEN
        UPDATE typeorm_metadata SET database = current_database();
      END IF; END $$`);
  } finally {
    await client.end();
  }
}

export async function dropTestDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
