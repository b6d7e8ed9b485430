import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT } from '@tdkt/infra';
import { seedDemoAccounts, seedDemoData } from '@tdkt/server-seed';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';
import { TEST_DEMO_PASSWORD } from '../support/system';

const run = promisify(execFile);

/**
 * The operator CLI keeps its session between commands: a series of commands signs in once, within a
 * log-in rate limit it would otherwise exhaust, refreshes when its access token has expired, keeps the
 * refresh token in a file only its owner can read, and `tdkt logout` ends the session at the API.
 */
describe('the CLI keeps its session', () => {
  let api: InProcessApi;
  let url: string;
  const home = mkdtempSync(join(tmpdir(), 'tdkt-cli-home-'));
  const sessionFile = join(home, 'session.json');

  beforeAll(async () => {
    // Three log-in or refresh requests a minute: the six commands below would need six.
    api = await createInProcessApi({
      LOGIN_RATE_LIMIT: '3',
      LOGIN_RATE_LIMIT_WINDOW_SECONDS: '600',
    });
    await seedDemoData(api.db);
    await seedDemoAccounts(api.db, TEST_DEMO_PASSWORD);
    url = await api.listen();
  });
  afterAll(() => api?.stop());

  async function tdkt(env: NodeJS.ProcessEnv, ...args: string[]) {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'apps/cli/src/main.ts'), ...args],
        {
          cwd: WORKSPACE_ROOT,
          env: {
            ...process.env,
            HOME: home,
            TDKT_API_URL: url,
            TDKT_USERNAME: 'demo.admin',
            TDKT_SESSION_FILE: sessionFile,
            ...env,
          },
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  const storedSession = () =>
    JSON.parse(readFileSync(sessionFile, 'utf8')) as {
      accessToken: string;
      accessExpiresAt: number;
      refreshToken: string;
    };

  it('signs in once for many commands, in a file only its owner reads, and refreshes when the token expired', async () => {
    const password = { TDKT_PASSWORD: TEST_DEMO_PASSWORD };
    for (let i = 0; i < 6; i += 1) {
      const counted = await tdkt(password, 'stuck', 'counts');
      expect({ i, code: counted.code, stderr: counted.stderr }).toEqual({ i, code: 0, stderr: '' });
    }
    expect(statSync(sessionFile).mode & 0o777).toBe(0o600);
    const first = storedSession();

    // Later commands need no password while the session lasts.
    expect((await tdkt({ TDKT_PASSWORD: '' }, 'stuck', 'counts')).code).toBe(0);

    // An expired access token is refreshed (once), the new refresh token kept.
    writeFileSync(sessionFile, JSON.stringify({ ...first, accessExpiresAt: Date.now() - 1000 }));
    const refreshed = await tdkt({ TDKT_PASSWORD: '' }, 'stuck', 'counts');
    expect(refreshed).toMatchObject({ code: 0, stderr: '' });
    const second = storedSession();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(statSync(sessionFile).mode & 0o777).toBe(0o600);

    // An access token the API no longer takes is renewed on the spot.
    writeFileSync(sessionFile, JSON.stringify({ ...second, accessToken: 'not-a-token' }));
    expect((await tdkt({ TDKT_PASSWORD: '' }, 'stuck', 'counts')).code).toBe(0);

    const last = storedSession();
    const out = await tdkt({}, 'logout');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Đã đăng xuất');
    expect(() => statSync(sessionFile)).toThrow();
    // The session ended at the API: its refresh token no longer works.
    const reused = await fetch(`${url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: last.refreshToken }),
    });
    expect(reused.status).toBe(401);

    const signedOut = await tdkt({ TDKT_PASSWORD: '' }, 'stuck', 'counts');
    expect(signedOut.code).not.toBe(0);
    expect(signedOut.stderr).toContain('Chưa đăng nhập');
    expect(signedOut.stderr).toContain('TDKT_PASSWORD');
  });

  it('prints the API’s refusal in Vietnamese and English, field by field', async () => {
    const refused = await tdkt(
      { TDKT_PASSWORD: TEST_DEMO_PASSWORD },
      'stuck',
      'list',
      '--unit',
      'not-a-unit',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Lỗi 400 VALIDATION_FAILED: Dữ liệu gửi lên không hợp lệ.');
    expect(refused.stderr).toContain('Error 400 VALIDATION_FAILED: The request is not valid.');
    expect(refused.stderr).toMatch(/ {2}- unitId: .+/);
  });
});
