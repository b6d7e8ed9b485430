import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { seedDemoAccounts, seedDemoData } from '@tdkt/server-seed';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';
import { type LogInBody, logIn, request, TEST_DEMO_PASSWORD } from '../support/system';

interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
}

describe('authentication', () => {
  let api: InProcessApi;
  let system: { apiUrl: string };

  beforeAll(async () => {
    api = await createInProcessApi({
      LOGIN_RATE_LIMIT: '100000',
      LOGIN_MAX_FAILED_ATTEMPTS: '3',
      LOGIN_LOCKOUT_SECONDS: '900',
      JWT_ACCESS_TTL_SECONDS: '300',
      // The test speaks through "proxies" on loopback, so that attempts come from several addresses.
      API_TRUST_PROXY: 'loopback',
    });
    await seedDemoData(api.db);
    await seedDemoAccounts(api.db, TEST_DEMO_PASSWORD);
    system = { apiUrl: await api.listen() };
  });
  afterAll(() => api?.stop());

  const me = (token: string) =>
    request<{ username: string } & ErrorBody>(system, 'GET', '/api/v1/auth/me', { token });
  const refresh = (refreshToken: string) =>
    request<LogInBody & ErrorBody>(system, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken },
    });
  /** The audit rows of an action on an entity, with the fields of `after` these tests look at. */
  const auditOf = (action: string, entityId: string) =>
    api.db.query<
      {
        actor_kind: string;
        actor_id: string | null;
        request_id: string | null;
        reason: string | null;
        method: string | null;
        has_client_ip: boolean;
        has_locked_until: boolean;
      }[]
    >(
      `SELECT actor_kind, actor_id, request_id, after->>'reason' AS reason, after->>'method' AS method,
              after ? 'clientIp' AS has_client_ip, after->>'lockedUntil' IS NOT NULL AS has_locked_until
         FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY id`,
      [action, entityId],
    );

  /** A token signed with the API's own secret, as a thief who stole the secret could not do. */
  const signWithApiSecret = (
    claims: { sub: string; sid: string },
    expiresAt: number,
    secret = api.config.JWT_SECRET,
  ) =>
    new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setSubject(claims.sub)
      .setIssuer('tdkt-api')
      .setAudience('tdkt-api')
      .setIssuedAt(expiresAt - 300)
      .setExpirationTime(expiresAt)
      .sign(new TextEncoder().encode(secret));

  const claimsOf = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      sub: string;
      sid: string;
    };

  it('signs in with a password: tokens, the profile with roles and permissions, and an audit row', async () => {
    const response = await request<LogInBody & { user: { grants: { permissions: string[] }[] } }>(
      system,
      'POST',
      '/api/v1/auth/login',
      {
        body: { username: 'Demo.Officer.THLG ', password: TEST_DEMO_PASSWORD },
        headers: { 'X-Request-Id': 'req-login-0001' },
      },
    );

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 300 });
    expect(response.body.user.username).toBe('demo.officer.thlg');
    expect(response.body.user.grants.map((grant) => grant.role)).toEqual(['UNIT_OFFICER']);
    expect(response.body.user.grants[0]!.permissions).toContain('dossier:create');
    expect((await me(response.body.accessToken)).body.username).toBe('demo.officer.thlg');
    const { sid } = claimsOf(response.body.accessToken);
    expect(await auditOf('auth.logged_in', sid)).toEqual([
      {
        actor_kind: 'user',
        actor_id: response.body.user.id,
        request_id: 'req-login-0001',
        reason: null,
        method: 'password',
        has_client_ip: true,
        has_locked_until: false,
      },
    ]);
  });

  it('answers a wrong password and an unknown username alike, and audits the attempt on the real account', async () => {
    const wrong = await request<ErrorBody & { requestId: string }>(
      system,
      'POST',
      '/api/v1/auth/login',
      {
        body: { username: 'demo.head.thlg', password: 'not-the-password' },
      },
    );
    const unknown = await request<ErrorBody & { requestId: string }>(
      system,
      'POST',
      '/api/v1/auth/login',
      {
        body: { username: 'nobody.at.all', password: 'not-the-password' },
      },
    );

    expect([wrong.status, wrong.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect([unknown.status, unknown.body]).toEqual([
      wrong.status,
      { ...wrong.body, requestId: unknown.body.requestId },
    ]);
    const [head] = await api.db.query<{ id: string }[]>(
      `SELECT id FROM users WHERE username = 'demo.head.thlg'`,
    );
    const [failed] = await auditOf('auth.login_failed', head!.id);
    expect([failed?.actor_kind, failed?.actor_id, failed?.reason]).toEqual([
      'anonymous',
      null,
      'wrong_password',
    ]);
  });

  /** A log-in attempt from a client address (through a trusted proxy on loopback). */
  const attemptFrom = (address: string, username: string, password: string) =>
    request<ErrorBody>(system, 'POST', '/api/v1/auth/login', {
      headers: { 'x-forwarded-for': address },
      body: { username, password },
    });
  const blockedSecondsOf = async (username: string, address: string) => {
    const [row] = await api.db.query<{ seconds: number }[]>(
      `SELECT extract(epoch FROM f.blocked_until - now())::int AS seconds
         FROM login_failures f JOIN users u ON u.id = f.user_id
        WHERE u.username = $1 AND f.client_address = $2`,
      [username, address],
    );
    return row?.seconds ?? null;
  };

  it("locks out the address that guessed, never the account's owner elsewhere, and an admin lifts the lock", async () => {
    const stranger = '203.0.113.7';
    const owner = '198.51.100.20';
    for (let i = 0; i < 3; i += 1)
      expect((await attemptFrom(stranger, 'demo.member1.cm', 'wrong-password')).status).toBe(401);

    // The stranger, even with the right password, is kept out; the owner signs in from their own address.
    const locked = await attemptFrom(stranger, 'demo.member1.cm', TEST_DEMO_PASSWORD);
    expect([locked.status, locked.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect((await attemptFrom(owner, 'demo.member1.cm', TEST_DEMO_PASSWORD)).status).toBe(200);
    expect(await blockedSecondsOf('demo.member1.cm', stranger)).toBeGreaterThan(890);

    const [user] = await api.db.query<{ id: string }[]>(
      `SELECT id FROM users WHERE username = 'demo.member1.cm'`,
    );
    const locks = await auditOf('user.locked', user!.id);
    expect(locks.map((lock) => [lock.actor_kind, lock.has_locked_until])).toEqual([
      ['system', true],
    ]);

    const admin = await logIn(system, 'demo.admin');
    const shown = await request<{ lockedUntil: string | null }>(
      system,
      'GET',
      `/api/v1/users/${user!.id}`,
      { token: admin.accessToken },
    );
    expect(Date.parse(shown.body.lockedUntil ?? '')).toBeGreaterThan(Date.now());
    const enabled = await request(system, 'POST', `/api/v1/users/${user!.id}/enable`, {
      token: admin.accessToken,
      body: { reason: 'Đã xác minh qua điện thoại' },
    });
    expect(enabled.status).toBe(200);
    expect((await attemptFrom(stranger, 'demo.member1.cm', TEST_DEMO_PASSWORD)).status).toBe(200);
  });

  it('makes each further lock-out of the same address twice as long', async () => {
    const guesser = '203.0.113.8';
    for (let i = 0; i < 3; i += 1) await attemptFrom(guesser, 'demo.member3.cm', 'wrong-password');
    expect(await blockedSecondsOf('demo.member3.cm', guesser)).toBeGreaterThan(890);
    await api.db.query(
      `UPDATE login_failures SET blocked_until = now() - interval '1 second' WHERE client_address = $1`,
      [guesser],
    );
    for (let i = 0; i < 3; i += 1) await attemptFrom(guesser, 'demo.member3.cm', 'wrong-password');
    const second = await blockedSecondsOf('demo.member3.cm', guesser);
    expect(second).toBeGreaterThan(1790);
    expect(second).toBeLessThanOrEqual(1800);
  });

  it('lets a lock expire by itself', async () => {
    const address = '203.0.113.9';
    for (let i = 0; i < 3; i += 1) await attemptFrom(address, 'demo.member2.cm', 'wrong-password');
    expect((await attemptFrom(address, 'demo.member2.cm', TEST_DEMO_PASSWORD)).status).toBe(401);

    await api.db.query(
      `UPDATE login_failures SET blocked_until = now() - interval '1 second' WHERE client_address = $1`,
      [address],
    );
    expect((await attemptFrom(address, 'demo.member2.cm', TEST_DEMO_PASSWORD)).status).toBe(200);
  });

  describe('access tokens', () => {
    let session: LogInBody;
    beforeAll(async () => {
      session = await logIn(system, 'demo.reviewer.cm');
    });

    it('accepts a valid token', async () => {
      expect((await me(session.accessToken)).status).toBe(200);
    });

    it('answers 401 TOKEN_EXPIRED for an expired one, with a WWW-Authenticate challenge', async () => {
      const expired = await signWithApiSecret(
        claimsOf(session.accessToken),
        Math.floor(Date.now() / 1000) - 60,
      );
      const response = await me(expired);
      expect([response.status, response.body.code]).toEqual([401, 'TOKEN_EXPIRED']);
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    });

    it.each([
      [
        'forged with another key',
        () =>
          signWithApiSecret(
            claimsOf(session.accessToken),
            Math.floor(Date.now() / 1000) + 60,
            'x'.repeat(48),
          ),
      ],
      [
        'with alg none',
        () => {
          const [, payload] = session.accessToken.split('.');
          return Promise.resolve(
            `${Buffer.from('{"alg":"none","typ":"at+jwt"}').toString('base64url')}.${payload}.`,
          );
        },
      ],
      [
        'claiming another user',
        async () => {
          const [admin] = await api.db.query<{ id: string }[]>(
            `SELECT id FROM users WHERE username = 'demo.admin'`,
          );
          const [header, , signature] = session.accessToken.split('.');
          const payload = { ...claimsOf(session.accessToken), sub: admin!.id };
          return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
        },
      ],
      [
        'for a session that does not exist',
        () =>
          signWithApiSecret(
            { sub: claimsOf(session.accessToken).sub, sid: randomUUID() },
            Math.floor(Date.now() / 1000) + 60,
          ),
      ],
    ])('answers 401 UNAUTHENTICATED for a token %s', async (_label, token) => {
      const response = await me(await token());
      expect([response.status, response.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    it('answers 401 once the session is logged out, although the token has not expired', async () => {
      const own = await logIn(system, 'demo.reviewer.cm');
      const out = await request(system, 'POST', '/api/v1/auth/logout', {
        body: { refreshToken: own.refreshToken },
      });
      expect(out.status).toBe(204);

      expect((await me(own.accessToken)).status).toBe(401);
      expect((await refresh(own.refreshToken)).body.code).toBe('REFRESH_TOKEN_INVALID');
      expect((await me(session.accessToken)).status).toBe(200);
      const again = await request(system, 'POST', '/api/v1/auth/logout', {
        body: { refreshToken: own.refreshToken },
      });
      expect(again.status).toBe(204);
    });
  });

  it('rotates refresh tokens, and a refresh token used twice revokes the whole family', async () => {
    const first = await logIn(system, 'demo.secretary.cm');
    const other = await logIn(system, 'demo.secretary.cm');

    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.body.accessToken)).status).toBe(200);
    const third = await refresh(second.body.refreshToken);
    expect(third.status).toBe(200);

    const replayed = await refresh(first.refreshToken);
    expect([replayed.status, replayed.body.code]).toEqual([401, 'REFRESH_TOKEN_INVALID']);
    expect((await refresh(third.body.refreshToken)).status).toBe(401);
    expect((await me(third.body.accessToken)).status).toBe(401);
    expect((await me(first.accessToken)).status).toBe(401);
    const { sid } = claimsOf(first.accessToken);
    const revocations = await auditOf('auth.session_revoked', sid);
    expect(revocations.map((row) => [row.actor_kind, row.reason])).toEqual([
      ['system', 'refresh_token_reused'],
    ]);
    // Another sign-in of the same person is another family, untouched.
    expect((await me(other.accessToken)).status).toBe(200);
    expect((await refresh(other.refreshToken)).status).toBe(200);
  });

  it('stops a disabled account and a revoked role on the very next request', async () => {
    const admin = await logIn(system, 'demo.admin');
    const leader = await logIn(system, 'demo.leader.cm');
    const units = await request<unknown[]>(system, 'GET', '/api/v1/units', {
      token: leader.accessToken,
    });
    expect(units.status).toBe(200);

    const [grant] = await api.db.query<{ id: string }[]>(
      `SELECT g.id FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.username = 'demo.leader.cm'`,
    );
    const revoked = await request(system, 'POST', `/api/v1/role-grants/${grant!.id}/revoke`, {
      token: admin.accessToken,
      body: { reason: 'Hết nhiệm kỳ' },
    });
    expect(revoked.status).toBe(204);
    expect(
      (await request(system, 'GET', '/api/v1/units', { token: leader.accessToken })).status,
    ).toBe(403);

    const disabled = await request(system, 'POST', `/api/v1/users/${leader.user.id}/disable`, {
      token: admin.accessToken,
      body: { reason: 'Nghỉ hưu' },
    });
    expect(disabled.status).toBe(200);
    expect((await me(leader.accessToken)).status).toBe(401);
    expect((await refresh(leader.refreshToken)).status).toBe(401);
    const again = await request<ErrorBody>(system, 'POST', '/api/v1/auth/login', {
      body: { username: 'demo.leader.cm', password: TEST_DEMO_PASSWORD },
    });
    expect(again.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers 404 SSO_NOT_CONFIGURED for single sign-on when no provider is set', async () => {
    const response = await request<ErrorBody>(system, 'GET', '/api/v1/auth/sso/login');
    expect([response.status, response.body.code]).toEqual([404, 'SSO_NOT_CONFIGURED']);
  });
});

describe('log-in rate limit', () => {
  let api: InProcessApi;
  beforeAll(async () => {
    api = await createInProcessApi({
      LOGIN_RATE_LIMIT: '3',
      LOGIN_RATE_LIMIT_WINDOW_SECONDS: '60',
    });
  });
  afterAll(() => api?.stop());

  it('answers 429 TOO_MANY_REQUESTS past the limit per client address, with Retry-After', async () => {
    const system = { apiUrl: await api.listen() };
    const attempt = () =>
      request<ErrorBody>(system, 'POST', '/api/v1/auth/login', {
        body: { username: 'someone', password: 'guess-123' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await attempt()).status);

    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
