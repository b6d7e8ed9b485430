import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { annualPlanWorkflowId, DEFAULT_TEMPORAL_NAMESPACE } from '@tdkt/contracts';
import { isPortFree } from '@tdkt/infra';
import { DEMO_ACCOUNTS } from '@tdkt/server-seed';
import { Client as PgClient } from 'pg';
import {
  distinctFreePorts,
  isAlive,
  Launcher,
  newUserEnv,
  parentOf,
  pidListeningOn,
} from '../support/launcher';
import { request } from '../support/system';

/**
 * The first acceptance of the foundation, as a new user tries it: `npm start` on an empty data folder
 * brings up PostgreSQL, Temporal (with its UI), the worker and the API, prints where everything is and
 * the demo accounts; a dossier submitted through the API is a workflow in Temporal and a row in
 * PostgreSQL; Ctrl-C stops everything and frees the ports; a second `npm start` finds everything
 * where it was, without seeding anything twice; a killed worker or Temporal server comes back by
 * itself, and a process whose restarts keep failing stops everything with a clear message. This file runs the real launcher, with nothing from
 * the shared integration services: its own data folder, its own ports.
 */

const NAMESPACE = DEFAULT_TEMPORAL_NAMESPACE;
/** The first start bundles the workflow code; a loaded 2-core machine needs more than the usual minute. */
const FIRST_START_MS = 300_000;
const STOP_MS = 60_000;

jest.setTimeout(FIRST_START_MS + 60_000);

async function getText(url: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const { status, text } = await getText(url);
  return { status, body: JSON.parse(text) as T };
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await delay(500);
  }
  throw new Error(
    `${what} within ${timeoutMs / 1000} s${last instanceof Error ? `: ${last.message}` : ''}`,
  );
}

interface Ready {
  healthUrl: string;
  password: string;
  databaseUrl: string;
  planId: string;
}

interface DossierBody {
  id: string;
  code: string;
  stage: string;
  workflow: { workflowId: string; runId: string | null; status: string };
}

interface HealthBody {
  status: string;
  checks: Record<'database' | 'temporal' | 'worker', { status: string; error?: string }>;
}

interface SeedCounts {
  units: number;
  demoUsers: number;
  roleGrants: number;
  plans2024: number;
  dossiers: number;
}

