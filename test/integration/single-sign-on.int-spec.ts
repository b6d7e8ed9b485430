import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ManagedProcess } from '@tdkt/infra';
import { seedDemoAccounts, seedDemoData } from '@tdkt/server-seed';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';
import { request, TEST_DEMO_PASSWORD } from '../support/system';

const CLIENT_ID = 'tdkt-api';
const CLIENT_SECRET = randomBytes(24).toString('base64url');
/** Accounts at the provider, by subject. */
const PROVIDER_ACCOUNTS = {
  'kc-7f3a-reviewer': { preferred_username: 'demo.reviewer.cm', name: 'Chuyên viên Phòng Nội vụ' },
  'kc-91b2-auditor': { preferred_username: 'demo.auditor', name: 'Kiểm toán viên' },
  'kc-0c44-stranger': { preferred_username: 'khong.co.tai.khoan', name: 'Người lạ' },
};

interface SignOnBody {
  code?: string;
  accessToken?: string;
  user?: { username: string };
}

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) started by this test, with
 * the real authorization-code flow: PKCE, state, nonce, the code exchange with the client secret, and
 * an RS256 ID token checked against the provider's published keys.
 */
describe('single sign-on through OpenID Connect', () => {
  let provider: ManagedProcess;
  let api: InProcessApi;
  let apiUrl: string;
  let issuer: string;

  beforeAll(async () => {
    const [providerPort, apiPort] = [await freePort(), await freePort()];
    issuer = `http://127.0.0.1:${providerPort}`;
    const callbackUrl = `http://127.0.0.1:${apiPort}/api/v1/auth/sso/callback`;
    provider = new ManagedProcess(
      'oidc-provider',
      process.execPath,
      [join(__dirname, '..', 'support', 'oidc-provider.mjs')],
      {
        env: {
          ...process.env,
          OIDC_PORT: String(providerPort),
          OIDC_CLIENT_ID: CLIENT_ID,
          OIDC_CLIENT_SECRET: CLIENT_SECRET,
          OIDC_REDIRECT_URI: callbackUrl,
          OIDC_ACCOUNTS: JSON.stringify(PROVIDER_ACCOUNTS),
        },
        logFile: join(tmpdir(), `tdkt-oidc-${providerPort}.log`),
      },
    );
    await provider.waitForLine(/oidc provider listening/, 30_000);
    api = await createInProcessApi({
      LOGIN_RATE_LIMIT: '100000',
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URL: callbackUrl,
    });
    await seedDemoData(api.db);
    await seedDemoAccounts(api.db, TEST_DEMO_PASSWORD);
    apiUrl = await api.listen(apiPort);
  });
  afterAll(async () => {
    await api?.stop();
    await provider?.stop();
  });

  /**
   * Follows the browser's redirects from the API's sign-on start through the provider (keeping its
   * cookies) to the API's callback; answers the callback's response and its URL.
   */
  async function signOn(
    subject: string,
  ): Promise<{ status: number; body: SignOnBody; callback: string }> {
    const { response, callback } = await reachCallback(subject, '*/*');
    return { status: response.status, body: (await response.json()) as SignOnBody, callback };
  }

  /** The API's answer at the callback, asked for with the given Accept header (a browser's or a script's). */
  async function reachCallback(
    subject: string,
    accept: string,
  ): Promise<{ response: Response; callback: string }> {
    const cookies = new Map<string, string>();
    let next = `${apiUrl}/api/v1/auth/sso/login?loginHint=${subject}`;
    for (let hop = 0; hop < 12; hop += 1) {
      const atCallback = next.startsWith(`${apiUrl}/api/v1/auth/sso/callback`);
      const response = await fetch(next, {
        redirect: 'manual',
        headers: {
          cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(atCallback ? { accept } : {}),
        },
      });
      if (atCallback) return { response, callback: next };
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const separator = pair!.indexOf('=');
        cookies.set(pair!.slice(0, separator), pair!.slice(separator + 1));
      }
      const location = response.headers.get('location');
      if (location === null)
        throw new Error(
          `${next} answered ${response.status} without a redirect: ${await response.text()}`,
        );
      next = new URL(location, next).toString();
    }
    throw new Error('too many redirects');
  }

  const auditActions = async (entityId: string) =>
    (
      await api.db.query<{ action: string }[]>(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
        [entityId],
      )
    ).map((row) => row.action);

  it('redirects to the provider with PKCE, state and nonce', async () => {
    const response = await fetch(`${apiUrl}/api/v1/auth/sso/login`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin).toBe(issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      code_challenge_method: 'S256',
      scope: 'openid profile email',
    });
    for (const parameter of ['state', 'nonce', 'code_challenge'])
      expect(location.searchParams.get(parameter)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('signs a person on, linking their provider account to their user by username the first time', async () => {
    const first = await signOn('kc-7f3a-reviewer');
    expect(first.status).toBe(200);
    expect(first.body.user?.username).toBe('demo.reviewer.cm');
    const me = await request<{ username: string }>({ apiUrl }, 'GET', '/api/v1/auth/me', {
      token: first.body.accessToken,
    });
    expect(me.body.username).toBe('demo.reviewer.cm');

    const links = await api.db.query<{ user_id: string; issuer: string }[]>(
      `SELECT e.user_id, e.issuer FROM external_identities e WHERE e.subject = 'kc-7f3a-reviewer'`,
    );
    expect(links).toHaveLength(1);
    expect(links[0]!.issuer).toBe(issuer);
    expect(await auditActions(links[0]!.user_id)).toContain('user.identity_linked');

    const second = await signOn('kc-7f3a-reviewer');
    expect(second.status).toBe(200);
    const [count] = await api.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.identity_linked' AND entity_id = $1`,
      [links[0]!.user_id],
    );
    expect(count!.n).toBe(1);
    const [signOns] = await api.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE action = 'auth.logged_in' AND actor_id = $1 AND after->>'method' = 'oidc'`,
      [links[0]!.user_id],
    );
    expect(signOns!.n).toBe(2);
  });

  it('sends a browser back to the web app with its session cookie set, or to the sign-in page when it fails', async () => {
    const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const { response, callback } = await reachCallback('kc-7f3a-reviewer', html);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers
      .getSetCookie()
      .find((value) => value.startsWith('tdkt_refresh='));
    expect(cookie).toMatch(
      /^tdkt_refresh=[\w-]{20,}; .*Path=\/api\/v1\/auth\/web.*HttpOnly.*SameSite=Strict/,
    );
    // The web app's first page load picks the session up from the cookie.
    const renewed = await fetch(`${apiUrl}/api/v1/auth/web/refresh`, {
      method: 'POST',
      headers: { 'x-requested-with': 'tdkt-web', cookie: cookie!.split(';')[0]! },
    });
    expect(renewed.status).toBe(200);
    expect(((await renewed.json()) as { user: { username: string } }).user.username).toBe(
      'demo.reviewer.cm',
    );

    const replayed = await fetch(callback, { redirect: 'manual', headers: { accept: html } });
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('location')).toBe('/sign-in?sso=failed');
    expect(replayed.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a callback replayed with a used state, or with a state it never issued', async () => {
    const { callback, status } = await signOn('kc-7f3a-reviewer');
    expect(status).toBe(200);
    const replayed = await request<{ code: string }>(
      { apiUrl },
      'GET',
      callback.slice(apiUrl.length),
    );
    expect([replayed.status, replayed.body.code]).toEqual([401, 'SSO_FAILED']);
    const invented = await request<{ code: string }>(
      { apiUrl },
      'GET',
      '/api/v1/auth/sso/callback?code=made-up&state=made-up',
    );
    expect([invented.status, invented.body.code]).toEqual([401, 'SSO_FAILED']);
  });

  it('refuses a provider account that belongs to no user here, and records the attempt', async () => {
    const stranger = await signOn('kc-0c44-stranger');
    expect([stranger.status, stranger.body.code]).toEqual([403, 'SSO_ACCOUNT_NOT_PROVISIONED']);
    expect(await auditActions('kc-0c44-stranger')).toEqual(['auth.login_failed']);
  });

  it('refuses a disabled account', async () => {
    await api.db.query(`UPDATE users SET disabled_at = now() WHERE username = 'demo.auditor'`);
    const disabled = await signOn('kc-91b2-auditor');
    expect([disabled.status, disabled.body.code]).toEqual([403, 'ACCOUNT_DISABLED']);
  });
});
