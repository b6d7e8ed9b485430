import {
  logIn,
  request,
  startTestSystem,
  type TestSystem,
  TEST_DEMO_PASSWORD,
  unitIdOf,
} from '../support/system';

/**
 * What the web app needs from the API, through the real API and worker: the browser session (refresh
 * token in an HttpOnly cookie, refused to other sites), people and units by name beside their ids, a
 * dossier opened by its code, working days left, the council's roster for its secretary, the people a
 * task can be assigned to, and where a dossier would go before it is submitted.
 */

const WEB = { 'x-requested-with': 'tdkt-web' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface WebSession {
  accessToken: string;
  expiresIn: number;
  user: { username: string; unitName: string; grants: { role: string; unitName: string }[] };
  refreshToken?: string;
}

/** The refresh cookie a response sets, as `name=value`, with its attributes. */
function refreshCookie(headers: Headers): { pair: string; attributes: string } {
  const cookie = headers.getSetCookie().find((value) => value.startsWith('tdkt_refresh='));
  if (cookie === undefined)
    throw new Error(`no tdkt_refresh cookie in ${headers.getSetCookie().join(' | ')}`);
  const [pair = '', ...attributes] = cookie.split(';').map((part) => part.trim());
  return { pair, attributes: attributes.join('; ') };
}

describe('the API of the web app', () => {
  let system: TestSystem;
  let officer: string;
  const web = (
    path: string,
    init: { cookie?: string; headers?: Record<string, string>; body?: unknown } = {},
  ) =>
    fetch(`${system.apiUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...WEB,
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  beforeAll(async () => {
    system = await startTestSystem();
    officer = (await logIn(system, 'demo.officer.thlg')).accessToken;
  });
  afterAll(() => system?.stop());

  describe('the browser session', () => {
    it('signs in with the refresh token in an HttpOnly, SameSite=Strict cookie scoped to the session routes, never in the body', async () => {
      const answer = await web('/api/v1/auth/web/login', {
        body: { username: 'demo.officer.thlg', password: TEST_DEMO_PASSWORD },
      });
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as WebSession;
      expect(body.refreshToken).toBeUndefined();
      expect(body.expiresIn).toBe(900);
      expect(body.user.username).toBe('demo.officer.thlg');
      expect(body.user.unitName).toBe('Trường Tiểu học Long Giao');
      expect(body.user.grants).toEqual([
        expect.objectContaining({ role: 'UNIT_OFFICER', unitName: 'Trường Tiểu học Long Giao' }),
      ]);
      const { pair, attributes } = refreshCookie(answer.headers);
      expect(pair).toMatch(/^tdkt_refresh=[\w-]{20,}$/);
      expect(attributes).toContain('Path=/api/v1/auth/web');
      expect(attributes).toContain('HttpOnly');
      expect(attributes).toContain('SameSite=Strict');
      expect(attributes).toMatch(/Max-Age=60479\d;/);
      // Over plain HTTP on loopback the cookie cannot be Secure; over HTTPS it is (request.secure).
      expect(attributes).not.toContain('Secure');

      const me = await request<{ username: string }>(
        { apiUrl: system.apiUrl, token: body.accessToken },
        'GET',
        '/api/v1/auth/me',
      );
      expect(me.body.username).toBe('demo.officer.thlg');
    });

    it('renews from the cookie (rotating it), answers 204 without one, and ends the session on sign-out', async () => {
      const login = await web('/api/v1/auth/web/login', {
        body: { username: 'demo.officer.thlg', password: TEST_DEMO_PASSWORD },
      });
      const first = refreshCookie(login.headers).pair;

      const renewed = await web('/api/v1/auth/web/refresh', { cookie: first });
      expect(renewed.status).toBe(200);
      const session = (await renewed.json()) as WebSession;
      const second = refreshCookie(renewed.headers).pair;
      expect(second).not.toBe(first);
      expect(session.user.username).toBe('demo.officer.thlg');

      const none = await web('/api/v1/auth/web/refresh');
      expect(none.status).toBe(204);

      const signedOut = await web('/api/v1/auth/web/logout', { cookie: second });
      expect(signedOut.status).toBe(204);
      expect(refreshCookie(signedOut.headers).pair).toBe('tdkt_refresh=');
      const after = await request(
        { apiUrl: system.apiUrl, token: session.accessToken },
        'GET',
        '/api/v1/auth/me',
      );
      expect(after.status).toBe(401);
      // The ended session's cookie renews nothing, and the answer clears it.
      const stale = await web('/api/v1/auth/web/refresh', { cookie: second });
      expect(stale.status).toBe(204);
      expect(refreshCookie(stale.headers).pair).toBe('tdkt_refresh=');
    });

    it.each([
      ['without the web app header', { 'x-requested-with': '' }],
      ['from another origin', { origin: 'https://evil.example' }],
      ['from another site, as the browser says', { 'sec-fetch-site': 'cross-site' }],
    ])('refuses a session request %s (403 CROSS_SITE_REQUEST)', async (_, headers) => {
      for (const route of ['login', 'refresh', 'logout']) {
        const answer = await web(`/api/v1/auth/web/${route}`, {
          headers,
          ...(route === 'login'
            ? { body: { username: 'demo.officer.thlg', password: TEST_DEMO_PASSWORD } }
            : {}),
        });
        expect({ route, status: answer.status }).toEqual({ route, status: 403 });
        expect(((await answer.json()) as { code: string }).code).toBe('CROSS_SITE_REQUEST');
        expect(answer.headers.getSetCookie()).toEqual([]);
      }
    });

    it('accepts the same origin, and says whether single sign-on is on', async () => {
      const sameOrigin = await web('/api/v1/auth/web/refresh', {
        headers: { origin: system.apiUrl, 'sec-fetch-site': 'same-origin' },
      });
      expect(sameOrigin.status).toBe(204);
      // This system's API was not told that demo accounts exist: the sign-in page lists none.
      const options = await request<{ sso: boolean }>(system, 'GET', '/api/v1/auth/options');
      expect(options).toMatchObject({ status: 200, body: { sso: false, demoAccounts: [] } });
    });
  });

  describe('names beside ids, codes for ids', () => {
    let dossier: { id: string; code: string };

    beforeAll(async () => {
      const me = await request<{ unitId: string }>(
        { apiUrl: system.apiUrl, token: officer },
        'GET',
        '/api/v1/auth/me',
      );
      const created = await request<{ id: string; code: string }>(
        { apiUrl: system.apiUrl, token: officer },
        'POST',
        '/api/v1/dossiers',
        {
          body: {
            year: 2024,
            awardCode: 'CSTDCS',
            proposingUnitId: me.body.unitId,
            nominee: { kind: 'individual', name: 'Phạm Thu Hà', position: 'Giáo viên' },
            achievementsSummary: 'Giáo viên dạy giỏi cấp huyện',
          },
        },
      );
      expect(created.status).toBe(201);
      dossier = created.body;
    });

    it('opens a dossier by its code wherever its id works, and finds it with ?q=', async () => {
      const caller = { apiUrl: system.apiUrl, token: officer };
      const byCode = await request<{ id: string; code: string }>(
        caller,
        'GET',
        `/api/v1/dossiers/${dossier.code}`,
      );
      expect(byCode.status).toBe(200);
      expect(byCode.body.id).toBe(dossier.id);
      const lowerCase = await request<{ id: string }>(
        caller,
        'GET',
        `/api/v1/dossiers/${dossier.code.toLowerCase()}`,
      );
      expect(lowerCase.body.id).toBe(dossier.id);
      const files = await request<unknown[]>(
        caller,
        'GET',
        `/api/v1/dossiers/${dossier.code}/attachments`,
      );
      expect(files.status).not.toBe(400);

      const unknown = await request<{ code: string }>(
        caller,
        'GET',
        '/api/v1/dossiers/HS-2024-999999',
      );
      expect(unknown).toMatchObject({ status: 404, body: { code: 'DOSSIER_NOT_FOUND' } });
      const malformed = await request<{ code: string; errors: { field: string }[] }>(
        caller,
        'GET',
        '/api/v1/dossiers/HS-24-1',
      );
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0]?.field).toBe('id');
      // Outside the caller's scope a code is as unknown as an id.
      const other = (await logIn(system, 'demo.officer.thcsxm')).accessToken;
      const hidden = await request<{ code: string }>(
        { apiUrl: system.apiUrl, token: other },
        'GET',
        `/api/v1/dossiers/${dossier.code}`,
      );
      expect(hidden).toMatchObject({ status: 404, body: { code: 'DOSSIER_NOT_FOUND' } });

      for (const q of [dossier.code, dossier.code.toLowerCase(), dossier.code.slice(0, 9)]) {
        const found = await request<{ items: { id: string }[] }>(
          caller,
          'GET',
          `/api/v1/dossiers?q=${encodeURIComponent(q)}`,
        );
        expect({ q, ids: found.body.items.map((item) => item.id) }).toEqual({
          q,
          ids: [dossier.id],
        });
      }
    });

    it('names the unit, the submitter, the timeline actors and the task holder beside their ids, with working days left', async () => {
      const reviewer = await logIn(system, 'demo.reviewer.cm');
      const caller = { apiUrl: system.apiUrl, token: reviewer.accessToken };
      let task: { id: string } | undefined;
      for (let attempt = 0; attempt < 40 && task === undefined; attempt += 1) {
        const tasks = await request<{ items: { id: string; subject: { id: string } }[] }>(
          caller,
          'GET',
          '/api/v1/tasks?type=dossier.review',
        );
        task = tasks.body.items.find((item) => item.subject.id === dossier.id);
        if (task === undefined) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(task).toBeDefined();
      const claimed = await request<{
        assigneeId: string;
        assigneeName: string;
        workingDaysLeft: number;
        subject: { unitName: string };
        candidateUnitName: string;
        dossier: { code: string; nominee: { name: string }; stageName: { vi: string } };
      }>(caller, 'POST', `/api/v1/tasks/${task!.id}/claim`);
      expect(claimed.status).toBe(200);
      expect(claimed.body).toMatchObject({
        assigneeId: reviewer.user.id,
        assigneeName: '[DEMO] Chuyên viên Phòng Nội vụ huyện Cẩm Mỹ',
        subject: { unitName: 'Trường Tiểu học Long Giao' },
        candidateUnitName: 'UBND huyện Cẩm Mỹ',
        dossier: {
          code: dossier.code,
          nominee: { name: 'Phạm Thu Hà' },
          stageName: { vi: 'Đang thẩm định' },
        },
      });
      // The statutory 20 working days, counted from today in Vietnam.
      expect(claimed.body.workingDaysLeft).toBeGreaterThanOrEqual(19);
      expect(claimed.body.workingDaysLeft).toBeLessThanOrEqual(20);

      const detail = await request<{
        proposingUnitName: string;
        submittedByName: string;
        authorName: string;
        workingDaysLeft: number;
        timeline: { type: string; actorId: string | null; actorName: string | null }[];
        openTasks: { assigneeName: string }[];
        approvalPath: { unitName: string; levelName: { vi: string } }[];
      }>(caller, 'GET', `/api/v1/dossiers/${dossier.code}`);
      expect(detail.body).toMatchObject({
        proposingUnitName: 'Trường Tiểu học Long Giao',
        submittedByName: '[DEMO] Cán bộ thi đua — Trường Tiểu học Long Giao',
        authorName: '[DEMO] Cán bộ thi đua — Trường Tiểu học Long Giao',
        openTasks: [{ assigneeName: '[DEMO] Chuyên viên Phòng Nội vụ huyện Cẩm Mỹ' }],
        approvalPath: [{ unitName: 'UBND huyện Cẩm Mỹ', levelName: { vi: 'Cấp huyện' } }],
      });
      expect(detail.body.workingDaysLeft).toBe(claimed.body.workingDaysLeft);
      const submitted = detail.body.timeline.find((event) => event.type === 'dossier.submitted');
      expect(submitted).toMatchObject({
        actorName: '[DEMO] Cán bộ thi đua — Trường Tiểu học Long Giao',
      });
      expect(submitted?.actorId).toMatch(UUID);

      const list = await request<{
        items: { id: string; proposingUnitName: string; submittedByName: string }[];
      }>(caller, 'GET', `/api/v1/dossiers?q=${dossier.code}`);
      expect(list.body.items[0]).toMatchObject({
        proposingUnitName: 'Trường Tiểu học Long Giao',
        submittedByName: '[DEMO] Cán bộ thi đua — Trường Tiểu học Long Giao',
      });

      // Inbox filters by the dossier's award, year, stage and unit.
      for (const [query, expected] of [
        ['awardCode=CSTDCS&year=2024&stage=UNIT_REVIEW', 1],
        ['awardCode=LDTT', 0],
        ['year=2023', 0],
        ['stage=COUNCIL_PENDING', 0],
      ] as const) {
        const filtered = await request<{ items: { id: string }[] }>(
          caller,
          'GET',
          `/api/v1/tasks?type=dossier.review&${query}`,
        );
        expect({
          query,
          found: filtered.body.items.filter((item) => item.id === task!.id).length,
        }).toEqual({
          query,
          found: expected,
        });
      }
      const units = await Promise.all(
        ['DN-CM-TH-LG', 'DN-CM-THCS-XM'].map((code) => unitIdOf(system, code)),
      );
      const byUnit = await Promise.all(
        units.map((unitId) =>
          request<{ items: { id: string }[] }>(caller, 'GET', `/api/v1/tasks?unitId=${unitId}`),
        ),
      );
      expect(byUnit.map((page) => page.body.items.some((item) => item.id === task!.id))).toEqual([
        true,
        false,
      ]);

      // Who the review could be assigned to: the district's reviewers, by name.
      const candidates = await request<{ items: { username: string; fullName: string }[] }>(
        caller,
        'GET',
        `/api/v1/tasks/${task!.id}/candidates`,
      );
      expect(candidates.body.items.map((person) => person.username)).toEqual(['demo.reviewer.cm']);
    });
  });

  it("gives the council's secretary its roster by name, and nobody else", async () => {
    const district = await unitIdOf(system, 'DN-CM');
    const secretary = await logIn(system, 'demo.secretary.cm');
    const roster = await request<{
      items: { username: string; fullName: string; workUnitName: string; roles: string[] }[];
    }>(
      { apiUrl: system.apiUrl, token: secretary.accessToken },
      'GET',
      `/api/v1/council-meetings/roster?unitId=${district}`,
    );
    expect(roster.status).toBe(200);
    expect(roster.body.items.map((member) => member.username).sort()).toEqual(
      [
        'demo.leader.cm',
        'demo.member1.cm',
        'demo.member2.cm',
        'demo.member3.cm',
        'demo.member4.cm',
        'demo.member5.cm',
        'demo.member6.cm',
        'demo.secretary.cm',
        'demo.vicechair.cm',
      ].sort(),
    );
    const leader = roster.body.items.find((member) => member.username === 'demo.leader.cm');
    expect(leader?.roles).toEqual(['LEADER']);
    expect(leader?.fullName).toContain('Chủ tịch UBND huyện Cẩm Mỹ');
    const asOfficer = await request(
      { apiUrl: system.apiUrl, token: officer },
      'GET',
      `/api/v1/council-meetings/roster?unitId=${district}`,
    );
    expect(asOfficer.status).toBe(403);
  });

  it('previews where a dossier would go: the rules of the period, the level, the route by name', async () => {
    const school = await unitIdOf(system, 'DN-CM-TH-LG');
    const preview = await request<{
      rulesDate: string;
      ruleSetId: string;
      proposingLevel: string;
      approvalPath: { level: string; unitName: string }[];
    }>(
      { apiUrl: system.apiUrl, token: officer },
      'GET',
      `/api/v1/dossiers/route-preview?proposingUnitId=${school}&awardCode=CSTDCS`,
    );
    expect(preview).toMatchObject({
      status: 200,
      body: {
        rulesDate: '2024-12-16',
        ruleSetId: 'VN-2024',
        proposingLevel: 'district',
        approvalPath: [{ level: 'district', unitName: 'UBND huyện Cẩm Mỹ' }],
      },
    });
    const awards = await request<{ asOf: string }>(
      { apiUrl: system.apiUrl, token: officer },
      'GET',
      '/api/v1/awards',
    );
    // Without a day, the award catalog is the one new submissions get (RULES_AS_OF in this system).
    expect(awards.body.asOf).toBe('2024-12-16');
    const unknownAward = await request<{ code: string }>(
      { apiUrl: system.apiUrl, token: officer },
      'GET',
      `/api/v1/dossiers/route-preview?proposingUnitId=${school}&awardCode=NO_SUCH`,
    );
    expect(unknownAward).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
  });
});
