import { ListUnitsUseCase } from '@tdkt/server-feature-identity';
import { seedDemoAccounts, seedDemoData } from '@tdkt/server-seed';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';
import { logIn, request, TEST_DEMO_PASSWORD, unitIdOf } from '../support/system';

interface ErrorBody {
  code: string;
  errors?: { field: string; rule: string }[];
}

const WEB_APP_ORIGIN = 'https://tdkt.example.gov.vn';

/**
 * OWASP API Security Top 10 (2023) checks that are not elsewhere (docs/security.md maps every category
 * to its tests): security headers and the CORS allow-list (API8), no stack traces and no Swagger UI in
 * production (API8), rate limits shared by every API process and body and page limits (API4), what
 * an account shows (API3), and uploaded files that cannot be turned into something else (a PNG named
 * .html, a PDF with JavaScript).
 */
describe('security of the API (OWASP API Top 10 2023)', () => {
  let api: InProcessApi;
  let url: string;

  beforeAll(async () => {
    api = await createInProcessApi({
      API_CORS_ORIGINS: WEB_APP_ORIGIN,
      LOGIN_RATE_LIMIT: '100000',
      API_JSON_LIMIT_KB: '16',
    });
    await seedDemoData(api.db);
    await seedDemoAccounts(api.db, TEST_DEMO_PASSWORD);
    url = await api.listen();
  });
  afterAll(() => api?.stop());

  it('sends the security headers on every answer, errors included', async () => {
    for (const path of ['/health/live', '/api/v1/auth/me', '/api/v1/no-such-route']) {
      const response = await fetch(`${url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect({ path, csp: csp.split(';').sort() }).toEqual({
        path,
        csp: [
          "base-uri 'self'",
          "connect-src 'self'",
          "default-src 'self'",
          "font-src 'self' data:",
          "form-action 'self'",
          "frame-ancestors 'none'",
          "img-src 'self' data: blob:",
          "object-src 'none'",
          "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
        ],
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('lets pages of the allowed origin call it from a browser, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${url}/api/v1/auth/me`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight(WEB_APP_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(WEB_APP_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');

    const stranger = await preflight('https://evil.example.com');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const read = await fetch(`${url}/health/live`, {
      headers: { origin: 'https://evil.example.com' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses bodies and pages past their limits', async () => {
    const big = await request<ErrorBody>({ apiUrl: url }, 'POST', '/api/v1/auth/login', {
      body: { username: 'x'.repeat(20_000), password: 'y' },
    });
    expect([big.status, big.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const admin = await logIn({ apiUrl: url }, 'demo.admin');
    const page = await request<ErrorBody>(
      { apiUrl: url, token: admin.accessToken },
      'GET',
      '/api/v1/audit?limit=1001',
    );
    expect([page.status, page.body.errors?.[0]?.field, page.body.errors?.[0]?.rule]).toEqual([
      400,
      'limit',
      'max',
    ]);
  });

  it('documents every nullable text as text, not as an object (the OpenAPI document tells the truth)', async () => {
    const document = (await (await fetch(`${url}/api/openapi.json`)).json()) as {
      components: {
        schemas: Record<string, { properties?: Record<string, Record<string, unknown>> }>;
      };
    };
    const untyped = Object.entries(document.components.schemas).flatMap(
      ([schema, { properties }]) =>
        Object.entries(properties ?? {})
          .filter(
            ([, property]) =>
              property.type === 'object' &&
              property.properties === undefined &&
              property.additionalProperties === undefined &&
              property.$ref === undefined &&
              // A nullable nested object is `allOf: [{ $ref }]` beside `nullable: true`: typed.
              property.allOf === undefined,
          )
          .map(([name]) => `${schema}.${name}`),
    );
    expect(untyped).toEqual([]);
  });

  it('shows an account without any credential', async () => {
    const admin = await logIn({ apiUrl: url }, 'demo.admin');
    const users = await request<Record<string, unknown>[]>(
      { apiUrl: url, token: admin.accessToken },
      'GET',
      '/api/v1/users',
    );
    expect(users.status).toBe(200);
    const text = JSON.stringify(users.body);
    expect(text).not.toMatch(/password_?hash|argon2|"password"/i);
  });

  it('stores a file under the name of what it is, and refuses a PDF that runs JavaScript', async () => {
    const officer = await logIn({ apiUrl: url }, 'demo.officer.thlg');
    const caller = { apiUrl: url, token: officer.accessToken };
    const draft = await request<{ id: string }>(caller, 'POST', '/api/v1/dossiers', {
      body: {
        year: 2024,
        awardCode: 'CSTDCS',
        proposingUnitId: await unitIdOf(api, 'DN-CM-TH-LG'),
        nominee: { kind: 'individual', name: 'Nguyễn Văn Bình' },
        achievementsSummary: 'Giáo viên dạy giỏi.',
        submit: false,
      },
    });
    expect(draft.status).toBe(201);
    const upload = (content: Buffer, fileName: string) => {
      const form = new FormData();
      form.append('file', new Blob([content]), fileName);
      return fetch(`${url}/api/v1/dossiers/${draft.body.id}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officer.accessToken}` },
        body: form,
      });
    };

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const stored = await upload(png, 'evil.html');
    expect(stored.status).toBe(201);
    const attachment = (await stored.json()) as {
      id: string;
      fileName: string;
      contentType: string;
    };
    expect([attachment.fileName, attachment.contentType]).toEqual(['evil.png', 'image/png']);
    const download = await fetch(
      `${url}/api/v1/dossiers/${draft.body.id}/attachments/${attachment.id}`,
      { headers: { authorization: `Bearer ${officer.accessToken}` } },
    );
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toBe(
      "attachment; filename*=UTF-8''evil.png",
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');

    const scripted = Buffer.from(
      '%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj\n2 0 obj << /S /JavaScript /JS (app.launchURL("https://evil.example.com")) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    );
    const refused = await upload(scripted, 'to-trinh.pdf');
    const body = (await refused.json()) as ErrorBody;
    expect([refused.status, body.code, body.errors?.[0]?.rule]).toEqual([
      415,
      'UNSUPPORTED_FILE_TYPE',
      'pdfActiveContent',
    ]);
  });

  describe('in production', () => {
    let production: InProcessApi;
    let productionUrl: string;

    beforeAll(async () => {
      production = await createInProcessApi({ NODE_ENV: 'production', LOGIN_RATE_LIMIT: '100000' });
      await seedDemoData(production.db);
      await seedDemoAccounts(production.db, TEST_DEMO_PASSWORD);
      productionUrl = await production.listen();
    });
    afterAll(() => production?.stop());

    it('serves no Swagger UI and no OpenAPI document', async () => {
      for (const path of ['/api/docs', '/api/openapi.json'])
        expect({ path, status: (await fetch(`${productionUrl}${path}`)).status }).toEqual({
          path,
          status: 404,
        });
    });

    it('answers an unexpected failure 500 without a trace of its internals', async () => {
      jest
        .spyOn(production.app.get(ListUnitsUseCase), 'execute')
        .mockRejectedValueOnce(
          new TypeError(
            "Cannot read properties of undefined (reading 'code') at /srv/tdkt/libs/x.ts:12",
          ),
        );
      const admin = await logIn({ apiUrl: productionUrl }, 'demo.admin');
      const response = await fetch(`${productionUrl}/api/v1/units`, {
        headers: { authorization: `Bearer ${admin.accessToken}` },
      });
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(Object.keys(JSON.parse(text) as object).sort()).toEqual([
        'code',
        'message',
        'requestId',
      ]);
      expect(text).not.toMatch(/TypeError|\/srv\/tdkt|\.ts:|\bat \//);
    });
  });

  it('shares the log-in rate limit between API processes on the same database', async () => {
    const limited = { LOGIN_RATE_LIMIT: '4', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '60' };
    const first = await createInProcessApi(limited);
    const second = await createInProcessApi(limited, { databaseUrl: first.config.DATABASE_URL });
    try {
      const urls = [await first.listen(), await second.listen()];
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        const response = await request({ apiUrl: urls[i % 2]! }, 'POST', '/api/v1/auth/login', {
          body: { username: 'nobody', password: 'guess-123' },
        });
        statuses.push(response.status);
      }
      // Four in the window across both processes; per process it would have been six 401s.
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});
