import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  ensureTemporalServer,
  freePort,
  freeTemporalPort,
  type ManagedProcess,
  RoundRobinProxy,
  type RunningPostgres,
  type RunningTemporalServer,
  setupTemporalSchemas,
  startEmbeddedPostgres,
  startNodeApp,
  startTemporalServer,
  waitForHttpOk,
} from '@tdkt/infra';
import { createDataSource, migrateUp } from '@tdkt/server-database';
import { seedDemoAccounts, seedDemoData } from '@tdkt/server-seed';
import { writeWorkflowBundle } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { TEST_DEMO_PASSWORD } from '../support/system';

const NAMESPACE = 'tdkt';
export const CLUSTER_TASK_QUEUE = 'tdkt-cluster';

/**
 * The production topology on one machine: the full Temporal server (not the dev server) on PostgreSQL
 * persistence and visibility, in databases of its own on the same PostgreSQL cluster as the
 * application's; two API processes behind a round-robin load balancer; two workers on one task queue.
 */
export class ClusterSystem {
  db!: DataSource;
  temporal!: Client;
  postgres!: RunningPostgres;
  temporalServer!: RunningTemporalServer;
  readonly apis: ManagedProcess[] = [];
  readonly workers: ManagedProcess[] = [];
  balancer!: RoundRobinProxy;
  private connection!: Connection;

  private constructor(private readonly scratch: string) {}

  get apiUrl(): string {
    return this.balancer.url;
  }

  static async start(count = 2): Promise<ClusterSystem> {
    const scratch = mkdtempSync(join(tmpdir(), 'tdkt-cluster-'));
    // As root, PostgreSQL runs as the OS user "postgres", which must be able to enter this folder.
    chmodSync(scratch, 0o755);
    const system = new ClusterSystem(scratch);
    try {
      await system.startAll(count);
    } catch (error) {
      await system.stop();
      throw error;
    }
    return system;
  }

  private async startAll(count: number): Promise<void> {
    const scratch = this.scratch;
    const logs = join(scratch, 'logs');
    const bundle = join(scratch, 'workflow-bundle.js');
    const [binaries, pgPort, temporalPort] = await Promise.all([
      ensureTemporalServer(),
      freePort(),
      freeTemporalPort(),
      writeWorkflowBundle(bundle),
    ]);
    this.postgres = await startEmbeddedPostgres({
      dataDir: join(scratch, 'postgres'),
      port: pgPort,
      database: 'tdkt',
      logFile: join(logs, 'postgres.log'),
      persistent: false,
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    });
    const owner = new URL(this.postgres.url);
    const temporalPostgres = {
      host: owner.hostname,
      port: pgPort,
      user: decodeURIComponent(owner.username),
      password: decodeURIComponent(owner.password),
      database: 'temporal',
      visibilityDatabase: 'temporal_visibility',
    };
    await setupTemporalSchemas(binaries.sqlTool, temporalPostgres);
    this.temporalServer = await startTemporalServer({
      binary: binaries.server,
      rootDir: join(scratch, 'temporal'),
      postgres: temporalPostgres,
      port: temporalPort,
      namespace: NAMESPACE,
    });
    await migrateUp(this.postgres.url);
    this.db = createDataSource({
      url: this.postgres.url,
      poolSize: 4,
      applicationName: 'tdkt-cluster-test',
    });
    await this.db.initialize();
    await seedDemoData(this.db);
    await seedDemoAccounts(this.db, TEST_DEMO_PASSWORD);
    this.connection = await Connection.connect({ address: this.temporalServer.address });
    this.temporal = new Client({ connection: this.connection, namespace: NAMESPACE });

    const apiPorts = await Promise.all(Array.from({ length: count }, () => freePort()));
    this.balancer = await RoundRobinProxy.start(
      apiPorts.map((port) => ({ host: '127.0.0.1', port })),
    );
    // Every process gets the same settings, as N replicas of one deployment do.
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: this.postgres.url,
      TEMPORAL_ADDRESS: this.temporalServer.address,
      TEMPORAL_NAMESPACE: NAMESPACE,
      TEMPORAL_TASK_QUEUE: CLUSTER_TASK_QUEUE,
      RULES_AS_OF: '2024-12-16',
      DISCLOSURE_HELD_OUTSIDE: 'true',
      INTEGRATION_HMAC_SECRET: 'cluster-test-integration-secret-0123456789',
      WORKFLOW_BUNDLE_PATH: bundle,
      PUBLIC_API_URL: this.balancer.url,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      JWT_ACCESS_TTL_SECONDS: '7200',
      LOGIN_RATE_LIMIT: '10000',
    };
    for (let i = 0; i < count; i++) {
      // One worker starts the stuck monitor, as docs/deployment.md advises; it runs on either.
      const worker = startNodeApp(
        `worker-${i + 1}`,
        'apps/worker/src/main.ts',
        { ...env, OPS_MONITOR: i === 0 ? 'on' : 'off' },
        logs,
      );
      this.workers.push(worker);
      await worker.waitForLine(/worker started/, 180_000);
    }
    for (const [i, port] of apiPorts.entries()) {
      const api = startNodeApp(
        `api-${i + 1}`,
        'apps/api/src/main.ts',
        { ...env, API_PORT: String(port) },
        logs,
      );
      this.apis.push(api);
      await waitForHttpOk(`http://127.0.0.1:${port}/health/ready`, api, 120_000);
    }
  }

  async stop(): Promise<void> {
    await this.balancer?.stop();
    await Promise.allSettled([...this.apis, ...this.workers].map((app) => app.stop()));
    await this.connection?.close().catch(() => undefined);
    await this.db?.destroy().catch(() => undefined);
    await this.temporalServer?.stop().catch(() => undefined);
    await this.postgres?.stop().catch(() => undefined);
    rmSync(this.scratch, { recursive: true, force: true });
  }
}
