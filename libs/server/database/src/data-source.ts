import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { DiscardOnTimeoutClient } from './discard-on-timeout-client';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Shown in pg_stat_activity, so an operator can tell the API from the worker. */
  applicationName?: string;
  /** Longest wait for a pooled connection (default 10 s). */
  connectTimeoutMs?: number;
  /**
   * Longest a query may take: PostgreSQL cancels it (statement_timeout, lock waits included), and
   * the driver gives up a moment later should the server not answer at all (frozen, unreachable).
   */
  queryTimeoutMs?: number;
}

/** TypeORM options for the application's PostgreSQL database. Schema changes happen only through migrations. */
export function createDataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Query failures surface as exceptions, logged once by whoever handles them.
    logging: ['migration'],
    applicationName: options.applicationName ?? 'tdkt',
    extra: {
      Client: DiscardOnTimeoutClient,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      ...(options.queryTimeoutMs === undefined
        ? {}
        : {
            statement_timeout: options.queryTimeoutMs,
            query_timeout: options.queryTimeoutMs + 1_000,
          }),
    },
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(createDataSourceOptions(options));
}
