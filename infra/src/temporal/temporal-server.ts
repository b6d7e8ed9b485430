import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { SearchAttributeType } from '@temporalio/common';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { SearchAttributes } from '@tdkt/contracts';
import { goInstall, isExecutable } from '../go/go-install';
import { cacheDir } from '../paths';
import { isPortFree } from '../ports';
import { ManagedProcess } from '../process/managed-process';
import { runCommand } from '../process/run-command';

/**
 * The Temporal server release the pinned CLI (v1.5.1) embeds: its go.mod requires
 * go.temporal.io/server v1.29.1. The full server and the CLI's dev server then run the same code.
 */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const SERVER_MODULE = 'go.temporal.io/server';

export interface TemporalServerBinaries {
  server: string;
  sqlTool: string;
}

/** Where the server and its schema tool are cached once built. */
export function cachedTemporalServerBinaries(): TemporalServerBinaries {
  const dir = join(cacheDir(), 'temporal-server', TEMPORAL_SERVER_VERSION);
  return { server: join(dir, 'temporal-server'), sqlTool: join(dir, 'temporal-sql-tool') };
}

/**
 * The full Temporal server (frontend, history, matching and worker services in one process) and
 * `temporal-sql-tool`, built once with `go install` through the Go module proxy and then cached.
 */
