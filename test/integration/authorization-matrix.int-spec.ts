import { randomUUID } from 'node:crypto';
import { METHODS } from 'node:http';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { type Observable, throwError } from 'rxjs';
import {
  accessProblem,
  listRoutes,
  ResourceUnitLookup,
  type RouteInfo,
  type ScopedResource,
} from '@tdkt/api';
import { AppError, type Permission, type Role, ROLE_PERMISSIONS, ROLES } from '@tdkt/contracts';
import { hashPassword, LogInUseCase } from '@tdkt/server-feature-identity';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';

/**
 * The authorisation matrix: every route of the application × every caller (anonymous, no role, each
 * role, and mixed grants) × a unit inside and one outside the caller's scope. The expectation of each
 * case is derived from what the route declares (@RequirePermission, @UnitScope, @Public, @Signed) and from
 * ROLE_PERMISSIONS, so a route added later is covered without touching this file.
 *
 * The app is the real one, built in-process, with two test-only changes: resources addressed in a
 * path resolve to fixed units (so no route needs fixtures), and an interceptor, which runs after the
 * guard and before pipes and handlers, answers "access granted" instead of running the handler. The
 * matrix therefore changes nothing and runs in about a second.
 */

/** The unit tree of the matrix: P ⊃ D1 ⊃ S1 and P ⊃ D2 ⊃ S2. */
type UnitName = 'P' | 'D1' | 'S1' | 'D2' | 'S2';
const ANCESTRY: Record<UnitName, readonly UnitName[]> = {
  P: ['P'],
  D1: ['D1', 'P'],
  S1: ['S1', 'D1', 'P'],
  D2: ['D2', 'P'],
  S2: ['S2', 'D2', 'P'],
};
const PARENT: Record<UnitName, UnitName | null> = { P: null, D1: 'P', S1: 'D1', D2: 'P', S2: 'D2' };
/**
 * Callers' grants sit on D1; the in-scope target is in D1's subtree, the out-of-scope one is not. A
 * resource of the `concerned` scope belongs to S2 but concerns S1 (a decision of another level that
 * awards S1's dossier): those who read S1 read it, nobody acts on it through S1.
 */
const TARGET = { in: 'S1', out: 'S2', concerned: 'S2' } as const satisfies Record<string, UnitName>;
const CONCERNED: UnitName = 'S1';

interface Caller {
  name: string;
  grants: { role: Role; unit: UnitName }[];
}
const CALLERS: Caller[] = [
  { name: 'no role', grants: [] },
  ...ROLES.map((role) => ({ name: role, grants: [{ role, unit: 'D1' as const }] })),
  // Can see units everywhere (REVIEWER on P has unit:read) but manage them only in D1.
  {
    name: 'REVIEWER@P+ADMIN@D1',
    grants: [
      { role: 'REVIEWER', unit: 'P' },
      { role: 'ADMIN', unit: 'D1' },
    ],
  },
];

type Scope = keyof typeof TARGET | 'none';
type Outcome = { allowed: true } | { allowed: false; status: number; code: string };

const ALLOWED: Outcome = { allowed: true };

/** Stands for the body of a route that takes none: a class without a single known field. */
class NoFields {}
const PROBE_RULE = 'accessProbeGranted';

/** Test-only: after the guard let a request through, answer that instead of running the handler. */
class AccessProbe implements NestInterceptor {
  active = true;

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.active) return next.handle();
    return throwError(
      () =>
        new AppError('VALIDATION_FAILED', [
          { field: '(access probe)', rule: PROBE_RULE, message: { vi: 'Qua', en: 'Passed' } },
        ]),
    );
  }
}

const holds = (caller: Caller, permission: Permission, target?: UnitName) =>
  caller.grants.some(
    (grant) =>
      ROLE_PERMISSIONS[grant.role].includes(permission) &&
      (target === undefined || ANCESTRY[target].includes(grant.unit)),
  );

