import { createDataSource } from './data-source';

/** Applies every pending migration and returns the names applied, oldest first. */
export async function migrateUp(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'tdkt-migrate' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the most recent migration and returns its name, or undefined when none was applied. */
export async function migrateDown(url: string): Promise<string | undefined> {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'tdkt-migrate' });
  await dataSource.initialize();
  try {
    const executed = await dataSource.query<{ name: string }[]>(
      `SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1`,
    );
    await dataSource.undoLastMigration({ transaction: 'each' });
    return executed[0]?.name;
  } finally {
    await dataSource.destroy();
  }
}
