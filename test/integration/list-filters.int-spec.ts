import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { listRoutes, type RouteInfo } from '@tdkt/api';
import { Connection } from '@temporalio/client';
import { ROLES, SearchAttributes } from '@tdkt/contracts';
import { WORKSPACE_ROOT } from '@tdkt/infra';
import { seedDemoData } from '@tdkt/server-seed';
import { hashPassword } from '@tdkt/server-feature-identity';
import { createTestNamespace } from '@tdkt/testing';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';
import { SEED_PLAN_SOURCE } from '../support/seed-plan-source';
import { cliEnv } from '../support/operations';
import { request } from '../support/system';
import { TEST_ENV, testEnv } from '../support/test-env';

/**
 * Every documented filter of every list route and of the operator CLI, sent on its own against the
 * real API, PostgreSQL and Temporal: each must be served (200), never a 500. The filters come from the
 * routes' query DTOs (each `IsIn` value on its own), so a filter added later is tested by declaring
 * it. The caller holds every role on the root of the organisation, so that no refusal hides a failure.
 */

/** Values for filters whose type alone does not say what a sensible value is. */
const SAMPLES: Record<string, string> = {
  awardCode: 'CSTDCS',
  workflowType: 'dossierWorkflow',
  q: 'Nguyễn',
  action: 'dossier.submitted',
  entityType: 'dossier',
  requestId: 'filters-test-request',
  workflowId: 'HS-2024-000001',
  year: '2024',
  profile: 'DN',
  type: 'dossier.review',
};

/** Values of the usual kinds, tried in order when a filter has no sample of its own. */
const KINDS = ['true', '2024', '1', '2024-12-16', '2030-01-01T00:00:00.000Z', '2d', '42'];

/**
 * The values a query field is tried with: each allowed value of an `IsIn`, else the first candidate
 * the DTO itself accepts (so that a value is never refused for its form).
 */
/**
 * Cursors, not filters: only a value a previous page answered is valid (forged ones are refused, as
 * operations-acceptance shows), so they cannot be tried with a sample.
 */
const CURSORS = new Set(['pageToken']);

function valuesFor(dto: Type, field: string, unitId: string, base: Record<string, string>) {
  const rules = getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .filter((rule) => rule.propertyName === field);
  const allowed = rules.find((rule) => rule.name === 'isIn' || rule.name === 'isEnum');
  if (allowed !== undefined) {
    const values = allowed.constraints[0] as unknown[] | Record<string, unknown>;
    return (Array.isArray(values) ? values : Object.values(values)).map(String);
  }
  const candidates = [SAMPLES[field], unitId, ...KINDS].filter(
    (value): value is string => value !== undefined,
  );
  const accepted = candidates.find(
    (value) =>
      validateSync(plainToInstance(dto, { ...base, [field]: value }) as object).filter(
        (error) => error.property === field,
      ).length === 0,
  );
  return accepted === undefined ? null : [accepted];
}

/** The fields of a query DTO, and which of them a request must always carry. */
function fieldsOf(dto: Type): { field: string; required: boolean }[] {
  const rules = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(rules.map((rule) => rule.propertyName))].map((field) => ({
    field,
    required: !rules.some(
      (rule) => rule.propertyName === field && rule.type === 'conditionalValidation',
    ),
  }));
}

/**
 * Seeds the demo organisations into the API's database and signs in a person holding every role on
 * the root of the tree, so that no refusal hides what a filter does.
 */