/** What the route's declaration and the caller's grants say must happen. */
function expected(route: RouteInfo, caller: Caller | 'anonymous', scope: Scope): Outcome {
  const access = route.access!;
  if (access.kind === 'public') return ALLOWED;
  // Another system's call: no token or role stands in for the signature this matrix does not make
  // (signed calls are tested in external-escalation.int-spec.ts).
  if (access.kind === 'signed') return { allowed: false, status: 401, code: 'INVALID_SIGNATURE' };
  if (caller === 'anonymous') return { allowed: false, status: 401, code: 'UNAUTHENTICATED' };
  if (access.kind === 'authenticated') return ALLOWED;
  if (!access.permissions.every((permission) => holds(caller, permission)))
    return { allowed: false, status: 403, code: 'FORBIDDEN' };
  if (route.unit === undefined || scope === 'none') return ALLOWED;
  const target = TARGET[scope];
  if (access.permissions.every((permission) => holds(caller, permission, target))) return ALLOWED;
  const concerned = scope === 'concerned' ? CONCERNED : undefined;
  if (
    route.method === 'GET' &&
    concerned !== undefined &&
    access.permissions.every((permission) => holds(caller, permission, concerned))
  )
    return ALLOWED;
  const notFound = route.unit.from === 'param' ? route.unit.resource.notFound : 'NOT_FOUND';
  if (route.method === 'GET') return { allowed: false, status: 404, code: notFound };
  if (route.unit.from !== 'param') return { allowed: false, status: 403, code: 'FORBIDDEN' };
  const read = route.unit.resource.readPermission;
  return holds(caller, read, target) || (concerned !== undefined && holds(caller, read, concerned))
    ? { allowed: false, status: 403, code: 'FORBIDDEN' }
    : { allowed: false, status: 404, code: notFound };
}

/** The scopes a route is tried in: a resource that concerns other units is tried as one of those too. */
function scopesOf(route: RouteInfo): Scope[] {
  if (route.unit === undefined) return ['none'];
  return route.unit.from === 'param' && route.unit.resource.concernedUnits !== undefined
    ? ['in', 'out', 'concerned']
    : ['in', 'out'];
}

