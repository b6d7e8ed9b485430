/* eslint-disable no-console -- a command-line tool */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDown, migrateUp, schemaDifference } from '@tdkt/server-database';
import { provideDatabase } from '../local-services';
import { migrationFile, withMigrationListed } from '../migrations/migration-file';
import { dataDir, WORKSPACE_ROOT } from '../paths';
import { portFromEnv } from '../ports';

const MIGRATIONS_DIR = join(WORKSPACE_ROOT, 'libs/server/database/src/migrations');

/**
 * `npm run db:migrate` / `npm run db:migrate:revert` / `npm run db:migration:generate -- <name>`:
 * against DATABASE_URL, or the embedded PostgreSQL (started for the command and stopped after it)
 * when DATABASE_URL is not set.
 */
async function main(): Promise<void> {
  const [command, ...words] = process.argv.slice(2);
  const name = words.join(' ');
  if (command !== 'migrate' && command !== 'revert' && command !== 'generate') {
    throw new Error('usage: db.ts migrate|revert|generate <name>');
  }
  if (command === 'generate' && !name) {
    throw new Error('usage: npm run db:migration:generate -- <name, e.g. plan-owners>');
  }
  const data = dataDir();
  const database = await provideDatabase({
    dataDir: data,
    port: portFromEnv('TDKT_PG_PORT', 5433),
    logDir: join(data, 'logs'),
  });
  try {
    if (command === 'migrate') {
      const applied = await migrateUp(database.url);
      console.log(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    } else if (command === 'generate') {
      await generateMigration(database.url, name);
    } else {
      const reverted = await migrateDown(database.url);
      console.log(reverted ? `reverted: ${reverted}` : 'no migration to revert');
    }
  } finally {
    await database.stop();
  }
}

/**
 * Brings the database up to date, then writes what the entities still need as a new migration (with
 * its `down`) and lists it in the migrations index. The SQL is TypeORM's: read it, name its
 * constraints the way the others are named, and say why in its comment before committing.
 */
async function generateMigration(url: string, name: string): Promise<void> {
  await migrateUp(url);
  const difference = await schemaDifference(url);
  if (difference.up.length === 0) {
    console.log('the entities and the migrations agree: nothing to generate');
    return;
  }
  const file = migrationFile(name, new Date(), difference);
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  writeFileSync(join(MIGRATIONS_DIR, file.fileName), file.source);
  writeFileSync(indexPath, withMigrationListed(readFileSync(indexPath, 'utf8'), file));
  console.log(`wrote ${join(MIGRATIONS_DIR, file.fileName)} (${difference.up.length} statements)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
