import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { CallHandler, ExecutionContext, NestInterceptor, Type } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { Observable } from 'rxjs';
import { listRoutes, ResourceUnitLookup, type RouteInfo } from '@tdkt/api';
import { AuthenticateUseCase } from '@tdkt/server-feature-identity';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';

/**
 * Poison input at the edge, for every route of the application (from the route catalog, as the
 * authorisation matrix does): NUL, other C0 controls, lone surrogates and U+FFFF in each kind of
 * input (path parameter, query key and value, JSON body key and value) and malformed
 * percent-encoding answer 400 VALIDATION_FAILED naming the field and the rule, before the access
 * guard reads the database and before any handler could store something or signal a workflow.
 * Numbers are range-checked in every DTO; bad encodings answer 400 or 415, never 500.
 */

interface ErrorBody {
  code: string;
  errors?: { field: string; rule: string; message: { vi: string; en: string } }[];
}

/** Each poison, as it goes into a JSON string and into a URL, and the rules that may name it. */
const POISONS = [
  { name: 'NUL', text: 'a\u0000b', url: 'a%00b', rules: ['noControlCharacters'] },
  {
    name: 'vertical tab pasted from Word',
    text: 'Lý do\u000B',
    url: 'L%C3%BD%0B',
    rules: ['noControlCharacters'],
  },
  { name: 'U+FFFF', text: '\uFFFF', url: '%EF%BF%BF', rules: ['noNoncharacters'] },
  // A lone surrogate has no UTF-8 form: in a URL its CESU-8 bytes are invalid UTF-8.
  {
    name: 'lone surrogate',
    text: 'x\uD800y',
    url: 'x%ED%A0%80y',
    rules: ['wellFormedUnicode', 'percentEncoding'],
  },
] as const;

/** Test-only: records that a request reached the handler's interceptors, and answers instead of it. */
class HandlerProbe implements NestInterceptor {
  reached: string[] = [];

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    this.reached.push(`${context.getClass().name}.${context.getHandler().name}`);
    return next.handle();
  }
}

/** The DTO's first property validated as a string, else a name no DTO declares. */
function stringField(dto: Type | undefined): string {
  if (dto === undefined) return 'note';
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return metadata.find((entry) => entry.name === 'isString')?.propertyName ?? 'note';
}

/** Every property of a DTO (nested DTOs included) validated as a number, with its range rules. */
function numericProperties(dto: Type, seen = new Set<Type>()): string[] {
  if (seen.has(dto)) return [];
  seen.add(dto);
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const byProperty = new Map<string, Set<string>>();
  for (const entry of metadata) {
    const names = byProperty.get(entry.propertyName) ?? new Set<string>();
    names.add(entry.name ?? entry.type);
    byProperty.set(entry.propertyName, names);
  }
  const unbounded = [...byProperty]
    .filter(
      ([, rules]) =>
        (rules.has('isInt') || rules.has('isNumber')) && !(rules.has('min') && rules.has('max')),
    )
    .map(([property]) => `${dto.name}.${property}`);
  const nested = metadata
    .filter((entry) => entry.type === 'nestedValidation')
    .flatMap((entry) => {
      const type = Reflect.getMetadata(
        'design:type',
        dto.prototype as object,
        entry.propertyName,
      ) as Type | undefined;
      return type === undefined || type === Array || type === Object
        ? []
        : numericProperties(type, seen);
    });
  return [...unbounded, ...nested];
}

