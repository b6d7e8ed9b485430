import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { searchAttributeCliArgs } from '@tdkt/contracts';
import { ManagedProcess } from '../process/managed-process';

/**
 * SQLite settings of the dev server's state file. Without them SQLite keeps a rollback journal and
 * syncs the disk on every commit (about 5.5 simple workflows/s on 2 cores). With a write-ahead log and
 * `synchronous=NORMAL`, a committed transaction survives the Temporal process crashing or being killed;
 * only a power loss or kernel crash can lose the last few commits (the database file itself stays
 * consistent). That is what `npm start` runs: nearly twice the throughput, nothing lost to a crash.
 */
export const DURABLE_SQLITE_PRAGMAS = ['journal_mode=WAL', 'synchronous=NORMAL'] as const;

/**
 * What Temporal's own nightly throughput job runs: the write-ahead log without syncing at all. A crash
 * of the Temporal process still loses nothing committed (the log is in the OS page cache), but a power
 * loss or an OS crash may lose recent commits or corrupt the file. For benchmarks, never for data
 * someone relies on.
 */
export const THROUGHPUT_SQLITE_PRAGMAS = ['journal_mode=WAL', 'synchronous=OFF'] as const;

/** `--sqlite-pragma` arguments of the dev server for these settings. */
export function sqlitePragmaArgs(pragmas: readonly string[]): string[] {
  return pragmas.flatMap((pragma) => ['--sqlite-pragma', pragma]);
}

export interface DevServerOptions {
  binary: string;
  namespace: string;
  port: number;
  /** Omit to run headless. */
  uiPort?: number;
  /** SQLite file; omit for an in-memory server that forgets everything when it stops. */
  dbFile?: string;
  logFile: string;
  extraArgs?: string[];
}

export interface RunningDevServer {
  address: string;
  uiUrl?: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev` with the project's namespace and search attributes, and waits until it answers. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--namespace',
    options.namespace,
    ...searchAttributeCliArgs().flatMap((pair) => ['--search-attribute', pair]),
    ...(options.uiPort === undefined ? ['--headless'] : ['--ui-port', String(options.uiPort)]),
    ...(options.dbFile === undefined ? [] : ['--db-filename', options.dbFile]),
    ...(options.extraArgs ?? []),
  ];
  if (options.dbFile) mkdirSync(dirname(options.dbFile), { recursive: true });
  const server = new ManagedProcess('temporal', options.binary, args, {
    logFile: options.logFile,
    consoleLine: (line) =>
      /level=(error|fatal)/i.test(line) && !/context canceled/.test(line) ? line : undefined,
  });
  const address = `127.0.0.1:${options.port}`;
  await waitForNamespace(address, options.namespace, server);
  return {
    address,
    uiUrl: options.uiPort === undefined ? undefined : `http://127.0.0.1:${options.uiPort}`,
    process: server,
    stop: () => server.stop('SIGTERM', 15_000),
  };
}

async function waitForNamespace(
  address: string,
  namespace: string,
  server: ManagedProcess,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!server.running) {
      throw new Error(`The Temporal dev server exited while starting:\n${server.recentOutput()}`);
    }
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await delay(250);
    }
  }
  await server.stop('SIGKILL');
  throw new Error(
    `The Temporal dev server did not answer on ${address} within 60 s: ${String(lastError)}\n${server.recentOutput()}`,
  );
}
