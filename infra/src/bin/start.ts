/* eslint-disable no-console -- the launcher talks to a person in a terminal */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { TaskQueue } from '@tdkt/contracts';
import { createDataSource, migrateUp } from '@tdkt/server-database';
import {
  type DemoAccount,
  seedDemoAccounts,
  seedDemoClusters,
  seedDemoData,
  seedDemoPlan,
} from '@tdkt/server-seed';
import { startNodeApp, waitForHttpOk } from '../applications';
import { info, step, warn } from '../log';
import { provideDatabase, provideTemporal, type ServiceHandle } from '../local-services';
import { dataDir, WORKSPACE_ROOT } from '../paths';
import { ensureWebAppBuilt } from '../web/web-app-build';
import { portFromEnv } from '../ports';
import { readOrCreateSecret } from '../secrets';
import type { ManagedProcess } from '../process/managed-process';
import { restartPolicyFromEnv } from '../process/restart-policy';
import { type SupervisedProcess, Supervisor } from '../process/supervisor';

/**
 * `npm start`: the whole system on one machine. Embedded PostgreSQL and the Temporal dev server unless
 * DATABASE_URL / TEMPORAL_ADDRESS point elsewhere; then migrations, demo data and demo accounts, the
 * worker and the API. The API's JWT secret and the demo password are generated on the first run and
 * kept under .data/. A process that ends on its own is started again (README: the restart policy).
 * Ctrl-C stops everything in reverse order; data stays under .data/ for the next start.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const data = dataDir();
  const logDir = join(data, 'logs');
  const apiPort = portFromEnv('API_PORT', 3000);
  // Prometheus endpoints on loopback, apart from the API's public port (see docs/operations.md).
  const apiMetricsPort = portFromEnv('API_METRICS_PORT', 9464);
  const workerMetricsPort = portFromEnv('WORKER_METRICS_PORT', 9465);
  const services: ServiceHandle[] = [];
  const apps: SupervisedProcess[] = [];
  let stopping = false;
  const policy = restartPolicyFromEnv(process.env);
  const supervisorStatusFile = join(data, 'supervisor.json');

  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    info('\nStopping…');
    await supervisor.stop();
    for (const app of [...apps].reverse()) await app.current().stop();
    for (const service of [...services].reverse())
      await service.stop().catch((error: unknown) => warn(String(error)));
    info('Stopped. Data is kept in ' + data);
    process.exit(exitCode);
  };
  // Whatever this launcher started ending on its own (a crash, someone killing it) is started again;
  // once restarts keep failing, everything stops, naming it and its log.
  const supervisor = new Supervisor(policy, {
    log: warn,
    giveUp: (service, reason) => {
      warn(`${service.name} ${reason}: giving up; see ${service.logFile}`);
      void stopAll(1);
    },
    statusFile: supervisorStatusFile,
  });
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  process.on('exit', () => apps.forEach((app) => app.current().kill()));

  try {
    const database = await provideDatabase({
      dataDir: data,
      port: portFromEnv('TDKT_PG_PORT', 5433),
      logDir,
    });
    services.push(database);
    const temporal = await provideTemporal({
      dataDir: data,
      port: portFromEnv('TDKT_TEMPORAL_PORT', 7233),
      uiPort: portFromEnv('TDKT_TEMPORAL_UI_PORT', 8233),
      logDir,
    });
    services.push(temporal);

    step('Applying database migrations');
    const applied = await migrateUp(database.url);
    info(applied.length > 0 ? `  applied: ${applied.join(', ')}` : '  schema is up to date');

    step('Loading demo data (first run only; existing rows are kept)');
    const demoPassword =
      process.env.TDKT_DEMO_ACCOUNTS === 'off'
        ? null
        : readOrCreateSecret(join(data, 'demo-password'), 12).value;
    const dataSource = createDataSource({
      url: database.url,
      poolSize: 1,
      applicationName: 'tdkt-seed',
    });
    await dataSource.initialize();
    const demo = await (async () => {
      const seeded = await seedDemoData(dataSource);
      info(`  units created: ${seeded.unitsCreated}`);
      const accounts =
        demoPassword === null ? null : await seedDemoAccounts(dataSource, demoPassword);
      if (accounts) info(`  demo accounts created: ${accounts.created}`);
      const clusters = await seedDemoClusters(dataSource);
      info(`  emulation clusters created: ${clusters.clustersCreated}`);

      step('Loading the 2024 plan 11/KH-UBND and starting its workflow (first run only)');
      const connection = await Connection.connect({ address: temporal.address });
      const plan = await seedDemoPlan({
        dataSource,
        temporal: new Client({ connection, namespace: temporal.namespace }),
        config: { TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE || TaskQueue.main },
        source: readFileSync(join(WORKSPACE_ROOT, 'infra', 'seed', 'plan-2024.yaml'), 'utf8'),
      }).finally(() => connection.close());
      info(
        `  plan ${plan.planId}: ${plan.created ? 'loaded' : 'already there'}; workflow ${plan.workflowId ?? '-'}`,
      );
      return accounts && demoPassword
        ? { password: demoPassword, accounts: accounts.accounts }
        : null;
    })().finally(() => dataSource.destroy());

    const publicApiUrl = process.env.PUBLIC_API_URL ?? `http://127.0.0.1:${apiPort}`;
    const appEnv: NodeJS.ProcessEnv = {
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: temporal.namespace,
      ...(temporal.uiUrl ? { TEMPORAL_UI_URL: temporal.uiUrl } : {}),
      API_PORT: String(apiPort),
      API_METRICS_PORT: String(apiMetricsPort),
      WORKER_METRICS_PORT: String(workerMetricsPort),
      PUBLIC_API_URL: publicApiUrl,
      SUPERVISOR_STATUS_FILE: supervisorStatusFile,
      ...demoDefaults(database.description),
    };
    step('Preparing the web app');
    const web = await ensureWebAppBuilt((message) => info(`  ${message}`));
    info(web.built ? `  built in ${web.seconds}s` : '  up to date');

    step('Starting the worker (bundles the workflow code on start)');
    const worker = await supervised('worker', async () => {
      const started = startNodeApp('worker', 'apps/worker/src/main.ts', appEnv, logDir);
      await started.waitForLine(/worker started/, 180_000).catch(async (error: unknown) => {
        await started.stop();
        throw error;
      });
      return started;
    });
    apps.push(worker);

    step('Starting the API');
    // Only the API signs tokens, so only the API gets the key.
    const jwtSecret =
      process.env.JWT_SECRET || readOrCreateSecret(join(data, 'jwt-secret'), 48).value;
    const startApi = async (readiness: 'live' | 'ready') => {
      const started = startNodeApp(
        'api',
        'apps/api/src/main.ts',
        // The sign-in page lists the demo accounts only where this launcher made them.
        { ...appEnv, JWT_SECRET: jwtSecret, ...(demo ? { DEMO_ACCOUNTS_ON_SIGN_IN: 'true' } : {}) },
        logDir,
      );
      await waitForHttpOk(`http://127.0.0.1:${apiPort}/health/${readiness}`, started).catch(
        async (error: unknown) => {
          await started.stop();
          throw error;
        },
      );
      return started;
    };
    // At first the whole system must be ready; a restarted API serves as soon as it listens.
    const api = await supervised('api', startApi, () => startApi('live'));
    apps.push(api);

    for (const service of [...services, ...apps].flatMap(watchable)) supervisor.watch(service);
    printReady({
      supervisorStatusFile,
      policy: { maxRestarts: policy.maxRestarts, windowSeconds: policy.windowMs / 1000 },
      metricsUrls: [
        `http://127.0.0.1:${apiMetricsPort}/metrics`,
        `http://127.0.0.1:${workerMetricsPort}/metrics`,
      ],
      rulesAsOf: appEnv.RULES_AS_OF,
      disclosureHeldOutside: appEnv.DISCLOSURE_HELD_OUTSIDE === 'true',
      apiUrl: publicApiUrl,
      temporalUi: temporal.uiUrl,
      database: database.description,
      temporal: temporal.description,
      logDir,
      seconds: Math.round((Date.now() - started) / 1000),
      demo,
      dataDir: data,
    });
  } catch (error) {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }

  /** Starts an app and describes how to start it again. */
  async function supervised(
    name: string,
    start: (readiness: 'live' | 'ready') => Promise<ManagedProcess>,
    restart: () => Promise<ManagedProcess> = () => start('ready'),
  ): Promise<SupervisedProcess> {
    let current = await start('ready');
    return {
      name,
      logFile: join(logDir, `${name}.log`),
      current: () => current,
      restart: async () => {
        current = await restart();
        return current;
      },
    };
  }
}

