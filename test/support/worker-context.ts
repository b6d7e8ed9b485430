import { randomBytes } from 'node:crypto';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Connection } from '@temporalio/client';
import { ACTIVITIES, type Activities, activitiesProvider } from '@tdkt/activities';
import { ConfigModule, loadConfig, ServerConfig } from '@tdkt/server-config';
import { createDataSource, DatabaseModule } from '@tdkt/server-database';
import { DossierModule } from '@tdkt/server-feature-dossier';
import { InboxModule } from '@tdkt/server-feature-inbox';
import {
  NotificationDeliveryModule,
  NotificationInboxModule,
  type NotificationDeliverySettings,
} from '@tdkt/server-feature-notifications';
import { PlanModule } from '@tdkt/server-feature-plan';
import {
  OPERATIONS_WORKER_PROVIDERS,
  OperationsModule,
  operationsSettingsFrom,
} from '@tdkt/server-feature-operations';
import { ClustersModule } from '@tdkt/server-feature-clusters';
import { CouncilsModule } from '@tdkt/server-feature-councils';
import { seedDemoData } from '@tdkt/server-seed';
import { SpreadsheetsModule } from '@tdkt/server-feature-spreadsheets';
import { TemporalClientModule } from '@tdkt/server-temporal-client';
import { createTestDatabase, dropTestDatabase } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { LegalDataModule } from '@tdkt/server-feature-legal-data';
import { TEST_ENV, testEnv, workerNamespace } from './test-env';

/**
 * The worker's use-case modules (operations included) and its activities, built by the same provider as
 * apps/worker's, with delivery settings chosen by the test.
 */
@Module({})
class InProcessWorkerModule {
  static forRoot(
    config: ServerConfig,
    temporal: Connection,
    notifications: NotificationDeliverySettings,
  ): DynamicModule {
    return {
      module: InProcessWorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot('tdkt-test-worker'),
        TemporalClientModule.forConnection(temporal),
        DossierModule,
        InboxModule,
        LegalDataModule,
        PlanModule,
        NotificationDeliveryModule.forRoot(notifications),
        NotificationInboxModule,
        OperationsModule.forRoot(operationsSettingsFrom(config)),
        CouncilsModule,
        ClustersModule,
        SpreadsheetsModule,
      ],
      providers: [activitiesProvider, ...OPERATIONS_WORKER_PROVIDERS],
      exports: OPERATIONS_WORKER_PROVIDERS,
    };
  }
}

/**
 * The real use cases and activities in this process, on a fresh seeded database (with the test-only
 * role_grants table), talking to the given Temporal server: for workflow tests that run their worker
 * in-process, e.g. on the time-skipping server.
 */
export interface WorkerContext {
  app: INestApplicationContext;
  db: DataSource;
  activities(): Activities;
  get<T>(type: new (...args: never[]) => T): T;
  stop(): Promise<void>;
}

export async function startWorkerContext(options: {
  /** Temporal frontend address; the context opens (and on stop closes) its own client connection. */
  temporalAddress: string;
  /** Defaults to this Jest worker's namespace on the shared dev server; the time-skipping server uses `default`. */
  temporalNamespace?: string;
  taskQueue: string;
  notifications?: Partial<NotificationDeliverySettings>;
  /** More configuration, e.g. RULES_AS_OF to run under a past period's rules and organisation. */
  env?: Record<string, string>;
}): Promise<WorkerContext> {
  const adminUrl = testEnv(TEST_ENV.pgAdminUrl);
  const databaseName = `wc_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await createTestDatabase(adminUrl, databaseName);
  const db = createDataSource({ url: databaseUrl, poolSize: 2, applicationName: 'tdkt-test' });
  await db.initialize();
  await seedDemoData(db);
  const config = loadConfig(ServerConfig, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    TEMPORAL_TASK_QUEUE: options.taskQueue,
    TEMPORAL_NAMESPACE: options.temporalNamespace ?? workerNamespace(),
    ...options.env,
  });
  const temporal = await Connection.connect({ address: options.temporalAddress });
  const app = await NestFactory.createApplicationContext(
    InProcessWorkerModule.forRoot(config, temporal, {
      smtp: null,
      webhooks: null,
      publicUrl: 'http://tdkt.test',
      ...options.notifications,
    }),
    { logger: ['error'] },
  );
  return {
    app,
    db,
    activities: () => app.get<Activities>(ACTIVITIES),
    get: (type) => app.get(type),
    async stop() {
      await app.close();
      await db.destroy();
      await dropTestDatabase(adminUrl, databaseName);
    },
  };
}