export async function ensureTemporalServer(): Promise<TemporalServerBinaries> {
  const binaries = cachedTemporalServerBinaries();
  if (isExecutable(binaries.server) && isExecutable(binaries.sqlTool)) return binaries;
  await goInstall({
    what: `the Temporal server ${TEMPORAL_SERVER_VERSION} and temporal-sql-tool`,
    packages: [
      `${SERVER_MODULE}/cmd/server@${TEMPORAL_SERVER_VERSION}`,
      `${SERVER_MODULE}/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
    ],
    targetDir: join(binaries.server, '..'),
    binaries: { server: 'temporal-server', sql: 'temporal-sql-tool' },
    minutes: 20,
    failure: (message) => new Error(message),
  });
  return binaries;
}

/** A PostgreSQL server the Temporal cluster keeps its state in (its own databases, not the app's). */
export interface TemporalPostgres {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Execution state: workflows, histories, task queues, namespaces. */
  database: string;
  /** What List/Count workflow queries read; custom search attributes live here. */
  visibilityDatabase: string;
}

/**
 * Creates both databases and brings their schemas to the version this server needs, with the
 * server's own `temporal-sql-tool` and the schemas embedded in it. Safe to run again: an existing
 * database is kept and `update-schema` applies only what is missing (what an upgrade does too).
 */
export async function setupTemporalSchemas(sqlTool: string, pg: TemporalPostgres): Promise<void> {
  for (const [database, schema] of [
    [pg.database, 'postgresql/v12/temporal'],
    [pg.visibilityDatabase, 'postgresql/v12/visibility'],
  ] as const) {
    const connection = [
      '--plugin',
      'postgres12',
      '--ep',
      pg.host,
      '--port',
      String(pg.port),
      '--user',
      pg.user,
      '--password',
      pg.password,
      '--db',
      database,
    ];
    const run = async (args: string[]) => {
      const result = await runCommand(sqlTool, [...connection, ...args]);
      if (result.code !== 0)
        throw new Error(
          `temporal-sql-tool ${args[0]} on ${database} failed (exit ${result.code}):\n${result.output}`,
        );
      return result.output;
    };
    const created = await runCommand(sqlTool, [...connection, 'create-database']);
    if (created.code !== 0 && !/already exists/.test(created.output))
      throw new Error(`temporal-sql-tool create-database ${database} failed:\n${created.output}`);
    const versioned = await runCommand(sqlTool, [...connection, 'setup-schema', '-v', '0.0']);
    // setup-schema only creates the version table; on a database set up before it says so and fails.
    if (versioned.code !== 0 && !/already exists/.test(versioned.output))
      throw new Error(`temporal-sql-tool setup-schema ${database} failed:\n${versioned.output}`);
    await run(['update-schema', '--schema-name', schema]);
  }
}

/**
 * A free port for the Temporal server. Its cluster membership table stores ports as SMALLINT on
 * PostgreSQL, so a port the OS hands out (32768 and above on Linux) stops the server at boot.
 */
export async function freeTemporalPort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await isPortFree(port)) return port;
  }
  throw new Error('no free port between 20000 and 32000 for the Temporal server');
}

export interface TemporalServerOptions {
  binary: string;
  /** Config and log folder of this server. */
  rootDir: string;
  postgres: TemporalPostgres;
  /** The frontend's gRPC port (clients, workers); below 32768 (see freeTemporalPort). */
  port: number;
  namespace: string;
  /** Execution history kept after a workflow closes. */
  retentionDays?: number;
  /**
   * History shards: fixed for the life of the cluster (changing it means a new cluster). 4 is enough on
   * one machine; docs/deployment.md gives the production figure.
   */
  historyShards?: number;
}

export interface RunningTemporalServer {
  address: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/**
 * Starts the full Temporal server on PostgreSQL persistence and visibility (schemas already set up),
 * then registers the project's namespace and custom search attributes if they are missing.
 */
export async function startTemporalServer(
  options: TemporalServerOptions,
): Promise<RunningTemporalServer> {
  const configDir = join(options.rootDir, 'config');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(join(configDir, 'tdkt.yaml'), await serverConfig(options));
  const server = new ManagedProcess(
    'temporal-server',
    options.binary,
    ['--root', options.rootDir, '--config', 'config', '--env', 'tdkt', '--allow-no-auth', 'start'],
    {
      logFile: join(options.rootDir, 'temporal-server.log'),
      consoleLine: (line) => (/"level":"(fatal|dpanic|panic)"/.test(line) ? line : undefined),
    },
  );
  const address = `127.0.0.1:${options.port}`;
  try {
    await registerNamespace(address, options, server);
  } catch (error) {
    await server.stop('SIGKILL');
    throw error;
  }
  return { address, process: server, stop: () => server.stop('SIGTERM', 30_000) };
}

async function serverConfig(options: TemporalServerOptions): Promise<string> {
  const pg = options.postgres;
  const store = (database: string, maxConns: number) => `      sql:
        pluginName: postgres12
        databaseName: ${database}
        connectAddr: "${pg.host}:${pg.port}"
        connectProtocol: tcp
        user: ${pg.user}
        password: "${pg.password}"
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: 1h`;
  const service = async (grpcPort: number, extra = '') => `    rpc:
      grpcPort: ${grpcPort}
      membershipPort: ${await freeTemporalPort()}
      bindOnLocalHost: true${extra}`;
  return `# Written by infra/src/temporal/temporal-server.ts for one local run; see docs/deployment.md.
log:
  stdout: true
  level: warn
persistence:
  defaultStore: default
  visibilityStore: visibility
  numHistoryShards: ${options.historyShards ?? 4}
  datastores:
    default:
${store(pg.database, 10)}
    visibility:
${store(pg.visibilityDatabase, 4)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: 127.0.0.1
services:
  frontend:
${await service(options.port, `\n      httpPort: ${await freeTemporalPort()}`)}
  history:
${await service(await freeTemporalPort())}
  matching:
${await service(await freeTemporalPort())}
  worker:
${await service(await freeTemporalPort())}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: 127.0.0.1:${options.port}
dcRedirectionPolicy:
  policy: noop
`;
}

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;
/** The SDK's search attribute types as the server's API names them (operator `addSearchAttributes`). */
export const INDEXED_VALUE_TYPES: Record<
  SearchAttributeType,
  temporal.api.enums.v1.IndexedValueType
> = {
  [SearchAttributeType.TEXT]: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  [SearchAttributeType.KEYWORD]: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  [SearchAttributeType.INT]: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  [SearchAttributeType.DOUBLE]: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  [SearchAttributeType.BOOL]: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  [SearchAttributeType.DATETIME]: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  [SearchAttributeType.KEYWORD_LIST]: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** What `temporal operator namespace create` and `search-attribute create` do, from code, once. */
async function registerNamespace(
  address: string,
  options: TemporalServerOptions,
  server: ManagedProcess,
): Promise<void> {
  const connection = await connectWhenUp(address, server);
  try {
    const namespace = options.namespace;
    const exists = await connection.workflowService
      .describeNamespace({ namespace })
      .then(() => true)
      .catch(() => false);
    if (!exists)
      await connection.workflowService.registerNamespace({
        namespace,
        workflowExecutionRetentionPeriod: msToTs(`${options.retentionDays ?? 30} days`),
      });
    // A new namespace reaches every service's cache within its refresh interval (10 s).
    await until(
      () =>
        connection.operatorService
          .listSearchAttributes({ namespace })
          .then(() => true)
          .catch(() => false),
      60_000,
      `namespace ${namespace} did not become usable`,
    );
    const known = await connection.operatorService.listSearchAttributes({ namespace });
    const missing = Object.values(SearchAttributes).filter(
      (key) => !(key.name in (known.customAttributes ?? {})),
    );
    if (missing.length > 0) {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(
          missing.map((key) => [key.name, INDEXED_VALUE_TYPES[key.type]]),
        ),
      });
      // Workflows upsert them from their first task: wait until the namespace cache has them too.
      await delay(11_000);
    }
  } finally {
    await connection.close();
  }
}

async function connectWhenUp(address: string, server: ManagedProcess): Promise<Connection> {
  const deadline = Date.now() + 120_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!server.running)
      throw new Error(`The Temporal server exited while starting:\n${server.recentOutput()}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      await connection.workflowService.getSystemInfo({});
      return connection;
    } catch (error) {
      lastError = error;
      await delay(500);
    }
  }
  throw new Error(
    `The Temporal server did not answer on ${address} within 120 s: ${String(lastError)}\n${server.recentOutput()}`,
  );
}

async function until(check: () => Promise<boolean>, timeoutMs: number, failure: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(failure);
    await delay(500);
  }
}
