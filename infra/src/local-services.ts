import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TEMPORAL_NAMESPACE } from '@tdkt/contracts';
import { checkDatabaseConnection } from '@tdkt/server-database';
import { connectToTemporal } from '@tdkt/server-temporal-client';
import { info, step } from './log';
import { isPortFree } from './ports';
import type { ManagedProcess } from './process/managed-process';
import { startEmbeddedPostgres } from './postgres/embedded-postgres';
import {
  DURABLE_SQLITE_PRAGMAS,
  sqlitePragmaArgs,
  startTemporalDevServer,
} from './temporal/dev-server';
import { ensureTemporalCli } from './temporal/temporal-cli';

export interface ServiceHandle {
  /** What to print: where it runs and whether this process started it. */
  description: string;
  /** The process this launcher started for it (none for an external service), to notice if it ends. */
  process?: ManagedProcess;
  /** Its log file, when this launcher started it. */
  logFile?: string;
  /** Starts the embedded server again on the same data after it ended, and waits until it answers. */
  restart?(): Promise<ManagedProcess>;
  stop(): Promise<void>;
}

export interface DatabaseService extends ServiceHandle {
  url: string;
}

export interface TemporalService extends ServiceHandle {
  address: string;
  namespace: string;
  uiUrl?: string;
}

/** DATABASE_URL when set (checked now, so a typo fails here), otherwise an embedded PostgreSQL under the data folder. */
export async function provideDatabase(options: {
  dataDir: string;
  port: number;
  logDir: string;
}): Promise<DatabaseService> {
  const external = process.env.DATABASE_URL;
  if (external) {
    step('Using the PostgreSQL at DATABASE_URL');
    await checkDatabaseConnection(external);
    return { url: external, description: 'external (DATABASE_URL)', stop: () => Promise.resolve() };
  }
  await assertPortFree(options.port, 'TDKT_PG_PORT', 'PostgreSQL');
  step(
    `Starting embedded PostgreSQL on 127.0.0.1:${options.port} (data in ${join(options.dataDir, 'postgres')})`,
  );
  const logFile = join(options.logDir, 'postgres.log');
  const start = () =>
    startEmbeddedPostgres({
      dataDir: join(options.dataDir, 'postgres'),
      port: options.port,
      database: 'tdkt',
      logFile,
      persistent: true,
    });
  let postgres = await start();
  if (postgres.dataDir !== join(options.dataDir, 'postgres'))
    info(
      `  the OS user "postgres" cannot enter this folder: the cluster is in ${postgres.dataDir} (linked from ${join(options.dataDir, 'postgres')})`,
    );
  return {
    url: postgres.url,
    // The embedded cluster listens on loopback only with a fixed local password: printing its URL
    // lets a person open it with psql to see their dossiers as rows.
    description: `embedded, ${postgres.url}`,
    get process() {
      return postgres.process;
    },
    logFile,
    restart: async () => {
      postgres = await start();
      return postgres.process;
    },
    stop: () => postgres.stop(),
  };
}

/** TEMPORAL_ADDRESS when set (checked now), otherwise the Temporal CLI dev server with a SQLite file under the data folder. */
export async function provideTemporal(options: {
  dataDir: string;
  port: number;
  uiPort: number;
  logDir: string;
}): Promise<TemporalService> {
  const namespace = process.env.TEMPORAL_NAMESPACE || DEFAULT_TEMPORAL_NAMESPACE;
  const external = process.env.TEMPORAL_ADDRESS;
  if (external) {
    step(`Using the Temporal cluster at TEMPORAL_ADDRESS=${external}, namespace ${namespace}`);
    const connection = await connectToTemporal({
      address: external,
      namespace,
      connectTimeoutMs: 15_000,
    });
    await connection.close();
    return {
      address: external,
      namespace,
      uiUrl: process.env.TEMPORAL_UI_URL,
      description: `external (${external})`,
      stop: () => Promise.resolve(),
    };
  }
  await assertPortFree(options.port, 'TDKT_TEMPORAL_PORT', 'Temporal');
  await assertPortFree(options.uiPort, 'TDKT_TEMPORAL_UI_PORT', 'the Temporal UI');
  const binary = await ensureTemporalCli();
  const dbFile = join(options.dataDir, 'temporal.db');
  moveEarlierTemporalState(options.dataDir, dbFile);
  step(`Starting the Temporal dev server on 127.0.0.1:${options.port} (state in ${dbFile})`);
  const logFile = join(options.logDir, 'temporal.log');
  const start = () =>
    startTemporalDevServer({
      binary,
      namespace,
      port: options.port,
      uiPort: options.uiPort,
      dbFile,
      logFile,
      extraArgs: sqlitePragmaArgs(DURABLE_SQLITE_PRAGMAS),
    });
  let server = await start();
  return {
    address: server.address,
    namespace,
    uiUrl: server.uiUrl,
    description: `embedded dev server, ${server.address}`,
    get process() {
      return server.process;
    },
    logFile,
    restart: async () => {
      server = await start();
      return server.process;
    },
    stop: () => server.stop(),
  };
}

async function assertPortFree(port: number, variable: string, what: string): Promise<void> {
  if (await isPortFree(port)) return;
  throw new Error(
    `Port ${port} for ${what} is already in use (another "npm start" still running?). Stop it, or choose another port with ${variable}=<port>.`,
  );
}

/**
 * Early versions kept the dev server's SQLite file at .data/temporal/temporal.db; it now lives at
 * .data/temporal.db. Moves an earlier file (with its WAL and shared-memory files) so that no
 * workflow is lost on upgrade.
 */
function moveEarlierTemporalState(dataDir: string, dbFile: string): void {
  const earlier = join(dataDir, 'temporal', 'temporal.db');
  if (!existsSync(earlier) || existsSync(dbFile)) return;
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(earlier + suffix)) renameSync(earlier + suffix, dbFile + suffix);
  if (readdirSync(join(dataDir, 'temporal')).length === 0) rmdirSync(join(dataDir, 'temporal'));
  step(`Moved the Temporal state from ${earlier} to ${dbFile}`);
}