/** An embedded service or an app as the supervisor keeps it; an external service is not ours to restart. */
function watchable(service: ServiceHandle | SupervisedProcess): SupervisedProcess[] {
  if ('current' in service) return [service];
  const { process: started, restart, logFile } = service;
  if (started === undefined || restart === undefined || logFile === undefined) return [];
  return [
    {
      name: started.name,
      logFile,
      current: () => service.process ?? started,
      restart: () => restart.call(service),
    },
  ];
}

/**
 * The embedded demo is the 2024 Cẩm Mỹ organisation, when a district level still existed: unless told
 * otherwise it replays that period's rules, and takes the nominees' public disclosure as held by the
 * schools before they submit, so that a dossier voted by the council reaches the leader the same day
 * instead of after a 5-working-day window. A deployment on its own database uses today's rules and
 * holds the disclosure window in the engine unless it says otherwise.
 */
function demoDefaults(database: string): NodeJS.ProcessEnv {
  const embedded = database.startsWith('embedded');
  const rulesAsOf = process.env.RULES_AS_OF ?? (embedded ? DEMO_RULES_AS_OF : undefined);
  const disclosure = process.env.DISCLOSURE_HELD_OUTSIDE ?? (embedded ? 'true' : undefined);
  return {
    ...(rulesAsOf === undefined ? {} : { RULES_AS_OF: rulesAsOf }),
    ...(disclosure === undefined ? {} : { DISCLOSURE_HELD_OUTSIDE: disclosure }),
  };
}

