import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestNamespace,
  startLocalTemporal,
  startTestPostgres,
  writeWorkflowBundle,
} from '@tdkt/testing';
import { TEST_ENV, type GlobalServices, workerNamespaceName } from './test-env';

/**
 * Starts what every integration test file shares: one real PostgreSQL cluster with a migrated template
 * database, one real Temporal dev server with a namespace per Jest worker, and one workflow bundle.
 * Test files isolate themselves with their own database and task queue (and namespace, for systems).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'tdkt-it-'));
  const bundlePath = join(scratch, 'workflow-bundle.js');
  const [postgres, temporal] = await Promise.all([
    startTestPostgres(),
    startLocalTemporal(),
    writeWorkflowBundle(bundlePath),
  ]).then(([pg, env]) => [pg, env] as const);
  for (let worker = 1; worker <= globalConfig.maxWorkers; worker += 1)
    await createTestNamespace(temporal.connection, workerNamespaceName(worker));
  process.env[TEST_ENV.pgAdminUrl] = postgres.adminUrl;
  process.env[TEST_ENV.temporalAddress] = temporal.address;
  process.env[TEST_ENV.workflowBundle] = bundlePath;
  const services: GlobalServices = { postgres, temporal };
  (globalThis as { __tdktServices?: GlobalServices }).__tdktServices = services;
}
