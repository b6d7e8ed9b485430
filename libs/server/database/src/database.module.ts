import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServerConfig } from '@tdkt/server-config';
import { createDataSourceOptions, type DatabaseOptions } from './data-source';

/** The PostgreSQL connection pool for a Nest application, configured from ServerConfig. */
@Module({})
export class DatabaseModule {
  static forRoot(
    applicationName: string,
    timeouts: Pick<DatabaseOptions, 'connectTimeoutMs' | 'queryTimeoutMs'> = {},
  ): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ServerConfig],
          useFactory: (config: ServerConfig) => ({
            ...createDataSourceOptions({
              url: config.DATABASE_URL,
              poolSize: config.DATABASE_POOL_SIZE,
              applicationName,
              ...timeouts,
            }),
            // Boot already checked the connection; a lost connection later is retried per query.
            retryAttempts: 3,
            retryDelay: 1000,
          }),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