describe('authorisation', () => {
  let api: InProcessApi;
  let url: string;
  let routes: RouteInfo[];
  const probe = new AccessProbe();
  const units = {} as Record<UnitName, string>;
  const tokens = new Map<string, string>();
  /** Path-addressed resources resolve by these ids: one in S1, one in S2, one in S2 concerning S1. */
  const resourceIds = { in: randomUUID(), out: randomUUID(), concerned: randomUUID() };

  /** Path-addressed resources resolve to the matrix's units by their ids (restorable). */
  function mockLookup(): jest.SpyInstance[] {
    const lookup = api.app.get(ResourceUnitLookup);
    const unitOf = jest
      .spyOn(lookup, 'unitOf')
      .mockImplementation((_resource: ScopedResource, id: string) =>
        Promise.resolve(
          id === resourceIds.in
            ? units.S1
            : id === resourceIds.out || id === resourceIds.concerned
              ? units.S2
              : null,
        ),
      );
    const concernedUnitsOf = jest
      .spyOn(lookup, 'concernedUnitsOf')
      .mockImplementation((resource: ScopedResource, id: string) =>
        Promise.resolve(
          resource.concernedUnits !== undefined && id === resourceIds.concerned
            ? [units[CONCERNED]]
            : [],
        ),
      );
    return [unitOf, concernedUnitsOf];
  }
  let lookupMocks: jest.SpyInstance[] = [];

  beforeAll(async () => {
    api = await createInProcessApi({ LOGIN_RATE_LIMIT: '100000' });
    api.app.useGlobalInterceptors(probe);
    routes = listRoutes(api.app);

    for (const name of Object.keys(PARENT) as UnitName[]) {
      const parent = PARENT[name];
      const [row] = await api.db.query<{ id: string }[]>(
        `INSERT INTO units (code, name, level, parent_id, valid_from) VALUES ($1, $2, 'matrix', $3, '2020-01-01') RETURNING id`,
        [`MATRIX-${name}`, `Matrix unit ${name}`, parent === null ? null : units[parent]],
      );
      units[name] = row!.id;
    }
    const password = 'matrix-password-0123';
    const passwordHash = await hashPassword(password);
    for (const [index, caller] of CALLERS.entries()) {
      const username = `matrix.${index}`;
      const [user] = await api.db.query<{ id: string }[]>(
        `INSERT INTO users (username, full_name, unit_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [username, caller.name, units.D1, passwordHash],
      );
      for (const grant of caller.grants)
        await api.db.query(`INSERT INTO role_grants (user_id, role, unit_id) VALUES ($1, $2, $3)`, [
          user!.id,
          grant.role,
          units[grant.unit],
        ]);
      const signedIn = await api.app
        .get(LogInUseCase)
        .execute({ username, password, requestId: null, clientIp: null });
      tokens.set(caller.name, signedIn.tokens.accessToken);
    }
    lookupMocks = mockLookup();
    url = await api.listen();
  });
  afterAll(() => api?.stop());

  /** The request that exercises a route for a scope: ids, body and query pointing at the target unit. */
  function requestFor(route: RouteInfo, scope: Scope, fields: Record<string, unknown> = {}) {
    const target = scope === 'none' ? undefined : units[TARGET[scope]];
    const locator = route.unit;
    const path = route.path.replace(/:(\w+)/g, (_match, name: string) =>
      locator?.from === 'param' && locator.name === name && scope !== 'none'
        ? resourceIds[scope]
        : randomUUID(),
    );
    const query = locator?.from === 'query' && target ? `?${locator.field}=${target}` : '';
    const body = locator?.from === 'body' && target ? { [locator.field]: target } : {};
    return { path: `${path}${query}`, body: { ...body, ...fields } };
  }

  async function send(route: RouteInfo, scope: Scope, token: string | undefined, fields = {}) {
    const { path, body } = requestFor(route, scope, fields);
    const response = await fetch(`${url}${path}`, {
      method: route.method,
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: route.method === 'GET' ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json()) as {
      code: string;
      errors?: { field: string; rule: string }[];
    };
    return { status: response.status, payload };
  }

  it('finds the routes of every controller, each with a sound access declaration', () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'GET /health/live',
        'POST /api/v1/auth/login',
        'POST /api/v1/dossiers',
        'GET /api/v1/dossiers/:id',
        'POST /api/v1/units/:id/merge',
        'POST /api/v1/users/:id/grants',
        'GET /api/v1/audit/export',
      ]),
    );
    const problems = routes
      .map((route) => ({ route: `${route.method} ${route.path}`, problem: accessProblem(route) }))
      .filter(({ problem }) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('serves no HTTP route that is not a declared Nest route, except the OpenAPI documents', () => {
    const express = api.app.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    const declared = new Set(routes.map((route) => `${route.method} ${route.path}`));
    const undeclared = express.router.stack
      .flatMap(({ route }) => {
        if (route === undefined) return [];
        const methods = Object.keys(route.methods);
        // Bound for every method at once: Nest's middleware (the request logger), not an endpoint.
        if (methods.length === METHODS.length) return [];
        return methods.map((method) => `${method.toUpperCase()} ${route.path}`);
      })
      .filter((route) => !declared.has(route) && !/^GET \/api\/(docs|openapi)/.test(route));
    expect(undeclared).toEqual([]);
  });

  it('answers every route × caller × scope as the declarations say', async () => {
    const cases = routes.flatMap((route) => {
      const scopes = scopesOf(route);
      return scopes.flatMap((scope) =>
        [...CALLERS, 'anonymous' as const].map((caller) => ({ route, caller, scope })),
      );
    });
    const mismatches: string[] = [];
    let granted = 0;
    for (let i = 0; i < cases.length; i += 25) {
      await Promise.all(
        cases.slice(i, i + 25).map(async ({ route, caller, scope }) => {
          const name = caller === 'anonymous' ? caller : caller.name;
          const want = expected(route, caller, scope);
          const { status, payload } = await send(route, scope, tokens.get(name));
          const passed = payload.errors?.some((error) => error.rule === PROBE_RULE) ?? false;
          const got = passed ? 'allowed' : `${status} ${payload.code}`;
          const wanted = want.allowed ? 'allowed' : `${want.status} ${want.code}`;
          if (passed) granted += 1;
          if (got !== wanted)
            mismatches.push(
              `${route.method} ${route.path} as ${name} (${scope}): ${got}, expected ${wanted}`,
            );
        }),
      );
    }

    expect(mismatches).toEqual([]);
    // Both sides of the matrix are exercised: it is not all refusals, nor all passes.
    expect(granted).toBeGreaterThan(routes.length);
    expect(cases.length - granted).toBeGreaterThan(routes.length * CALLERS.length);
  });

  it('rejects unknown fields in every request body and query, and any field sent to a route that takes no body, with 400 naming each one', async () => {
    probe.active = false;
    try {
      const smuggled = ['status', 'unitId', 'role', 'id', 'submittedBy', 'passwordHash', 'isAdmin'];
      const checked: string[] = [];
      const bodyless: string[] = [];
      for (const route of routes) {
        const caller = CALLERS.find((candidate) => expected(route, candidate, 'in').allowed);
        if (caller === undefined) continue;
        // A route without a body DTO takes no body at all (GET bodies cannot be sent by fetch).
        const takesNoBody = route.body === undefined && route.method !== 'GET';
        if (takesNoBody) bodyless.push(route.handler);
        for (const [part, dto] of [
          ['body', takesNoBody ? NoFields : route.body],
          ['query', route.query],
        ] as const) {
          if (dto === undefined) continue;
          const known = new Set(
            getMetadataStorage()
              .getTargetValidationMetadatas(dto, '', true, false)
              .map((metadata) => metadata.propertyName),
          );
          const extra = smuggled.filter((field) => !known.has(field));
          const fields = Object.fromEntries(extra.map((field) => [field, 'ADMIN']));
          const token = route.access?.kind === 'public' ? undefined : tokens.get(caller.name);
          const scope: Scope = route.unit === undefined ? 'none' : 'in';
          const { status, payload } =
            part === 'body'
              ? await send(route, scope, token, fields)
              : await sendQuery(route, scope, token, fields);
          const rejected = (payload.errors ?? [])
            .filter((error) => error.rule === 'whitelistValidation')
            .map((error) => error.field);
          expect({ route: route.handler, status, rejected: [...rejected].sort() }).toEqual({
            route: route.handler,
            status: 400,
            rejected: [...extra].sort(),
          });
          checked.push(route.handler);
        }
      }
      expect(checked).toEqual(
        expect.arrayContaining(['DossiersController.create', 'UsersController.grant']),
      );
      expect(bodyless).toEqual(
        expect.arrayContaining([
          'DossiersController.submit',
          'DossierFilesController.detach',
          'TasksController.claim',
          'TasksController.unclaim',
          'PlansController.issue',
        ]),
      );
      expect(checked).toEqual(expect.arrayContaining(bodyless));
    } finally {
      probe.active = true;
    }
  });

  async function sendQuery(
    route: RouteInfo,
    scope: Scope,
    token: string | undefined,
    fields: Record<string, string>,
  ) {
    const { path } = requestFor(route, scope);
    const separator = path.includes('?') ? '&' : '?';
    const response = await fetch(
      `${url}${path}${separator}${new URLSearchParams(fields).toString()}`,
      {
        method: route.method,
        redirect: 'manual',
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
      },
    );
    return {
      status: response.status,
      payload: (await response.json()) as {
        code: string;
        errors?: { field: string; rule: string }[];
      },
    };
  }

  it('lets the owner of a thing read it: a school its decision, certificate and initiatives, a council its meeting and minutes, a unit the plan that gives it work', async () => {
    // Real handlers on real rows: the guard finds units as in production.
    probe.active = false;
    for (const mock of lookupMocks) mock.mockRestore();
    try {
      const db = api.db;
      const password = 'matrix-password-0123';
      const passwordHash = await hashPassword(password);
      const person = async (username: string, unit: UnitName, role?: Role) => {
        const [user] = await db.query<{ id: string }[]>(
          `INSERT INTO users (username, full_name, unit_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
          [username, username, units[unit], passwordHash],
        );
        if (role !== undefined)
          await db.query(`INSERT INTO role_grants (user_id, role, unit_id) VALUES ($1, $2, $3)`, [
            user!.id,
            role,
            units[unit],
          ]);
        const signedIn = await api.app
          .get(LogInUseCase)
          .execute({ username, password, requestId: null, clientIp: null });
        return { id: user!.id, token: signedIn.tokens.accessToken };
      };
      const officerS1 = await person('owner.officer.s1', 'S1', 'UNIT_OFFICER');
      const headS1 = await person('owner.head.s1', 'S1', 'UNIT_HEAD');
      const officerS2 = await person('owner.officer.s2', 'S2', 'UNIT_OFFICER');
      const memberD1 = await person('owner.member.d1', 'D1', 'COUNCIL_MEMBER');
      const authorS1 = await person('owner.author.s1', 'S1');

      const dossier = async (code: string, unit: UnitName) => {
        const [row] = await db.query<{ id: string }[]>(
          `INSERT INTO dossiers (id, code, year, award_code, proposing_unit_id, nominee, nominee_name, achievements_summary, stage, workflow_id, submitted_at)
           VALUES ($4, $1, 2024, 'CSTDCS', $2, '{"kind":"individual","name":"X"}', 'X', 'x', 'APPROVED', $3, now()) RETURNING id`,
          [code, units[unit], code, randomUUID()],
        );
        return row!.id;
      };
      const ofS1 = await dossier('HS-MATRIX-S1', 'S1');
      const ofS2 = await dossier('HS-MATRIX-S2', 'S2');
      // A decision of D1 (the district) awarding a dossier of S1 and one of S2.
      const decisionId = randomUUID();
      await db.query(
        `INSERT INTO decisions (id, issuer_unit_id, level, year, sequence, number, signed_on, signed_by, title, idempotency_key)
         VALUES ($1, $2, 'district', 2024, 1, '1/QĐ-UBND', '2024-12-16', $3, 'QĐ', $4)`,
        [decisionId, units.D1, memberD1.id, decisionId],
      );
      for (const [position, dossierId] of [ofS1, ofS2].entries())
        await db.query(
          `INSERT INTO decision_awardees (decision_id, dossier_id, position, nominee_name, nominee_kind, unit_name, award_code, award_name, coefficient_thousandths, bonus_vnd)
           VALUES ($1, $2, $3, 'X', 'individual', 'S', 'CSTDCS', 'CSTĐCS', 1000, 2340000)`,
          [decisionId, dossierId, position + 1],
        );
      const document = async (
        owner: { type: string; id: string; unit: UnitName },
        kind: string,
        dossierId: string | null = null,
      ) => {
        const [row] = await db.query<{ id: string }[]>(
          `INSERT INTO documents (owner_type, owner_id, kind, unit_id, title, file_name, content_type, size_bytes, sha256, idempotency_key, dossier_id)
           VALUES ($1, $2, $3, $4, 't', 't.pdf', 'application/pdf', 4, $5, $6, $7) RETURNING id`,
          [owner.type, owner.id, kind, units[owner.unit], '0'.repeat(64), randomUUID(), dossierId],
        );
        await db.query(`INSERT INTO document_contents (document_id, content) VALUES ($1, $2)`, [
          row!.id,
          Buffer.from('%PDF'),
        ]);
        return row!.id;
      };
      const decisionOwner = { type: 'decision', id: decisionId, unit: 'D1' as const };
      const decisionPdf = await document(decisionOwner, 'decision-pdf');
      const certificateS1 = await document(decisionOwner, 'certificate-pdf', ofS1);
      const certificateS2 = await document(decisionOwner, 'certificate-pdf', ofS2);

      // An initiative received by S2 with a co-author from S1, and one of D1 cited by S1's dossier.
      const initiative = async (unit: UnitName, authors: string[]) => {
        const id = randomUUID();
        await db.query(
          `INSERT INTO initiatives (id, unit_id, title, description, author_ids, status, rule_set_id, received_on, due_date, workflow_id, applied_by)
           VALUES ($1, $2, 'SK', 'd', $3, 'RECOGNIZED', 'VN-2024', '2024-01-02', '2024-04-02', $4, $5)`,
          [id, units[unit], authors, id, officerS2.id],
        );
        return id;
      };
      const coAuthored = await initiative('S2', [officerS2.id, authorS1.id]);
      const coAuthoredCertificate = await document(
        { type: 'initiative', id: coAuthored, unit: 'S2' },
        'initiative-certificate-pdf',
      );
      const cited = await initiative('D1', [memberD1.id]);
      await db.query(`INSERT INTO initiative_uses (initiative_id, dossier_id) VALUES ($1, $2)`, [
        cited,
        ofS1,
      ]);
      const unrelated = await initiative('S2', [officerS2.id]);

      // D1's council meeting and its minutes.
      const meetingId = randomUUID();
      await db.query(
        `INSERT INTO council_meetings (id, unit_id, level, rule_set_id, title, scheduled_at, location, status, workflow_id, created_by)
         VALUES ($1, $2, 'district', 'VN-2024', 'Họp', now(), 'P', 'CLOSED', $3, $4)`,
        [meetingId, units.D1, meetingId, memberD1.id],
      );
      const minutes = await document(
        { type: 'council_meeting', id: meetingId, unit: 'D1' },
        'minutes-pdf',
      );

      // A plan of D2 that gives S1 an item.
      const [plan] = await db.query<{ id: string }[]>(
        `INSERT INTO plans (year, issuer_unit_id, issuer_name, standing_body_unit_id, reminder_offsets, status)
         VALUES (2024, $1, 'D2', $2, '{10,3}', 'DRAFT') RETURNING id`,
        [units.D2, units.D2],
      );
      await db.query(
        `INSERT INTO plan_items (plan_id, item_key, position, quarter, due_on, due_explicit, owner_unit_id, kind, text_vi, text_en, status)
         VALUES ($1, 'k1', 1, 1, '2024-03-29', true, $2, 'document', 'Việc', 'Work', 'OPEN')`,
        [plan!.id, units.S1],
      );

      const statusOf = async (token: string, path: string) =>
        (await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } })).status;
      const idsListed = async (token: string, path: string) => {
        const response = await fetch(`${url}${path}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const body = (await response.json()) as { items: { id: string }[] } | { id: string }[];
        return (Array.isArray(body) ? body : body.items).map((item) => item.id);
      };

      for (const reader of [officerS1, headS1]) {
        expect(await statusOf(reader.token, `/api/v1/decisions/${decisionId}`)).toBe(200);
        expect(await idsListed(reader.token, '/api/v1/decisions')).toEqual([decisionId]);
        expect(await statusOf(reader.token, `/api/v1/documents/${decisionPdf}`)).toBe(200);
        expect(await statusOf(reader.token, `/api/v1/documents/${certificateS1}`)).toBe(200);
        // Another school's certificate stays with that school.
        expect(await statusOf(reader.token, `/api/v1/documents/${certificateS2}`)).toBe(404);
        expect(await statusOf(reader.token, `/api/v1/initiatives/${coAuthored}`)).toBe(200);
        expect(await statusOf(reader.token, `/api/v1/documents/${coAuthoredCertificate}`)).toBe(
          200,
        );
        expect(await statusOf(reader.token, `/api/v1/initiatives/${cited}`)).toBe(200);
        expect(await statusOf(reader.token, `/api/v1/initiatives/${unrelated}`)).toBe(404);
        expect((await idsListed(reader.token, '/api/v1/initiatives')).sort()).toEqual(
          [coAuthored, cited].sort(),
        );
        expect(await statusOf(reader.token, `/api/v1/plans/${plan!.id}`)).toBe(200);
        expect(await idsListed(reader.token, '/api/v1/plans')).toEqual([plan!.id]);
        // The council's own papers stay with the council.
        expect(await statusOf(reader.token, `/api/v1/council-meetings/${meetingId}`)).toBe(404);
        expect(await statusOf(reader.token, `/api/v1/documents/${minutes}`)).toBe(404);
      }
      expect(await statusOf(officerS2.token, `/api/v1/documents/${certificateS2}`)).toBe(200);
      expect(await statusOf(officerS2.token, `/api/v1/documents/${certificateS1}`)).toBe(404);
      expect(await statusOf(officerS2.token, `/api/v1/initiatives/${cited}`)).toBe(404);
      expect(await statusOf(memberD1.token, `/api/v1/council-meetings/${meetingId}`)).toBe(200);
      expect(await statusOf(memberD1.token, `/api/v1/documents/${minutes}`)).toBe(200);
      // Reading through a concern never lets one act: S1's officer cannot review D1's initiative.
      const review = await fetch(`${url}/api/v1/initiatives/${cited}/review`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${headS1.token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ membersTotal: 3, votesFor: 3, scope: 'unit' }),
      });
      expect(review.status).toBe(403);
    } finally {
      probe.active = true;
      lookupMocks = mockLookup();
    }
  });

  it('finds the unit of every path-addressed resource in the real schema', async () => {
    const lookup = new ResourceUnitLookup(api.db);
    const resources = new Map(
      routes.flatMap((route) =>
        route.unit?.from === 'param' ? [[route.unit.resource.name, route.unit.resource]] : [],
      ),
    );
    expect([...resources.keys()]).toEqual(expect.arrayContaining(['dossier', 'unit', 'user']));
    for (const resource of resources.values()) {
      await expect(lookup.unitOf(resource, randomUUID())).resolves.toBeNull();
      await expect(lookup.concernedUnitsOf(resource, randomUUID())).resolves.toEqual([]);
    }
    expect(
      [...resources.values()]
        .filter((resource) => resource.concernedUnits !== undefined)
        .map((resource) => resource.name)
        .sort(),
    ).toEqual([
      'cluster year',
      'cluster year (as its leader)',
      'complaint',
      'decision',
      'document',
      'initiative',
    ]);
    await expect(lookup.unitOf(resources.get('unit')!, units.S1)).resolves.toBe(units.S1);
  });
});
