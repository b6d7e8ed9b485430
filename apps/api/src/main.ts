import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig } from '@tdkt/server-config';
import { checkDatabaseConnection, DatabaseUnreachableError } from '@tdkt/server-database';
import { OperationsMetrics } from '@tdkt/server-feature-operations';
import { startMetricsServer } from '@tdkt/server-observability';
import {
  connectToTemporal,
  TemporalUnreachableError,
  temporalSettingsFromConfig,
} from '@tdkt/server-temporal-client';
import { ApiConfig } from './api-config';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { registerSupervisorMetrics } from './health/supervisor-status';

async function main(): Promise<void> {
  const config = loadConfig(ApiConfig);
  await checkDatabaseConnection(config.DATABASE_URL);
  const temporal = await connectToTemporal(temporalSettingsFromConfig(config));
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, temporal),
    {
      bufferLogs: true,
      abortOnError: false,
      bodyParser: false,
      // Signed callbacks from other systems are verified against the exact bytes received.
      rawBody: true,
    },
  );
  configureApp(app, config);
  await app.listen(config.API_PORT, config.API_HOST);
  if (config.API_METRICS_PORT !== undefined) {
    const registry = app.get(OperationsMetrics).registry;
    if (config.SUPERVISOR_STATUS_FILE !== undefined)
      registerSupervisorMetrics(registry, config.SUPERVISOR_STATUS_FILE);
    const metrics = await startMetricsServer({
      host: config.API_METRICS_HOST,
      port: config.API_METRICS_PORT,
      registry,
    });
    process.once('SIGTERM', () => metrics.close());
    process.once('SIGINT', () => metrics.close());
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof TemporalUnreachableError;
  console.error(known ? `api: ${error.message}` : error);
  process.exit(1);
});
