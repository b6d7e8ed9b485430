import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Client } from '@temporalio/client';
import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import { Registry } from 'prom-client';
import { ConfigError, loadConfig } from '@tdkt/server-config';
import { checkDatabaseConnection, DatabaseUnreachableError } from '@tdkt/server-database';
import { createLogger, startMetricsServer } from '@tdkt/server-observability';
import type { Level } from 'pino';
import {
  connectToTemporal,
  TemporalUnreachableError,
  temporalSettingsFromConfig,
} from '@tdkt/server-temporal-client';
import { freeLoopbackPort, readSdkMetrics } from './metrics/sdk-metrics';
import { ensureStuckMonitor } from './stuck-monitor';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerConfig } from './worker-config';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig(WorkerConfig);
  const logger = createLogger('worker', config.LOG_LEVEL);
  // The SDK exports its own metrics (workflow task latency, slots, polls) on loopback; /metrics adds them.
  const sdkMetricsPort = config.WORKER_METRICS_PORT === undefined ? null : await freeLoopbackPort();
  // Temporal's own logs (worker lifecycle, bundling, failures) go to the same JSON stream.
  Runtime.install({
    logger: new DefaultLogger(toTemporalLevel(config.LOG_LEVEL), (entry) =>
      logger[entry.level.toLowerCase() as Level](withSerializableError(entry.meta), entry.message),
    ),
    ...(sdkMetricsPort === null
      ? {}
      : {
          telemetryOptions: {
            metrics: { prometheus: { bindAddress: `127.0.0.1:${sdkMetricsPort}` } },
          },
        }),
  });
  await checkDatabaseConnection(config.DATABASE_URL);
  const temporal = await connectToTemporal(temporalSettingsFromConfig(config));

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, temporal), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  const { worker, connection } = await app.get(TemporalWorkerService).create();
  const metricsServer =
    config.WORKER_METRICS_PORT === undefined || sdkMetricsPort === null
      ? null
      : await startMetricsServer({
          host: config.WORKER_METRICS_HOST,
          port: config.WORKER_METRICS_PORT,
          registry: app.get(Registry),
          more: () => readSdkMetrics(sdkMetricsPort),
        });
  if (config.OPS_MONITOR === 'on')
    await ensureStuckMonitor(app.get(Client), config.TEMPORAL_TASK_QUEUE);
  logger.info(
    { taskQueue: worker.options.taskQueue, namespace: config.TEMPORAL_NAMESPACE },
    'worker started',
  );
  try {
    // Resolves after SIGINT/SIGTERM: the worker stops polling and finishes what it holds.
    await worker.run();
  } finally {
    metricsServer?.close();
    await connection.close();
    await app.close();
    logger.info('worker stopped');
  }
}

/** The SDK puts failures under `error`; pino writes an Error's message and stack only under `err`. */
function withSerializableError(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  if (meta === undefined || !(meta.error instanceof Error)) return meta ?? {};
  const { error, ...rest } = meta;
  return { ...rest, err: error };
}

function toTemporalLevel(level: string): LogLevel {
  const map: Record<string, LogLevel> = {
    trace: 'TRACE',
    debug: 'DEBUG',
    info: 'INFO',
    warn: 'WARN',
  };
  return map[level] ?? 'ERROR';
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof TemporalUnreachableError;
  console.error(known ? `worker: ${error.message}` : error);
  process.exit(1);
});
