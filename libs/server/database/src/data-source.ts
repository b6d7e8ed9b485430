import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Shown in pg_stat_activity, so an operator can tell the API from the worker. */
  applicationName?: string;
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
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
    },
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(createDataSourceOptions(options));
}
