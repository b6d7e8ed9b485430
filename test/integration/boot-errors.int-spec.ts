import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { freePort, startNodeApp } from '@tdkt/infra';
import { TEST_ENV, testEnv } from '../support/test-env';

/** Runs an app's entry point with the given environment and returns its exit code and output. */
async function boot(
  app: 'api' | 'worker',
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const process = startNodeApp(
    app,
    `apps/${app}/src/main.ts`,
    { LOG_LEVEL: 'error', ...env },
    join(tmpdir(), 'tdkt-boot-errors'),
  );
  const code = await process.waitForExit();
  return { code, output: process.recentOutput() };
}

describe('misconfiguration at boot', () => {
  const goodDatabase = () => new URL(testEnv(TEST_ENV.pgAdminUrl)).toString();
  const jwtSecret = 'a-test-secret-that-is-long-enough-0123456789';

  it.each(['api', 'worker'] as const)(
    '%s: a malformed DATABASE_URL exits non-zero naming it, without a stack trace',
    async (app) => {
      const { code, output } = await boot(app, {
        DATABASE_URL: 'postgresql//nohost',
        TEMPORAL_ADDRESS: testEnv(TEST_ENV.temporalAddress),
        JWT_SECRET: jwtSecret,
      });

      expect(code).not.toBe(0);
      expect(output).toContain('DATABASE_URL: must be a PostgreSQL connection URL');
      expect(output).not.toMatch(/\n\s+at /);
    },
  );

  it.each(['api', 'worker'] as const)(
    '%s: an unreachable TEMPORAL_ADDRESS exits non-zero naming it',
    async (app) => {
      const deadPort = await freePort();
      const { code, output } = await boot(app, {
        DATABASE_URL: goodDatabase(),
        TEMPORAL_ADDRESS: `127.0.0.1:${deadPort}`,
        TEMPORAL_CONNECT_TIMEOUT_SECONDS: '2',
        API_PORT: String(await freePort()),
        JWT_SECRET: jwtSecret,
      });

      expect(code).not.toBe(0);
      expect(output).toContain(`Cannot reach Temporal at TEMPORAL_ADDRESS=127.0.0.1:${deadPort}`);
      expect(output).not.toMatch(/\n\s+at /);
    },
  );

  it.each(['api', 'worker'] as const)(
    '%s: an unknown RULES_PROFILE exits non-zero naming it and the profiles it knows',
    async (app) => {
      const { code, output } = await boot(app, {
        DATABASE_URL: goodDatabase(),
        TEMPORAL_ADDRESS: testEnv(TEST_ENV.temporalAddress),
        JWT_SECRET: jwtSecret,
        RULES_PROFILE: 'VN-DN',
      });

      expect(code).not.toBe(0);
      expect(output).toContain(
        'RULES_PROFILE: must be a provincial profile the engine knows: DN (got "VN-DN")',
      );
      expect(output).not.toMatch(/\n\s+at /);
    },
  );

  it('api: an unreachable database exits non-zero naming DATABASE_URL with the password hidden', async () => {
    const deadPort = await freePort();
    const { code, output } = await boot('api', {
      DATABASE_URL: `postgres://tdkt:secret-pw@127.0.0.1:${deadPort}/tdkt`,
      TEMPORAL_ADDRESS: testEnv(TEST_ENV.temporalAddress),
      JWT_SECRET: jwtSecret,
    });

    expect(code).not.toBe(0);
    expect(output).toContain(
      `Cannot connect to PostgreSQL at DATABASE_URL=postgres://tdkt:***@127.0.0.1:${deadPort}/tdkt`,
    );
    expect(output).not.toContain('secret-pw');
  });

  it.each([
    ['missing', undefined, 'JWT_SECRET: must be at least 32 characters', '(not set)'],
    ['too short', 'short-secret-123', 'JWT_SECRET: must be at least 32 characters', 'got "***"'],
  ])(
    'api: a %s JWT_SECRET exits non-zero naming it, without printing it',
    async (_label, secret, message, shown) => {
      const { code, output } = await boot('api', {
        DATABASE_URL: goodDatabase(),
        TEMPORAL_ADDRESS: testEnv(TEST_ENV.temporalAddress),
        JWT_SECRET: secret,
      });

      expect(code).not.toBe(0);
      expect(output).toContain(message);
      expect(output).toContain(shown);
      expect(output).not.toContain('short-secret-123');
    },
  );

  it('api: OIDC_ISSUER_URL without its client settings exits non-zero naming them', async () => {
    const { code, output } = await boot('api', {
      DATABASE_URL: goodDatabase(),
      TEMPORAL_ADDRESS: testEnv(TEST_ENV.temporalAddress),
      JWT_SECRET: jwtSecret,
      OIDC_ISSUER_URL: 'https://sso.dongnai.gov.vn/realms/tdkt',
    });

    expect(code).not.toBe(0);
    expect(output).toContain('OIDC_CLIENT_ID: is required when OIDC_ISSUER_URL is set');
    expect(output).toContain('OIDC_CLIENT_SECRET: is required when OIDC_ISSUER_URL is set');
    expect(output).toContain('OIDC_REDIRECT_URL: is required when OIDC_ISSUER_URL is set');
  });

  it('worker: an unknown namespace exits non-zero naming it', async () => {
    const { code, output } = await boot('worker', {
      DATABASE_URL: goodDatabase(),
      TEMPORAL_ADDRESS: testEnv(TEST_ENV.temporalAddress),
      TEMPORAL_NAMESPACE: 'no-such-namespace',
    });

    expect(code).not.toBe(0);
    expect(output).toContain('namespace no-such-namespace');
  });
});
