/* eslint-disable no-console -- a command-line tool */
import { join } from 'node:path';
import { migrateDown, migrateUp } from '@tdkt/server-database';
import { provideDatabase } from '../local-services';
import { dataDir } from '../paths';
import { portFromEnv } from '../ports';

/**
 * `npm run db:migrate` / `npm run db:migrate:revert`: against DATABASE_URL, or the embedded PostgreSQL
 * (started for the command and stopped after it) when DATABASE_URL is not set.
 */
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'revert') {
    throw new Error('usage: db.ts migrate|revert');
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
    } else {
      const reverted = await migrateDown(database.url);
      console.log(reverted ? `reverted: ${reverted}` : 'no migration to revert');
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