describe('poison input at the edge of every route', () => {
  let api: InProcessApi;
  let url: string;
  let routes: RouteInfo[];
  const probe = new HandlerProbe();
  let authenticate: jest.SpyInstance;
  let unitLookup: jest.SpyInstance;

  beforeAll(async () => {
    api = await createInProcessApi({ LOGIN_RATE_LIMIT: '100000' });
    api.app.useGlobalInterceptors(probe);
    routes = listRoutes(api.app);
    authenticate = jest.spyOn(api.app.get(AuthenticateUseCase), 'execute');
    unitLookup = jest.spyOn(api.app.get(ResourceUnitLookup), 'unitOf');
    url = await api.listen();
  });
  afterAll(() => api?.stop());

  async function send(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; payload: ErrorBody }> {
    const response = await fetch(`${url}${path}`, {
      method,
      redirect: 'manual',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, payload: (await response.json()) as ErrorBody };
  }

  /** A route's path with each parameter a fresh UUID, or `poisoned` for the one named. */
  function pathOf(route: RouteInfo, poisoned?: { param: string; value: string }): string {
    return route.path.replace(/:(\w+)/g, (_match, name: string) =>
      poisoned?.param === name ? poisoned.value : randomUUID(),
    );
  }

  it('answers 400 naming the field and rule for every route × kind of input × poison, before the guard reads anything', async () => {
    const cases: {
      label: string;
      method: string;
      path: string;
      body?: string;
      field: string;
      rules: readonly string[];
    }[] = [];
    for (const route of routes) {
      const param = /:(\w+)/.exec(route.path)?.[1];
      const queryField = stringField(route.query);
      const bodyField = stringField(route.body);
      for (const poison of POISONS) {
        const label = `${route.method} ${route.path} (${poison.name})`;
        if (param !== undefined)
          cases.push({
            label: `${label} path :${param}`,
            method: route.method,
            path: pathOf(route, { param, value: poison.url }),
            field: param,
            rules: poison.rules,
          });
        cases.push(
          {
            label: `${label} query value`,
            method: route.method,
            path: `${pathOf(route)}?${queryField}=${poison.url}`,
            field: queryField,
            rules: poison.rules,
          },
          {
            label: `${label} query key`,
            method: route.method,
            path: `${pathOf(route)}?k${poison.url}=1`,
            field: '(key)',
            rules: poison.rules,
          },
        );
        if (route.method !== 'GET')
          cases.push(
            {
              label: `${label} body value`,
              method: route.method,
              path: pathOf(route),
              body: JSON.stringify({ [bodyField]: poison.text }),
              field: bodyField,
              rules: poison.rules,
            },
            {
              label: `${label} nested body value`,
              method: route.method,
              path: pathOf(route),
              body: JSON.stringify({ outcome: { items: [{ reason: poison.text }] } }),
              field: 'outcome.items[0].reason',
              rules: poison.rules,
            },
            {
              label: `${label} body key`,
              method: route.method,
              path: pathOf(route),
              body: JSON.stringify({ [`k${poison.text}`]: 'v' }),
              field: '(key)',
              rules: poison.rules,
            },
          );
      }
    }

    const mismatches: string[] = [];
    for (let i = 0; i < cases.length; i += 50) {
      await Promise.all(
        cases.slice(i, i + 50).map(async (test) => {
          const { status, payload } = await send(test.method, test.path, test.body);
          // A poisoned key is named escaped (k\u0000), or "query" when it does not even decode.
          const names = (field: string) =>
            test.field === '(key)'
              ? (field.startsWith('k') && field.includes('\\u')) || field === 'query'
              : field === test.field;
          const named = (payload.errors ?? []).find(
            (error) => names(error.field) && test.rules.includes(error.rule),
          );
          if (status !== 400 || payload.code !== 'VALIDATION_FAILED' || named === undefined)
            mismatches.push(`${test.label}: ${status} ${JSON.stringify(payload)}`);
          else if (
            !named.message.vi.includes(named.field) ||
            !named.message.en.includes(named.field)
          )
            mismatches.push(`${test.label}: the message does not name ${named.field}`);
        }),
      );
    }

    expect(mismatches).toEqual([]);
    expect(cases.length).toBeGreaterThan(routes.length * POISONS.length * 3);
    // Nothing went past the edge: no token was looked up, no resource found, no handler reached.
    expect(authenticate).not.toHaveBeenCalled();
    expect(unitLookup).not.toHaveBeenCalled();
    expect(probe.reached).toEqual([]);
    const [row] = await api.db.query<{ count: string }[]>(`SELECT count(*) FROM audit_log`);
    expect(Number(row?.count)).toBe(0);
  });

  it('refuses malformed percent-encoding in the path and the query', async () => {
    const dossier = routes.find(
      (route) => route.path === '/api/v1/dossiers/:id' && route.method === 'GET',
    );
    expect(dossier).toBeDefined();
    for (const [path, field] of [
      ['/api/v1/dossiers/%ZZ', 'id'],
      ['/api/v1/dossiers/%C3%28', 'id'],
      ['/api/v1/dossiers?q=%E0%A4%A', 'q'],
      ['/api/v1/dossiers?q=100%', 'q'],
      ['/api/v1/no-such-route/%FF', 'path'],
    ] as const) {
      const { status, payload } = await send('GET', path);
      expect({
        path,
        status,
        code: payload.code,
        errors: payload.errors?.map((e) => [e.field, e.rule]),
      }).toEqual({
        path,
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [[field, 'percentEncoding']],
      });
    }
  });

  it('signs nobody in with a poisoned username or password: 400, not 500', async () => {
    for (const body of [
      { username: 'demo.admin\u0000', password: 'x' },
      { username: 'demo.admin', password: '\uD800secret' },
    ]) {
      const { status, payload } = await send('POST', '/api/v1/auth/login', JSON.stringify(body));
      expect(status).toBe(400);
      expect(payload.code).toBe('VALIDATION_FAILED');
    }
  });

  it('range-checks every number of every body and query DTO before it can reach SQL', () => {
    const dtos = new Set(
      routes.flatMap((route) => [route.body, route.query]).filter((dto) => dto !== undefined),
    );
    const unbounded = [...dtos].flatMap((dto) => numericProperties(dto));
    expect(unbounded).toEqual([]);
  });

  it('answers bad encodings of a body with 400 or 415, never 500', async () => {
    const login = '/api/v1/auth/login';
    const json = JSON.stringify({ username: 'demo.admin', password: 'x' });
    const cases: [string, string | Buffer, Record<string, string>, number, string][] = [
      [
        'an unknown content-encoding',
        json,
        { 'content-encoding': 'garbage' },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'gzip that is not gzip',
        'not gzip at all',
        { 'content-encoding': 'gzip' },
        400,
        'MALFORMED_REQUEST',
      ],
      [
        'an unknown charset',
        json,
        { 'content-type': 'application/json; charset=klingon' },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      ['JSON that does not parse', '{"username": ', {}, 400, 'MALFORMED_REQUEST'],
      [
        'JSON with a raw control character',
        '{"username": "a\u0001"}',
        {},
        400,
        'MALFORMED_REQUEST',
      ],
    ];
    for (const [name, body, headers, status, code] of cases) {
      const response = await fetch(`${url}${login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      const payload = (await response.json()) as ErrorBody;
      expect({ name, status: response.status, code: payload.code }).toEqual({ name, status, code });
    }
    // Real gzip of poisoned JSON is inflated, then refused like any other body.
    const gzipped = await fetch(`${url}${login}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ username: 'a\u0000', password: 'x' })),
    });
    expect(gzipped.status).toBe(400);
    expect(((await gzipped.json()) as ErrorBody).errors?.[0]).toMatchObject({
      field: 'username',
      rule: 'noControlCharacters',
    });
  });
});
