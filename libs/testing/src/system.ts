import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Client, Connection } from '@temporalio/client';
import { freePort, type ManagedProcess, startNodeApp, waitForHttpOk } from '@tdkt/infra';
import { createDataSource } from '@tdkt/server-database';
import { seedDemoAccounts, seedDemoData } from '@tdkt/server-seed';
import type { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from './postgres';
import { createTestNamespace } from './temporal';

/** The password of every demo account in tests and benchmarks. */
export const TEST_DEMO_PASSWORD = 'test-demo-password-2024';

/** The secret the API and worker share with other systems (INTEGRATION_HMAC_SECRET) in tests. */
export const TEST_INTEGRATION_SECRET = 'test-integration-secret-0123456789abcdef';

/** A running API and worker on their own database and task queue. */
export interface TestSystem {
  apiUrl: string;
  databaseUrl: string;
  namespace: string;
  taskQueue: string;
  /** Direct access to the system's database, for assertions and set-up. */
  db: DataSource;
  temporal: Client;
  api: ManagedProcess;
  worker: ManagedProcess;
  /** Starts the worker again after it was stopped or killed, with `env` added (e.g. another workflow bundle). */
  restartWorker(env?: NodeJS.ProcessEnv): Promise<ManagedProcess>;
  stop(): Promise<void>;
}

export interface TestSystemOptions {
  /** Extra environment of both the API and the worker (e.g. RULES_PROFILE, RULES_AS_OF). */
  env?: NodeJS.ProcessEnv;
  /** Extra environment of the API process (e.g. a low LOGIN_RATE_LIMIT, OIDC settings); a function gets the system's database URL. */
  apiEnv?: NodeJS.ProcessEnv | ((databaseUrl: string) => NodeJS.ProcessEnv);
  /** Extra environment of the worker process; a function gets the system's database URL (to put a proxy before it). */
  workerEnv?: NodeJS.ProcessEnv | ((databaseUrl: string) => NodeJS.ProcessEnv);
  /** Node options of both processes that NODE_OPTIONS may not carry (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

/** Where the shared services are: a PostgreSQL cluster with the migrated template, a Temporal server, a workflow bundle. */
export interface SharedServices {
  pgAdminUrl: string;
  temporalAddress: string;
  workflowBundle: string;
}

/**
 * Starts the real API and worker processes (the same entry points `npm start` runs) against a fresh
 * database cloned from the migrated template and seeded with the demo organisations and demo
 * accounts (password TEST_DEMO_PASSWORD), in a namespace and task queue of their own.
 */
export async function startSystem(
  services: SharedServices,
  options: TestSystemOptions = {},
): Promise<TestSystem> {
  const id = randomBytes(4).toString('hex');
  const adminUrl = services.pgAdminUrl;
  const databaseName = `it_${id}`;
  const databaseUrl = await createTestDatabase(adminUrl, databaseName);
  const db = createDataSource({ url: databaseUrl, poolSize: 4, applicationName: 'tdkt-test' });
  await db.initialize();
  await seedDemoData(db);
  await seedDemoAccounts(db, TEST_DEMO_PASSWORD);
  const jwtSecret = randomBytes(48).toString('base64url');

  const apiPort = await freePort();
  const taskQueue = `it-${id}`;
  const namespace = `it-${id}`;
  const connection = await Connection.connect({ address: services.temporalAddress });
  await createTestNamespace(connection, namespace);
  const logDir = join(tmpdir(), `tdkt-it-logs-${id}`);
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: services.temporalAddress,
    TEMPORAL_NAMESPACE: namespace,
    TEMPORAL_TASK_QUEUE: taskQueue,
    // The seed is the 2024 Cẩm Mỹ organisation (a district still existed): replay that period's rules.
    RULES_AS_OF: '2024-12-16',
    INTEGRATION_HMAC_SECRET: TEST_INTEGRATION_SECRET,
    WORKFLOW_BUNDLE_PATH: services.workflowBundle,
    API_PORT: String(apiPort),
    // Where other systems call back (the worker names it in dossiers it forwards).
    PUBLIC_API_URL: `http://127.0.0.1:${apiPort}`,
    ...options.env,
  };
  const workerEnv =
    typeof options.workerEnv === 'function'
      ? options.workerEnv(databaseUrl)
      : (options.workerEnv ?? {});
  const launchWorker = (extra: NodeJS.ProcessEnv = {}) =>
    startNodeApp(
      'worker',
      'apps/worker/src/main.ts',
      { ...env, ...workerEnv, ...extra },
      logDir,
      options.nodeArgs,
    );
  const workerStarted = (started: ManagedProcess) => started.waitForLine(/worker started/, 60_000);
  const apiEnv: NodeJS.ProcessEnv = {
    ...env,
    JWT_SECRET: jwtSecret,
    // Test files sign in many times from one address; the rate limit has its own test.
    LOGIN_RATE_LIMIT: '10000',
    ...(typeof options.apiEnv === 'function' ? options.apiEnv(databaseUrl) : options.apiEnv),
  };
  // Both load at once (most of a start is loading modules); the API is ready only once a worker polls.
  let worker = launchWorker();
  const api = startNodeApp('api', 'apps/api/src/main.ts', apiEnv, logDir, options.nodeArgs);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  try {
    await Promise.all([
      workerStarted(worker),
      waitForHttpOk(`${apiUrl}/health/ready`, api, 60_000),
    ]);
  } catch (error) {
    await Promise.all([api.stop(), worker.stop()]);
    throw error;
  }

  const temporal = new Client({ connection, namespace });

  return {
    apiUrl,
    databaseUrl,
    namespace,
    taskQueue,
    db,
    temporal,
    api,
    get worker() {
      return worker;
    },
    async restartWorker(extra?: NodeJS.ProcessEnv) {
      await worker.stop();
      worker = launchWorker(extra);
      await workerStarted(worker);
      return worker;
    },
    async stop() {
      await Promise.all([api.stop(), worker.stop()]);
      await connection.close();
      await db.destroy();
      await dropTestDatabase(adminUrl, databaseName);
    },
  };
}

/** Where requests go, and (optionally) whose bearer token they carry unless a request names another. */
export interface ApiCaller {
  apiUrl: string;
  token?: string;
}

/** Sends a JSON request to the API (signed in with a token, if any) and returns status, headers and parsed body. */
export async function request<T = unknown>(
  caller: ApiCaller,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; token?: string } = {},
): Promise<{ status: number; headers: Headers; body: T }> {
  const token = options.token ?? caller.token;
  const response = await fetch(`${caller.apiUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

/** What POST /api/v1/auth/login answers. */
export interface LogInBody {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; username: string; grants: { role: string; unitId: string }[] };
}

/** Signs in through the API (a demo account with the test password by default) and returns its answer. */
export async function logIn(
  system: Pick<TestSystem, 'apiUrl'>,
  username: string,
  password = TEST_DEMO_PASSWORD,
): Promise<LogInBody> {
  const response = await request<LogInBody>(system, 'POST', '/api/v1/auth/login', {
    body: { username, password },
  });
  if (response.status !== 200)
    throw new Error(
      `log-in of ${username} answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  return response.body;
}

/** Signs each account in (see `logIn`) and records its access token and user id by username. */
export async function signInAll(
  system: Pick<TestSystem, 'apiUrl'>,
  usernames: readonly string[],
  into: { tokens: Record<string, string>; ids: Record<string, string> },
): Promise<void> {
  for (const username of usernames) {
    const session = await logIn(system, username);
    into.tokens[username] = session.accessToken;
    into.ids[username] = session.user.id;
  }
}

/** The id of a seed unit by its code. */
export async function unitIdOf(system: Pick<TestSystem, 'db'>, code: string): Promise<string> {
  const [unit] = await system.db.query<{ id: string }[]>(`SELECT id FROM units WHERE code = $1`, [
    code,
  ]);
  if (unit === undefined) throw new Error(`no unit ${code}`);
  return unit.id;
}
