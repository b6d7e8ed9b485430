import type { QueryRunner } from 'typeorm';
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
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => oneQueryAtATime(createQueryRunner(mode));
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

/**
 * TypeORM 0.3's schema builder reads the catalogue with queries sent at once on its one connection,
 * which pg 8 queues with a deprecation warning and pg 9 refuses (typeorm/typeorm#12105 fixes it in
 * 1.x): here they are sent one after the other.
 */
function oneQueryAtATime(runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const next = previous.then(() => query(...args));
    previous = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
}
