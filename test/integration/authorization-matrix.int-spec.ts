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
/** Callers' grants sit on D1; the in-scope target is in D1's subtree, the out-of-scope one is not. */
const TARGET = { in: 'S1', out: 'S2' } as const satisfies Record<string, UnitName>;

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
  const notFound = route.unit.from === 'param' ? route.unit.resource.notFound : 'NOT_FOUND';
  if (route.method === 'GET') return { allowed: false, status: 404, code: notFound };
  if (route.unit.from !== 'param') return { allowed: false, status: 403, code: 'FORBIDDEN' };
  return holds(caller, route.unit.resource.readPermission, target)
    ? { allowed: false, status: 403, code: 'FORBIDDEN' }
    : { allowed: false, status: 404, code: notFound };
}

describe('authorisation', () => {
  let api: InProcessApi;
  let url: string;
  let routes: RouteInfo[];
  const probe = new AccessProbe();
  const units = {} as Record<UnitName, string>;
  const tokens = new Map<string, string>();
  /** Path-addressed resources resolve by these ids: one in S1, one in S2. */
  const resourceIds = { in: randomUUID(), out: randomUUID() };

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
    jest
      .spyOn(api.app.get(ResourceUnitLookup), 'unitOf')
      .mockImplementation((_resource: ScopedResource, id: string) =>
        Promise.resolve(
          id === resourceIds.in ? units.S1 : id === resourceIds.out ? units.S2 : null,
        ),
      );
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
      const scopes: Scope[] = route.unit === undefined ? ['none'] : ['in', 'out'];
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

  it('finds the unit of every path-addressed resource in the real schema', async () => {
    const lookup = new ResourceUnitLookup(api.db);
    const resources = new Map(
      routes.flatMap((route) =>
        route.unit?.from === 'param' ? [[route.unit.resource.name, route.unit.resource]] : [],
      ),
    );
    expect([...resources.keys()]).toEqual(expect.arrayContaining(['dossier', 'unit', 'user']));
    for (const resource of resources.values())
      await expect(lookup.unitOf(resource, randomUUID())).resolves.toBeNull();
    await expect(lookup.unitOf(resources.get('unit')!, units.S1)).resolves.toBe(units.S1);
  });
});