async function signInWithEveryRole(api: InProcessApi, password: string) {
  await seedDemoData(api.db);
  const [unit] = await api.db.query<{ id: string }[]>(
    `SELECT id FROM units WHERE parent_id IS NULL AND code = 'DN'`,
  );
  const root = unit!.id;
  const [user] = await api.db.query<{ id: string }[]>(
    `INSERT INTO users (username, full_name, unit_id, password_hash) VALUES ('filters.all', 'Mọi vai trò', $1, $2) RETURNING id`,
    [root, await hashPassword(password)],
  );
  for (const role of ROLES)
    await api.db.query(`INSERT INTO role_grants (user_id, role, unit_id) VALUES ($1, $2, $3)`, [
      user!.id,
      role,
      root,
    ]);
  const url = await api.listen();
  const signedIn = await request<{ accessToken: string }>(
    { apiUrl: url },
    'POST',
    '/api/v1/auth/login',
    { body: { username: 'filters.all', password } },
  );
  return { url, token: signedIn.body.accessToken, root };
}

describe('documented filters', () => {
  let api: InProcessApi;
  let url: string;
  let token: string;
  let root: string;
  let planId: string;
  const password = 'filters-password-0123';

  beforeAll(async () => {
    api = await createInProcessApi({ LOGIN_RATE_LIMIT: '100000', RULES_AS_OF: '2024-12-16' });
    ({ url, token, root } = await signInWithEveryRole(api, password));
    const [cm] = await api.db.query<{ id: string }[]>(`SELECT id FROM units WHERE code = 'DN-CM'`);
    const plan = await request<{ planId: string }>(
      { apiUrl: url, token },
      'POST',
      '/api/v1/plans',
      {
        body: { source: SEED_PLAN_SOURCE, issuerUnitId: cm!.id, activate: false },
      },
    );
    expect(plan.status).toBe(201);
    planId = plan.body.planId;
  });
  afterAll(() => api?.stop());

  /** GET routes that take a query: the lists and reports (not single sign-on's redirects). */
  const listRoutesOf = (app: InProcessApi) =>
    listRoutes(app.app).filter(
      (route) =>
        route.method === 'GET' && route.query !== undefined && route.access?.kind !== 'public',
    );

  function pathOf(route: RouteInfo): string {
    return route.path.replace(/:(\w+)/g, (_match, name: string) => {
      if (name === 'planId') return planId;
      if (name === 'itemKey') return 'q4-summary';
      throw new Error(`${route.handler}: give the filters test a value for :${name}`);
    });
  }

  /** 'ok' for a 200 (JSON or CSV), otherwise the status and error code. */
  async function get(path: string): Promise<string> {
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status === 200) return 'ok';
    const body = (await response.json()) as { code?: string; errors?: { field: string }[] };
    return `${response.status} ${body.code} ${(body.errors ?? []).map((error) => error.field).join(',')}`;
  }

  it('serves each filter of every list route on its own, and all of them at once', async () => {
    const routes = listRoutesOf(api);
    expect(routes.map((route) => route.handler)).toEqual(
      expect.arrayContaining([
        'DossiersController.list',
        'StuckController.list',
        'StuckController.counts',
        'AuditController.list',
        'PlansController.items',
      ]),
    );
    const failures: string[] = [];
    const untestable: string[] = [];
    let tried = 0;
    for (const route of routes) {
      const dto = route.query!;
      const fields = fieldsOf(dto);
      const base: Record<string, string> = {};
      for (const { field } of fields.filter((candidate) => candidate.required)) {
        const [value] = valuesFor(dto, field, root, base) ?? [];
        if (value === undefined) untestable.push(`${route.handler} ?${field}`);
        else base[field] = value;
      }
      const combined = { ...base };
      for (const { field } of fields.filter((candidate) => !candidate.required)) {
        if (CURSORS.has(field)) continue;
        const values = valuesFor(dto, field, root, base);
        if (values === null) {
          untestable.push(`${route.handler} ?${field}`);
          continue;
        }
        combined[field] = values[0]!;
        for (const value of values) {
          tried += 1;
          const path = `${pathOf(route)}?${new URLSearchParams({ ...base, [field]: value }).toString()}`;
          const answer = await get(path);
          if (answer !== 'ok') failures.push(`${route.handler} ?${field}=${value}: ${answer}`);
        }
      }
      const path = `${pathOf(route)}?${new URLSearchParams(combined).toString()}`;
      const answer = await get(path);
      if (answer !== 'ok') failures.push(`${route.handler} all filters: ${answer}`);
    }
    expect(untestable).toEqual([]);
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(routes.length);
  });

  it('serves each filter of a bulk repair (dry run)', async () => {
    const filters: Record<string, unknown>[] = [
      { reason: 'no-progress' },
      { workflowType: 'dossierWorkflow' },
      { stage: 'UNIT_REVIEW' },
      { unitId: root },
      { awardCode: 'CSTDCS' },
      { year: 2024 },
      { age: '2d' },
    ];
    for (const filter of filters) {
      const response = await request<{ dryRun: boolean; code?: string }>(
        { apiUrl: url, token },
        'POST',
        '/api/v1/admin/bulk',
        { body: { action: 'retry', filter, reason: 'Kiểm tra bộ lọc', dryRun: true } },
      );
      expect({ filter, status: response.status, code: response.body.code }).toEqual({
        filter,
        status: 200,
        code: undefined,
      });
    }
  });

  it('serves each filter of `tdkt stuck list`, `tdkt stuck counts` and `tdkt bulk`', async () => {
    const run = promisify(execFile);
    const tdkt = (...args: string[]) =>
      run(
        process.execPath,
        ['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'apps/cli/src/main.ts'), ...args],
        {
          cwd: WORKSPACE_ROOT,
          env: cliEnv(url, 'filters.all', password),
        },
      ).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const options: [string, string][] = [
      ['--reason', 'no-progress'],
      ['--type', 'dossierWorkflow'],
      ['--stage', 'UNIT_REVIEW'],
      ['--unit', root],
      ['--award', 'CSTDCS'],
      ['--year', '2024'],
      ['--age', '2d'],
    ];
    const failures: string[] = [];
    for (const [option, value] of options) {
      for (const command of ['list', 'counts']) {
        const result = await tdkt('stuck', command, option, value);
        if (result.code !== 0)
          failures.push(`stuck ${command} ${option} ${value}: ${result.stderr.trim()}`);
      }
      const key = option.slice(2);
      const bulk = await tdkt(
        'bulk',
        'retry',
        '--filter',
        `${key}=${value}`,
        '--reason',
        'Kiểm tra bộ lọc',
        '--dry-run',
      );
      if (bulk.code !== 0) failures.push(`bulk --filter ${key}=${value}: ${bulk.stderr.trim()}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('a filter the workflow engine cannot serve', () => {
  let api: InProcessApi | undefined;

  afterAll(() => api?.stop());

  it('is refused with 400 FILTER_NOT_SUPPORTED naming it, and the other filters still work', async () => {
    // A cluster whose administrator registered every search attribute but `Year`.
    const namespace = `filters-${randomBytes(4).toString('hex')}`;
    const connection = await Connection.connect({ address: testEnv(TEST_ENV.temporalAddress) });
    try {
      await createTestNamespace(
        connection,
        namespace,
        Object.values(SearchAttributes).filter((key) => key.name !== SearchAttributes.Year.name),
      );
    } finally {
      await connection.close();
    }
    api = await createInProcessApi({ TEMPORAL_NAMESPACE: namespace });
    const { url, token } = await signInWithEveryRole(api, 'filters-password-0123');

    const refused = await request<{ code: string; errors: { field: string }[] }>(
      { apiUrl: url, token },
      'GET',
      '/api/v1/admin/stuck?year=2024&stage=UNIT_REVIEW',
    );
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('FILTER_NOT_SUPPORTED');
    expect(refused.body.errors.map((error) => error.field)).toEqual(['year']);
    const served = await request(
      { apiUrl: url, token },
      'GET',
      '/api/v1/admin/stuck?stage=UNIT_REVIEW',
    );
    expect(served.status).toBe(200);
  });
});
