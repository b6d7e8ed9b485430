import { createDataSource } from './data-source';

/** One statement of a schema change, with its parameters when TypeORM binds any (comments do). */
export interface SchemaStatement {
  query: string;
  parameters?: unknown[];
}

/** What would bring the database's schema to the entities' (`up`), and back (`down`, in reverse order). */
export interface SchemaDifference {
  up: SchemaStatement[];
  down: SchemaStatement[];
}

/**
 * Compares the database at `url` (already migrated) with the entities, the way TypeORM's schema builder
 * does, without changing anything. Empty lists mean the migrations and the entities agree.
 */
export async function schemaDifference(url: string): Promise<SchemaDifference> {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'tdkt-schema-diff' });
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const statement = ({ query, parameters }: SchemaStatement): SchemaStatement =>
      parameters && parameters.length > 0 ? { query, parameters } : { query };
    return {
      up: sql.upQueries.map(statement),
      down: sql.downQueries.map(statement).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}