describe('npm start: the whole system on one machine, from an empty data folder', () => {
  let dataDir: string;
  let ports: {
    api: number;
    pg: number;
    temporal: number;
    temporalUi: number;
    apiMetrics: number;
    workerMetrics: number;
  };
  let apiUrl: string;
  let launcher: Launcher | undefined;
  let ready: Ready;
  /** Frozen with SIGSTOP by the health test; thawed again whatever happens. */
  let frozen: number | undefined;
  const everyPort = () => Object.values(ports);

  const start = async (): Promise<Launcher> => {
    const started = new Launcher(
      newUserEnv({
        TDKT_DATA_DIR: dataDir,
        API_PORT: String(ports.api),
        TDKT_PG_PORT: String(ports.pg),
        TDKT_TEMPORAL_PORT: String(ports.temporal),
        TDKT_TEMPORAL_UI_PORT: String(ports.temporalUi),
        API_METRICS_PORT: String(ports.apiMetrics),
        WORKER_METRICS_PORT: String(ports.workerMetrics),
        TDKT_RESTART_MAX: '3',
      }),
    );
    launcher = started;
    await started.waitForOutput(/TĐKT is running[\s\S]*Sign in:[^\n]*\n[^\n]*\n/, FIRST_START_MS);
    return started;
  };

  /** Reads what the banner says, checking it against the data folder. */
  const readBanner = (output: string): Ready => {
    const password = readFileSync(join(dataDir, 'demo-password'), 'utf8').trim();
    const databaseUrl = /PostgreSQL {6}embedded, (postgres:\/\/\S+)/.exec(output)?.[1];
    const planId = /plan ([0-9a-f-]{36}): (loaded|already there)/.exec(output)?.[1];
    if (!databaseUrl || !planId)
      throw new Error(`the banner names no PostgreSQL URL or no plan:\n${output}`);
    return { healthUrl: `${apiUrl}/health/ready`, password, databaseUrl, planId };
  };

  const withDatabase = async <T>(use: (db: PgClient) => Promise<T>): Promise<T> => {
    const db = new PgClient({ connectionString: ready.databaseUrl });
    await db.connect();
    try {
      return await use(db);
    } finally {
      await db.end();
    }
  };

  const withTemporal = async <T>(use: (client: TemporalClient) => Promise<T>): Promise<T> => {
    const connection = await Connection.connect({ address: `127.0.0.1:${ports.temporal}` });
    try {
      return await use(new TemporalClient({ connection, namespace: NAMESPACE }));
    } finally {
      await connection.close();
    }
  };

  const seedCounts = () =>
    withDatabase(async (db) => {
      const { rows } = await db.query<Record<keyof SeedCounts, number>>(
        `SELECT (SELECT count(*)::int FROM units) AS "units",
                (SELECT count(*)::int FROM users WHERE username LIKE 'demo.%') AS "demoUsers",
                (SELECT count(*)::int FROM role_grants) AS "roleGrants",
                (SELECT count(*)::int FROM plans WHERE year = 2024) AS "plans2024",
                (SELECT count(*)::int FROM dossiers) AS "dossiers"`,
      );
      return rows[0] as SeedCounts;
    });

  const workflowRuns = (workflowId: string) =>
    withTemporal(async (client) => {
      let runs = 0;
      for await (const _ of client.workflow.list({ query: `WorkflowId = '${workflowId}'` }))
        runs += 1;
      return runs;
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tdkt-npm-start-'));
    // As root, PostgreSQL runs as the OS user "postgres", which must be able to reach its folder.
    chmodSync(dataDir, 0o755);
    const [api, pg, temporal, temporalUi, apiMetrics, workerMetrics] = await distinctFreePorts(6);
    ports = {
      api: api!,
      pg: pg!,
      temporal: temporal!,
      temporalUi: temporalUi!,
      apiMetrics: apiMetrics!,
      workerMetrics: workerMetrics!,
    };
    apiUrl = `http://127.0.0.1:${ports.api}`;
    const first = await start();
    ready = readBanner(first.output);
  }, FIRST_START_MS + 30_000);

  afterAll(async () => {
    if (frozen !== undefined && isAlive(frozen)) process.kill(frozen, 'SIGCONT');
    if (launcher?.running) {
      launcher.interrupt();
      await launcher.waitForExit(STOP_MS).catch(() => undefined);
    }
    // Anything still holding one of the ports was left behind: end it.
    const leftovers = (ports ? everyPort() : [])
      .map((port) => pidListeningOn(port))
      .filter((pid): pid is number => pid !== undefined);
    for (const pid of new Set(leftovers)) process.kill(pid, 'SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, STOP_MS + 30_000);

  // State carried from one step to the next, in order, as a person would go.
  let officerToken: string;
  let dossier: DossierBody;
  let countsBeforeRestart: SeedCounts;

  it('prints the API, its docs, health, metrics and Temporal UI URLs, and the demo accounts with their password', () => {
    const output = launcher!.output;

    // The web app comes first: it is what a person opens.
    expect(output).toMatch(
      new RegExp(`TĐKT is running[^\\n]*\\n\\n  Web app {9}${apiUrl.replace(/[.]/g, '\\.')}/ `),
    );
    expect(output).toContain('› Preparing the web app');
    expect(output).toContain(`  API             ${apiUrl}\n`);
    expect(output).toContain(
      `  API docs        ${apiUrl}/api/docs   (OpenAPI: ${apiUrl}/api/openapi.json)`,
    );
    expect(output).toContain(`  Health          ${apiUrl}/health/ready`);
    expect(output).toContain(
      `  Metrics         http://127.0.0.1:${ports.apiMetrics}/metrics   http://127.0.0.1:${ports.workerMetrics}/metrics`,
    );
    expect(output).toContain(
      `  Temporal UI     http://127.0.0.1:${ports.temporalUi}/namespaces/${NAMESPACE}/workflows`,
    );
    expect(output).toContain(`  Temporal        embedded dev server, 127.0.0.1:${ports.temporal}`);
    expect(ready.databaseUrl).toBe(`postgres://tdkt:tdkt-local@127.0.0.1:${ports.pg}/tdkt`);
    expect(output).toContain(`  Logs            ${join(dataDir, 'logs')}`);
    // Both data stores live where the README says: PostgreSQL's cluster and Temporal's SQLite file.
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'temporal.db'))).toBe(true);

    // The password is generated on this first run, kept in the data folder for its owner only, and printed.
    expect(ready.password).toMatch(/^[\w-]{16}$/);
    expect(output).toContain(
      `  Password of every demo account: ${ready.password}   (kept in ${join(dataDir, 'demo-password')};`,
    );
    expect(output).toContain(`"username":"demo.officer.thlg","password":"${ready.password}"`);
    for (const account of DEMO_ACCOUNTS)
      expect(output).toMatch(
        new RegExp(`\\n {4}${account.username.replace(/\./g, '\\.')} +${account.role} +on `),
      );
    // The first run seeds.
    expect(output).toMatch(/units created: [1-9]\d*/);
    expect(output).toContain(`demo accounts created: ${DEMO_ACCOUNTS.length}`);
    expect(output).toMatch(/plan [0-9a-f-]{36}: loaded; workflow annual-plan-/);
  });

  it('answers health (PostgreSQL, Temporal and the worker up), the docs, the OpenAPI document and Prometheus metrics', async () => {
    const health = await getJson<HealthBody>(ready.healthUrl);
    expect(health).toMatchObject({
      status: 200,
      body: {
        status: 'ok',
        checks: {
          database: { status: 'up' },
          temporal: { status: 'up' },
          worker: { status: 'up', pollers: { workflow: 1, activity: 1 } },
        },
      },
    });

    const docs = await getText(`${apiUrl}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.type).toMatch(/^text\/html/);
    expect(docs.text).toMatch(/swagger/i);

    const openapi = await getText(`${apiUrl}/api/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(openapi.type).toMatch(/^application\/json/);
    const document = JSON.parse(openapi.text) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/dossiers', '/api/v1/dossiers/{id}', '/health/ready']),
    );

    const apiMetrics = await getText(`http://127.0.0.1:${ports.apiMetrics}/metrics`);
    expect(apiMetrics.status).toBe(200);
    expect(apiMetrics.type).toMatch(/^text\/plain/);
    expect(apiMetrics.text).toContain('# TYPE tdkt_dossiers gauge');
    const workerMetrics = await getText(`http://127.0.0.1:${ports.workerMetrics}/metrics`);
    expect(workerMetrics.status).toBe(200);
    expect(workerMetrics.text).toContain('# TYPE tdkt_activity_executions_total counter');
  });

  it('serves the web app at /: index.html never cached, hashed assets for a year, app routes on reload, never /api or /health', async () => {
    const index = await fetch(`${apiUrl}/`, { headers: { accept: 'text/html' } });
    const html = await index.text();
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('<html lang="vi">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${apiUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    // An app route reloaded in the browser gets the app; the API and health keep their own answers.
    const route = await fetch(`${apiUrl}/dossiers/HS-2024-000001`, {
      headers: { accept: 'text/html' },
    });
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(html);
    const unknownApi = await fetch(`${apiUrl}/api/v1/no-such-route`, {
      headers: { accept: 'text/html' },
    });
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toMatch(/^application\/json/);
    const health = await fetch(`${apiUrl}/health/live`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${apiUrl}/assets/missing-0000.js`)).status).toBe(404);
  });

  it('the Temporal UI serves the page the banner names and lists the namespace and the 2024 plan workflow', async () => {
    const ui = `http://127.0.0.1:${ports.temporalUi}`;
    const page = await getText(`${ui}/namespaces/${NAMESPACE}/workflows`);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);

    // The UI's own API, which its pages call.
    const namespaces = await getJson<{ namespaces: { namespaceInfo: { name: string } }[] }>(
      `${ui}/api/v1/namespaces`,
    );
    expect(namespaces.status).toBe(200);
    expect(namespaces.body.namespaces.map((n) => n.namespaceInfo.name)).toContain(NAMESPACE);

    const query = encodeURIComponent(`WorkflowType = 'annualPlanWorkflow'`);
    const plans = await until('the UI lists the plan workflow', async () => {
      const listed = await getJson<{
        executions?: { execution: { workflowId: string }; status: string }[];
      }>(`${ui}/api/v1/namespaces/${NAMESPACE}/workflows?query=${query}`);
      return listed.body.executions?.length ? listed.body.executions : undefined;
    });
    expect(plans.map((run) => run.execution.workflowId)).toEqual([
      annualPlanWorkflowId(ready.planId),
    ]);

    // Its Reset and Terminate buttons bypass the audited repairs: only this machine reaches it.
    expect(listeningAddresses(ports.temporalUi)).toEqual(['127.0.0.1']);
  });

  it('signs in as demo.officer.thlg with the printed password and submits a dossier: a workflow in Temporal, a row in PostgreSQL', async () => {
    const signedIn = await request<{ accessToken: string }>(
      { apiUrl },
      'POST',
      '/api/v1/auth/login',
      {
        body: { username: 'demo.officer.thlg', password: ready.password },
      },
    );
    expect(signedIn.status).toBe(200);
    officerToken = signedIn.body.accessToken;

    const me = await request<{ unitId: string }>(
      { apiUrl, token: officerToken },
      'GET',
      '/api/v1/auth/me',
    );
    const school = await withDatabase((db) =>
      db.query<{ id: string }>(`SELECT id FROM units WHERE code = 'DN-CM-TH-LG'`),
    );
    expect(me.body.unitId).toBe(school.rows[0]?.id);

    const created = await request<DossierBody>(
      { apiUrl, token: officerToken },
      'POST',
      '/api/v1/dossiers',
      {
        headers: { 'Idempotency-Key': 'npm-start-0001' },
        body: {
          year: 2024,
          awardCode: 'CSTDCS',
          proposingUnitId: me.body.unitId,
          nominee: { kind: 'individual', name: 'Nguyễn Thị Lan' },
          achievementsSummary: 'Giáo viên dạy giỏi cấp huyện năm học 2023-2024',
        },
      },
    );
    expect(created.status).toBe(201);
    dossier = created.body;
    expect(dossier.code).toMatch(/^HS-2024-\d{6}$/);
    expect(dossier.workflow.workflowId).toBe(dossier.code);

    const description = await withTemporal((client) =>
      client.workflow.getHandle(dossier.code).describe(),
    );
    expect(description.type).toBe('dossierWorkflow');
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe('tdkt-main');

    // The workflow's activity writes the read model: the dossier reaches the district's review.
    const row = await until('the dossier row reaches UNIT_REVIEW', () =>
      withDatabase(async (db) => {
        const { rows } = await db.query<{ code: string; stage: string; nominee_name: string }>(
          `SELECT code, stage, nominee_name FROM dossiers WHERE id = $1`,
          [dossier.id],
        );
        return rows[0]?.stage === 'UNIT_REVIEW' ? rows[0] : undefined;
      }),
    );
    expect(row).toEqual({
      code: dossier.code,
      stage: 'UNIT_REVIEW',
      nominee_name: 'Nguyễn Thị Lan',
    });

    // And the Temporal UI shows it under its code.
    const shown = await getJson<{ workflowExecutionInfo: { status: string } }>(
      `http://127.0.0.1:${ports.temporalUi}/api/v1/namespaces/${NAMESPACE}/workflows/${dossier.code}`,
    );
    expect(shown.body.workflowExecutionInfo.status).toBe('WORKFLOW_EXECUTION_STATUS_RUNNING');
  });

  it('Ctrl-C stops the API, the worker, Temporal and PostgreSQL, exits 0 and frees every port', async () => {
    countsBeforeRestart = await seedCounts();
    expect(countsBeforeRestart.plans2024).toBe(1);
    expect(countsBeforeRestart.demoUsers).toBe(DEMO_ACCOUNTS.length);
    expect(countsBeforeRestart.dossiers).toBe(1);
    expect(await workflowRuns(annualPlanWorkflowId(ready.planId))).toBe(1);
    const children = everyPort().map((port) => pidListeningOn(port));
    expect(children.every((pid) => pid !== undefined && parentOf(pid) === launcher!.pid)).toBe(
      true,
    );

    const stopping = Date.now();
    launcher!.interrupt();
    const ended = await launcher!.waitForExit(STOP_MS);

    expect(ended).toEqual({ code: 0, signal: null });
    expect(launcher!.output).toContain(`Stopped. Data is kept in ${dataDir}`);
    expect(launcher!.output).not.toMatch(/exited unexpectedly|✗/);
    for (const port of everyPort())
      expect({ port, free: await isPortFree(port) }).toEqual({ port, free: true });
    expect(children.filter((pid) => pid !== undefined && isAlive(pid))).toEqual([]);
    // eslint-disable-next-line no-console -- how long a person waits after Ctrl-C
    console.log(`npm start stopped ${Date.now() - stopping} ms after Ctrl-C`);
  });

  it('a second start on the same data folder seeds nothing twice and finds the dossier with its workflow running', async () => {
    const second = await start();
    const output = second.output;
    expect(output).toContain('schema is up to date');
    expect(output).toContain('units created: 0');
    expect(output).toContain('demo accounts created: 0');
    expect(output).toContain(`plan ${ready.planId}: already there`);
    expect(readBanner(output).password).toBe(ready.password);
    expect(output).toContain(`  Password of every demo account: ${ready.password} `);

    expect(await seedCounts()).toEqual(countsBeforeRestart);
    expect(await workflowRuns(annualPlanWorkflowId(ready.planId))).toBe(1);
    expect(await workflowRuns(dossier.code)).toBe(1);

    // The JWT secret is kept too: the token signed before the restart still works.
    const read = await request<DossierBody>(
      { apiUrl, token: officerToken },
      'GET',
      `/api/v1/dossiers/${dossier.id}`,
    );
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: dossier.id,
      code: dossier.code,
      stage: 'UNIT_REVIEW',
      workflow: { workflowId: dossier.code, runId: dossier.workflow.runId, status: 'RUNNING' },
    });
  });

  it('health answers 503 naming Temporal while the Temporal dev server does not answer, and 200 once it does', async () => {
    const temporalPid = pidListeningOn(ports.temporal);
    // The process found by the port is the dev server this launcher started (it serves the UI too).
    expect(temporalPid).toBeDefined();
    expect(parentOf(temporalPid!)).toBe(launcher!.pid);
    expect(pidListeningOn(ports.temporalUi)).toBe(temporalPid);

    frozen = temporalPid;
    process.kill(temporalPid!, 'SIGSTOP');
    let unavailable: { status: number; body: HealthBody };
    try {
      unavailable = await getJson<HealthBody>(ready.healthUrl);
    } finally {
      process.kill(temporalPid!, 'SIGCONT');
      frozen = undefined;
    }
    expect(unavailable.status).toBe(503);
    expect(unavailable.body).toMatchObject({
      status: 'unavailable',
      checks: { database: { status: 'up' }, temporal: { status: 'down' } },
    });
    expect(unavailable.body.checks.temporal.error).toMatch(/deadline|no answer/i);

    await until('health answers 200 again', async () => {
      const health = await getJson(ready.healthUrl);
      return health.status === 200 ? health : undefined;
    });
  });

  /** Submits a dossier as the demo officer and waits until its workflow opens the review. */
  const submitAndReachReview = async (key: string) => {
    const signedIn = await request<{ accessToken: string }>(
      { apiUrl },
      'POST',
      '/api/v1/auth/login',
      {
        body: { username: 'demo.officer.thlg', password: ready.password },
      },
    );
    const token = signedIn.body.accessToken;
    const me = await request<{ unitId: string }>({ apiUrl, token }, 'GET', '/api/v1/auth/me');
    const created = await request<DossierBody>({ apiUrl, token }, 'POST', '/api/v1/dossiers', {
      headers: { 'Idempotency-Key': key },
      body: {
        year: 2024,
        awardCode: 'CSTDCS',
        proposingUnitId: me.body.unitId,
        nominee: { kind: 'individual', name: `Giáo viên ${key}` },
        achievementsSummary: 'Giáo viên dạy giỏi cấp huyện',
      },
    });
    expect([201, 202]).toContain(created.status);
    return until(
      `dossier ${key} reaches UNIT_REVIEW`,
      () =>
        withDatabase(async (db) => {
          const { rows } = await db.query<{ stage: string }>(
            `SELECT stage FROM dossiers WHERE id = $1`,
            [created.body.id],
          );
          return rows[0]?.stage === 'UNIT_REVIEW' ? rows[0] : undefined;
        }),
      120_000,
    );
  };

  const supervisorOf = async (): Promise<Record<string, { state: string; restarts: number }>> =>
    (
      await getJson<{ supervisor: Record<string, { state: string; restarts: number }> }>(
        ready.healthUrl,
      )
    ).body.supervisor;

  it('brings a killed worker back by itself: logged, counted in health and metrics, and dossiers go on', async () => {
    expect(launcher!.output).toContain(
      `  Restarts        a process that ends on its own is started again (at most 3 times in 600 s; status in ${join(dataDir, 'supervisor.json')})`,
    );
    const workerPid = pidListeningOn(ports.workerMetrics);
    expect(parentOf(workerPid!)).toBe(launcher!.pid);
    process.kill(workerPid!, 'SIGKILL');

    await launcher!.waitForOutput(/worker is running again \(restart 1\)/, 240_000);
    expect(launcher!.output).toMatch(
      new RegExp(
        `worker exited unexpectedly \\(code \\d+\\); restarting it in 1 s \\(restart 1\\); see ${join(dataDir, 'logs', 'worker.log').replace(/[.]/g, '\\.')}`,
      ),
    );
    expect(launcher!.running).toBe(true);
    await until('health answers 200 again', async () =>
      (await getJson(ready.healthUrl)).status === 200 ? true : undefined,
    );
    expect(await supervisorOf()).toMatchObject({
      worker: { state: 'running', restarts: 1 },
      api: { state: 'running', restarts: 0 },
    });
    const metrics = await getText(`http://127.0.0.1:${ports.apiMetrics}/metrics`);
    expect(metrics.text).toContain('tdkt_supervisor_restarts{service="worker"} 1');
    expect(metrics.text).toContain('tdkt_supervisor_up{service="worker"} 1');
    await submitAndReachReview('heal-worker-0001');
  });

  it('brings a killed Temporal dev server back by itself, and the system heals without a person', async () => {
    const temporalPid = pidListeningOn(ports.temporal);
    expect(parentOf(temporalPid!)).toBe(launcher!.pid);
    process.kill(temporalPid!, 'SIGKILL');

    await launcher!.waitForOutput(/temporal is running again \(restart 1\)/, 120_000);
    expect(launcher!.output).toMatch(
      /temporal exited unexpectedly \(code \d+\); restarting it in 1 s/,
    );
    await until(
      'health answers 200 again',
      async () => ((await getJson(ready.healthUrl)).status === 200 ? true : undefined),
      180_000,
    );
    expect((await supervisorOf()).temporal).toMatchObject({ state: 'running', restarts: 1 });
    await submitAndReachReview('heal-temporal-0001');
  });

  it('gives up on a process whose restarts keep failing: names it and its log, stops the rest and exits 1', async () => {
    const apiPid = pidListeningOn(ports.api);
    expect(parentOf(apiPid!)).toBe(launcher!.pid);
    process.kill(apiPid!, 'SIGKILL');
    // Someone else takes the API's port before the first restart (1 s later): every restart fails to listen.
    const squatter = createServer();
    const listening = () =>
      new Promise<boolean>((resolve) => {
        squatter.once('error', () => resolve(false));
        squatter.listen(ports.api, '127.0.0.1', () => resolve(true));
      });
    const deadline = Date.now() + 5_000;
    while (!(await listening())) {
      if (Date.now() > deadline) throw new Error(`port ${ports.api} stayed in use`);
      await delay(20);
    }
    try {
      const ended = await launcher!.waitForExit(180_000);
      expect(ended).toEqual({ code: 1, signal: null });
    } finally {
      squatter.close();
    }
    expect(launcher!.output).toMatch(
      /api exited unexpectedly \(code \d+\); restarting it in 1 s \(restart 1\)/,
    );
    expect(launcher!.output).toMatch(/api did not start again \(api exited while starting:/);
    expect(launcher!.output).toMatch(
      new RegExp(
        `api did not start again \\(.*\\); restarted 3 times within 600 s: giving up; see ${join(dataDir, 'logs', 'api.log').replace(/[.]/g, '\\.')}`,
      ),
    );
    expect(launcher!.output).toContain(`Stopped. Data is kept in ${dataDir}`);
    for (const port of everyPort())
      expect({ port, free: await isPortFree(port) }).toEqual({ port, free: true });
  });
});

/** The local addresses of the sockets listening on a TCP port (Linux: /proc/net/tcp and tcp6). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const addresses = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || local === undefined || !local.endsWith(`:${hexPort}`)) continue;
      const hex = local.slice(0, local.indexOf(':'));
      addresses.add(
        hex.length === 8
          ? (hex.match(/../g) ?? [])
              .reverse()
              .map((byte) => parseInt(byte, 16))
              .join('.')
          : hex === '00000000000000000000000001000000'
            ? '::1'
            : hex,
      );
    }
  }
  return [...addresses];
}