const DEMO_RULES_AS_OF = '2024-12-16';

/** How the banner introduces each demo cycle's accounts. */
const DEMO_CYCLES: readonly { cycle: DemoAccount['cycle']; title: string }[] = [
  {
    cycle: '2026',
    title:
      "2026 cycle — xã Cẩm Mỹ, Thành phố Đồng Nai, two-tier local government, today's rules (dossiers for 2025 and later):",
  },
  {
    cycle: '2024',
    title:
      '2024 cycle — huyện Cẩm Mỹ, replayed under the district-level rules of RULES_AS_OF (dossiers for 2024; their documents say they are a replay):',
  },
  { cycle: 'both', title: 'Both cycles — Thành phố Đồng Nai (Sở Nội vụ):' },
];

function printReady(details: {
  supervisorStatusFile: string;
  policy: { maxRestarts: number; windowSeconds: number };
  metricsUrls: string[];
  rulesAsOf?: string;
  disclosureHeldOutside: boolean;
  apiUrl: string;
  temporalUi?: string;
  database: string;
  temporal: string;
  logDir: string;
  seconds: number;
  demo: { password: string; accounts: readonly DemoAccount[] } | null;
  dataDir: string;
}): void {
  const lines = [
    '',
    `✓ TĐKT is running (started in ${details.seconds}s). Press Ctrl-C to stop.`,
    '',
    `  Web app         ${details.apiUrl}/   ← open this in a browser${details.demo ? ` (e.g. as ${details.demo.accounts[0]?.username ?? 'demo.officer.thlg'})` : ''}`,
    `  API             ${details.apiUrl}`,
    `  API docs        ${details.apiUrl}/api/docs   (OpenAPI: ${details.apiUrl}/api/openapi.json)`,
    `  Health          ${details.apiUrl}/health/ready`,
    `  Metrics         ${details.metricsUrls.join('   ')}`,
    ...(details.temporalUi
      ? [
          `  Temporal UI     ${details.temporalUi}/namespaces/${process.env.TEMPORAL_NAMESPACE || 'tdkt'}/workflows`,
        ]
      : []),
    `  PostgreSQL      ${details.database}`,
    `  Temporal        ${details.temporal}`,
    `  Logs            ${details.logDir}`,
    `  Restarts        a process that ends on its own is started again (at most ${details.policy.maxRestarts} times in ${details.policy.windowSeconds} s; status in ${details.supervisorStatusFile})`,
    ...(details.rulesAsOf
      ? [
          `  Rules as of     ${details.rulesAsOf} for dossiers of ${details.rulesAsOf.slice(0, 4)} and before (replaying the 2024 demo cycle); later years run under today's rules`,
        ]
      : []),
    ...(details.disclosureHeldOutside
      ? [
          `  Disclosure      held by the units before submission (DISCLOSURE_HELD_OUTSIDE=false keeps the window in the engine)`,
        ]
      : []),
    '',
    ...(details.demo ? demoAccountLines(details.apiUrl, details.dataDir, details.demo) : []),
  ];
  console.log(lines.join('\n'));
}

function demoAccountLines(
  apiUrl: string,
  dataDir: string,
  demo: { password: string; accounts: readonly DemoAccount[] },
): string[] {
  const width = Math.max(...demo.accounts.map((account) => account.username.length));
  const roleWidth = Math.max(...demo.accounts.map((account) => account.role.length));
  const unitWidth = Math.max(...demo.accounts.map((account) => account.grantUnitCode.length));
  const line = (account: DemoAccount) =>
    `    ${account.username.padEnd(width)}  ${account.role.padEnd(roleWidth)}  on ${account.grantUnitCode.padEnd(unitWidth)}  ${account.fullName}`;
  return [
    `  DEMO accounts — for trying the system only; never use them for real dossiers.`,
    `  Password of every demo account: ${demo.password}   (kept in ${join(dataDir, 'demo-password')}; TDKT_DEMO_ACCOUNTS=off skips them)`,
    '',
    ...DEMO_CYCLES.flatMap(({ cycle, title }) => {
      const accounts = demo.accounts.filter((account) => account.cycle === cycle);
      return accounts.length === 0 ? [] : [`  ${title}`, ...accounts.map(line), ''];
    }),
    `  Sign in:  curl -s -X POST ${apiUrl}/api/v1/auth/login -H 'content-type: application/json' \\`,
    `              -d '{"username":"${demo.accounts[0]?.username ?? 'demo.admin'}","password":"${demo.password}"}'`,
    '',
  ];
}

void main();
