import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import {
  ensureTemporalCli,
  freePort,
  type ManagedProcess,
  type RunningDevServer,
  type RunningPostgres,
  startEmbeddedPostgres,
  startNodeApp,
  startTemporalDevServer,
  waitForHttpOk,
} from '@tdkt/infra';
import { createDataSource, migrateUp } from '@tdkt/server-database';
import { seedDemoAccounts, seedDemoData } from '@tdkt/server-seed';
import { writeWorkflowBundle } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { TEST_DEMO_PASSWORD } from '../support/system';

const NAMESPACE = 'tdkt';

/**
 * The whole system on its own servers, which the fault suite may break: a PostgreSQL cluster it can
 * freeze (SIGSTOP on every one of its processes) or stop, a Temporal dev server on a SQLite file it can
 * kill -9 and start again where it was, and the real API and worker processes, which it never restarts
 * except the worker it kills. Nothing here is shared with the integration suite's servers.
 */
export class FaultSystem {
  readonly apiUrl: string;
  /** The test's own connection to the database, for ground truth; reconnects after an outage. */
  db!: DataSource;
  temporal!: Client;
  postgres!: RunningPostgres;
  temporalServer!: RunningDevServer;
  api!: ManagedProcess;
  worker!: ManagedProcess;
  private connection!: Connection;

  private constructor(
    private readonly scratch: string,
    private readonly ports: { pg: number; temporal: number; api: number },
    private readonly env: NodeJS.ProcessEnv,
    private readonly temporalBinary: string,
  ) {
    this.apiUrl = `http://127.0.0.1:${ports.api}`;
  }

  static async start(): Promise<FaultSystem> {
    const scratch = mkdtempSync(join(tmpdir(), 'tdkt-faults-'));
    // As root, PostgreSQL runs as the OS user "postgres", which must be able to enter this folder.
    chmodSync(scratch, 0o755);
    const ports = { pg: await freePort(), temporal: await freePort(), api: await freePort() };
    const bundle = join(scratch, 'workflow-bundle.js');
    const [binary] = await Promise.all([ensureTemporalCli(), writeWorkflowBundle(bundle)]);
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: `postgres://tdkt:tdkt-local@127.0.0.1:${ports.pg}/tdkt`,
      TEMPORAL_ADDRESS: `127.0.0.1:${ports.temporal}`,
      TEMPORAL_NAMESPACE: NAMESPACE,
      TEMPORAL_TASK_QUEUE: 'tdkt-faults',
      RULES_AS_OF: '2024-12-16',
      DISCLOSURE_HELD_OUTSIDE: 'true',
      INTEGRATION_HMAC_SECRET: 'fault-suite-integration-secret-0123456789',
      WORKFLOW_BUNDLE_PATH: bundle,
      API_PORT: String(ports.api),
      PUBLIC_API_URL: `http://127.0.0.1:${ports.api}`,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      JWT_ACCESS_TTL_SECONDS: '7200',
      LOGIN_RATE_LIMIT: '10000',
      // Short deadlines, so that an outage answers 503 quickly rather than holding requests.
      API_DATABASE_TIMEOUT_SECONDS: '3',
      API_TEMPORAL_TIMEOUT_SECONDS: '5',
    };
    const system = new FaultSystem(scratch, ports, env, binary);
    await Promise.all([system.startPostgres(), system.startTemporal()]);
    await migrateUp(system.postgres.url);
    await system.connectDatabase();
    await seedDemoData(system.db);
    await seedDemoAccounts(system.db, TEST_DEMO_PASSWORD);
    system.connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS! });
    system.temporal = new Client({ connection: system.connection, namespace: NAMESPACE });
    await system.startWorker();
    system.api = startNodeApp('api', 'apps/api/src/main.ts', env, join(scratch, 'logs'));
    await waitForHttpOk(`${system.apiUrl}/health/ready`, system.api, 120_000);
    return system;
  }

  async startPostgres(): Promise<void> {
    this.postgres = await startEmbeddedPostgres({
      dataDir: join(this.scratch, 'postgres'),
      port: this.ports.pg,
      database: 'tdkt',
      logFile: join(this.scratch, 'logs', 'postgres.log'),
      persistent: true,
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    });
  }

  async startTemporal(): Promise<void> {
    this.temporalServer = await startTemporalDevServer({
      binary: this.temporalBinary,
      namespace: NAMESPACE,
      port: this.ports.temporal,
      dbFile: join(this.scratch, 'temporal.db'),
      logFile: join(this.scratch, 'logs', 'temporal.log'),
    });
  }

  async startWorker(): Promise<void> {
    this.worker = startNodeApp(
      'worker',
      'apps/worker/src/main.ts',
      this.env,
      join(this.scratch, 'logs'),
    );
    await this.worker.waitForLine(/worker started/, 120_000);
  }

  /** kill -9 of the worker: its activities in flight end without a word. */
  async killWorker(): Promise<void> {
    await this.worker.stop('SIGKILL');
  }

  /** kill -9 of the Temporal server, then (after `downMs`) the same server on the same file. */
  async killTemporal(): Promise<void> {
    await this.temporalServer.process.stop('SIGKILL');
  }

  /** Every process of the cluster stops running (SIGSTOP): connections stay open and nothing answers. */
  freezePostgres(): void {
    this.signalPostgres('SIGSTOP');
  }

  thawPostgres(): void {
    this.signalPostgres('SIGCONT');
  }

  /** PostgreSQL's fast shutdown; `startPostgres` starts it again on the same port and data. */
  async stopPostgres(): Promise<void> {
    await this.postgres.process.stop('SIGINT', 30_000);
  }

  /** Until /health/ready answers 200: PostgreSQL, Temporal and a worker are all there. */
  async waitUntilReady(timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const response = await fetch(`${this.apiUrl}/health/ready`, {
          signal: AbortSignal.timeout(5_000),
        });
        if (response.status === 200) return;
      } catch {
        // Not answering yet.
      }
      if (Date.now() > deadline) throw new Error('the system did not become ready again');
      await delay(250);
    }
  }

  async stop(): Promise<void> {
    this.thawPostgres();
    await Promise.allSettled([this.api?.stop(), this.worker?.stop()]);
    await this.connection?.close().catch(() => undefined);
    await this.db?.destroy().catch(() => undefined);
    await this.temporalServer?.stop().catch(() => undefined);
    await this.postgres?.stop().catch(() => undefined);
    rmSync(this.scratch, { recursive: true, force: true });
  }

  private async connectDatabase(): Promise<void> {
    this.db = createDataSource({
      url: this.postgres.url,
      poolSize: 4,
      applicationName: 'tdkt-faults',
    });
    await this.db.initialize();
  }

  private signalPostgres(signal: NodeJS.Signals): void {
    const pid = this.postgres?.process.pid;
    if (pid === undefined || !this.postgres.process.running) return;
    // Each backend runs in a session of its own (PostgreSQL calls setsid), so the postmaster's group
    // is not enough: signal it first (no new backends), then each of its children.
    process.kill(pid, signal);
    for (const child of childrenOf(pid)) {
      try {
        process.kill(child, signal);
      } catch {
        // Ended meanwhile.
      }
    }
  }
}

/** The processes whose parent is `pid` (Linux: /proc/<pid>/stat). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces, so read after the last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return children;
}
