import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiConfig, AppModule, configureApp } from '@tdkt/api';
import { loadConfig } from '@tdkt/server-config';
import { createDataSource } from '@tdkt/server-database';
import { connectToTemporal, temporalSettingsFromConfig } from '@tdkt/server-temporal-client';
import { createTestDatabase, dropTestDatabase } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { TEST_ENV, testEnv, workerNamespace } from './test-env';

/** The API's Nest application inside the test process, on its own empty migrated database. */
export interface InProcessApi {
  app: NestExpressApplication;
  config: ApiConfig;
  db: DataSource;
  /** Starts listening on loopback (a free port unless given) and returns the base URL. */
  listen(port?: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Builds the API exactly as main.ts does (AppModule.forRoot + configureApp) without starting a process,
 * so that a test can look inside it (its routes, its providers) and add to it before it listens.
 */
export async function createInProcessApi(
  env: Record<string, string> = {},
  /** Another API's database, to run a second API process on it (it stays the first one's to drop). */
  shared?: { databaseUrl: string },
): Promise<InProcessApi> {
  const adminUrl = testEnv(TEST_ENV.pgAdminUrl);
  const databaseName = `ip_${randomBytes(4).toString('hex')}`;
  const databaseUrl = shared?.databaseUrl ?? (await createTestDatabase(adminUrl, databaseName));
  const db = createDataSource({ url: databaseUrl, poolSize: 2, applicationName: 'tdkt-test' });
  await db.initialize();
  const config = loadConfig(ApiConfig, {
    NODE_ENV: 'test',
    // Only failures reach the test output: a 500 while a test runs is worth seeing.
    LOG_LEVEL: 'error',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: testEnv(TEST_ENV.temporalAddress),
    TEMPORAL_NAMESPACE: workerNamespace(),
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ...env,
  });
  const temporal = await connectToTemporal(temporalSettingsFromConfig(config));
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, temporal),
    { logger: false, bodyParser: false, abortOnError: false, rawBody: true },
  );
  configureApp(app, config);
  return {
    app,
    config,
    db,
    async listen(port = 0) {
      await app.listen(port, '127.0.0.1');
      return app.getUrl();
    },
    async stop() {
      await app.close();
      await db.destroy();
      if (shared === undefined) await dropTestDatabase(adminUrl, databaseName);
    },
  };
}
