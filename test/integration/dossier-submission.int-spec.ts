import { randomUUID } from 'node:crypto';
import { logIn, request, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

interface DossierBody {
  id: string;
  code: string;
  stage: string;
  nominee: { kind: string; name: string };
  submittedBy: string | null;
  workflow: { workflowId: string; status: string };
}

describe('submitting a dossier (API → workflow → activity → PostgreSQL)', () => {
  let system: TestSystem;
  let unitId: string;
  /** demo.officer.thlg: UNIT_OFFICER of the school DN-CM-TH-LG. */
  let officer: { token: string; id: string };

  beforeAll(async () => {
    system = await startTestSystem();
    unitId = await unitIdOf(system, 'DN-CM-TH-LG');
    const signedIn = await logIn(system, 'demo.officer.thlg');
    officer = { token: signedIn.accessToken, id: signedIn.user.id };
  });
  afterAll(() => system?.stop());

  /** POST /api/v1/dossiers as the school's officer. */
  const submit = <T>(body: unknown, headers: Record<string, string> = {}, token = officer.token) =>
    request<T>(system, 'POST', '/api/v1/dossiers', { body, headers, token });

  const dossier = (name = 'Nguyễn Thị Lan') => ({
    year: 2024,
    awardCode: 'CSTDCS',
    proposingUnitId: unitId,
    nominee: { kind: 'individual', name },
    achievementsSummary: 'Giáo viên dạy giỏi cấp huyện năm học 2023-2024',
  });

  const runsOf = async (workflowId: string) => {
    let runs = 0;
    for await (const _ of system.temporal.workflow.list({ query: `WorkflowId = '${workflowId}'` }))
      runs += 1;
    return runs;
  };

  it('starts one workflow whose activities write the dossier row, its timeline and audit entries', async () => {
    const created = await submit<DossierBody>(dossier(), { 'X-Request-Id': 'req-submit-0001' });

    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^HS-2024-\d{6}$/);
    expect(['SUBMITTED', 'UNIT_REVIEW']).toContain(created.body.stage);
    expect(created.body.workflow.workflowId).toBe(created.body.code);
    expect(created.headers.get('location')).toBe(`/api/v1/dossiers/${created.body.id}`);
    expect(created.body.submittedBy).toBe(officer.id);

    await waitUntil(async () => (await stageOf(created.body.id)) === 'UNIT_REVIEW');
    const rows = await system.db.query<unknown[]>(
      `SELECT code, nominee_name, submitted_by, rule_set_id FROM dossiers WHERE id = $1`,
      [created.body.id],
    );
    expect(rows).toEqual([
      {
        code: created.body.code,
        nominee_name: 'Nguyễn Thị Lan',
        submitted_by: officer.id,
        rule_set_id: 'VN-2024',
      },
    ]);
    const audit = await system.db.query<unknown[]>(
      `SELECT action, workflow_id, actor_kind, actor_id, actor_role, actor_unit_id, unit_id, request_id
         FROM audit_log WHERE entity_id = $1 AND action IN ('dossier.created', 'dossier.submitted') ORDER BY id`,
      [created.body.id],
    );
    const byOfficer = {
      actor_kind: 'user',
      actor_id: officer.id,
      actor_role: 'UNIT_OFFICER',
      actor_unit_id: unitId,
      unit_id: unitId,
      request_id: 'req-submit-0001',
    };
    expect(audit).toEqual([
      { action: 'dossier.created', workflow_id: null, ...byOfficer },
      { action: 'dossier.submitted', workflow_id: created.body.code, ...byOfficer },
    ]);

    // The workflow sets who holds it once the review task is open, a workflow task after the stage
    // reached the read model: wait for that rather than read it in between.
    const handle = system.temporal.workflow.getHandle(created.body.code);
    await waitUntil(async () => {
      const assignee = (await handle.describe()).searchAttributes.Assignee as unknown[] | undefined;
      return assignee?.[0] !== undefined && assignee[0] !== null;
    });
    const description = await handle.describe();
    expect(description.type).toBe('dossierWorkflow');
    expect(description.taskQueue).toBe(system.taskQueue);
    expect(description.searchAttributes).toMatchObject({
      DossierStage: ['UNIT_REVIEW'],
      AwardCode: ['CSTDCS'],
      UnitId: [unitId],
      Year: [2024],
      DecidingLevel: ['district'],
      Assignee: [`REVIEWER@${await unitIdOf(system, 'DN-CM')}`],
    });
    const [stageDueAt] = description.searchAttributes.StageDueAt as Date[];
    const [row] = await system.db.query<{ stage_due_at: Date }[]>(
      `SELECT stage_due_at FROM dossiers WHERE id = $1`,
      [created.body.id],
    );
    expect(new Date(stageDueAt!).toISOString()).toBe(row!.stage_due_at.toISOString());

    const read = await request<DossierBody & { timeline: { type: string }[] }>(
      system,
      'GET',
      `/api/v1/dossiers/${created.body.id}`,
      {
        token: officer.token,
      },
    );
    expect(read.status).toBe(200);
    expect(read.body.code).toBe(created.body.code);
    expect(read.body.workflow.status).toBe('RUNNING');
    expect(read.body.timeline.map((event) => event.type)).toEqual([
      'dossier.submitted',
      'review.started',
    ]);
  });

  it('turns concurrent requests with one Idempotency-Key into one dossier and one workflow', async () => {
    const key = `concurrent-${randomUUID()}`;
    const body = dossier('Trần Văn Bình');
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => submit<DossierBody>(body, { 'Idempotency-Key': key })),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    const ids = new Set(responses.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    const code = responses[0]!.body.code;
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(
      5,
    );
    const rows = await system.db.query<unknown[]>(
      `SELECT count(*)::int AS n FROM dossiers WHERE nominee_name = 'Trần Văn Bình'`,
    );
    expect(rows).toEqual([{ n: 1 }]);
    expect(await runsOf(code)).toBe(1);
  });

  it('replays a finished request without starting the workflow again', async () => {
    const key = `sequential-${randomUUID()}`;
    const body = dossier('Lê Thị Cúc');
    const first = await submit<DossierBody>(body, { 'Idempotency-Key': key });
    const second = await submit<DossierBody>(body, { 'Idempotency-Key': key });

    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(await runsOf(first.body.code)).toBe(1);
  });

  it('refuses a reused Idempotency-Key with a different body', async () => {
    const key = `reused-${randomUUID()}`;
    await submit(dossier('Phạm Văn Dũng'), { 'Idempotency-Key': key });
    const reused = await submit<{ code: string; message: { vi: string; en: string } }>(
      dossier('Someone Else'),
      { 'Idempotency-Key': key },
    );

    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(reused.body.message.vi).toContain('Idempotency-Key');
  });

  it.each([
    ['an unknown field', { stage: 'APPROVED' }, 'stage', 'whitelistValidation', '"stage"'],
    [
      'a malformed unit id',
      { proposingUnitId: 'school-1' },
      'proposingUnitId',
      'isUuid',
      '«Đơn vị đề nghị»',
    ],
    [
      'a missing nominee name',
      { nominee: { kind: 'individual' } },
      'nominee.name',
      'isDefined',
      '«Họ tên cá nhân hoặc tên tập thể»',
    ],
    [
      'a wrong nominee kind',
      { nominee: { kind: 'robot', name: 'R2' } },
      'nominee.kind',
      'isIn',
      '«Đối tượng đề nghị (cá nhân, tập thể, hộ gia đình)»',
    ],
    ['a year as text', { year: '2024a' }, 'year', 'isInt', '«Năm»'],
  ])(
    'rejects %s with 400 naming the field, once, by its label',
    async (_label, change, field, rule, named) => {
      const body = { ...dossier(), ...change };
      const response = await submit<{
        code: string;
        errors: { field: string; rule: string; message: { vi: string; en: string } }[];
      }>(body);

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.filter((e) => e.field === field).map((e) => e.rule)).toEqual([
        rule,
      ]);
      const error = response.body.errors.find((e) => e.field === field);
      expect(error?.message.vi).toContain(named);
      // A sentence: its first letter is a capital.
      const first = error!.message.vi.replace(/^[«"]/, '').charAt(0);
      expect(first).toBe(first.toLocaleUpperCase('vi'));
    },
  );

  it.each([
    ['an unknown unit', () => Promise.resolve(randomUUID())],
    ["another school's unit", () => unitIdOf(system, 'DN-CM-THCS-XM')],
  ])('answers 403 for %s and writes nothing', async (_label, otherUnit) => {
    const before = await system.db.query<unknown[]>(`SELECT count(*) FROM dossiers`);
    const response = await submit<{ code: string }>({
      ...dossier(),
      proposingUnitId: await otherUnit(),
    });

    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
    expect(await system.db.query(`SELECT count(*) FROM dossiers`)).toEqual(before);
  });

  it('answers 401 without a valid token, for submitting and for reading', async () => {
    const anonymous = await request<{ code: string }>(system, 'POST', '/api/v1/dossiers', {
      body: dossier(),
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');

    const garbage = await request(system, 'GET', `/api/v1/dossiers/${randomUUID()}`, {
      token: 'not-a-jwt',
    });
    expect(garbage.status).toBe(401);
  });

  it('lets the district reviewer read the dossier, and hides it from another school (404) and from the admin (403)', async () => {
    const created = await submit<DossierBody>(dossier('Võ Thị Hạnh'));
    const path = `/api/v1/dossiers/${created.body.id}`;
    const reviewer = await logIn(system, 'demo.reviewer.cm');
    const otherSchool = await logIn(system, 'demo.officer.thcsxm');
    const admin = await logIn(system, 'demo.admin');

    expect((await request(system, 'GET', path, { token: reviewer.accessToken })).status).toBe(200);
    type ErrorBody = { code: string; message: { vi: string; en: string } };
    const hidden = await request<ErrorBody>(system, 'GET', path, {
      token: otherSchool.accessToken,
    });
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('DOSSIER_NOT_FOUND');
    // Exactly what a dossier that does not exist answers: nothing tells the two apart.
    const missing = await request<ErrorBody>(system, 'GET', `/api/v1/dossiers/${randomUUID()}`, {
      token: otherSchool.accessToken,
    });
    expect([missing.status, missing.body.code, missing.body.message]).toEqual([
      hidden.status,
      hidden.body.code,
      hidden.body.message,
    ]);
    expect((await request(system, 'GET', path, { token: admin.accessToken })).status).toBe(403);
  });

  it("scopes Idempotency-Keys to the caller: two officers' equal keys make two dossiers", async () => {
    const admin = await logIn(system, 'demo.admin');
    const second = await request<{ id: string }>(system, 'POST', '/api/v1/users', {
      token: admin.accessToken,
      body: {
        username: 'officer2.thlg',
        fullName: 'Trần Thị Hoa',
        unitId,
        password: 'second-officer-password',
      },
    });
    expect(second.status).toBe(201);
    const granted = await request(system, 'POST', `/api/v1/users/${second.body.id}/grants`, {
      token: admin.accessToken,
      body: { role: 'UNIT_OFFICER', unitId },
    });
    expect(granted.status).toBe(201);
    const secondOfficer = await logIn(system, 'officer2.thlg', 'second-officer-password');

    const key = `shared-${randomUUID()}`;
    // Different teachers (one person is proposed once), under the same key: shared keys would refuse it.
    const mine = await submit<DossierBody>(dossier('Đặng Văn Giang'), { 'Idempotency-Key': key });
    const theirs = await submit<DossierBody>(
      dossier('Đặng Văn Hải'),
      { 'Idempotency-Key': key },
      secondOfficer.accessToken,
    );

    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.submittedBy).toBe(secondOfficer.user.id);
  });

  it('answers 400 for malformed JSON and for a bad Idempotency-Key', async () => {
    const malformed = await fetch(`${system.apiUrl}/api/v1/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer.token}` },
      body: '{"year": 2024,',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe('MALFORMED_REQUEST');

    const badKey = await submit<{ code: string }>(dossier(), { 'Idempotency-Key': 'x' });
    expect(badKey.status).toBe(400);
    expect(badKey.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
  });

  it('answers 404 for an unknown dossier and 400 for a malformed id', async () => {
    const missing = await request<{ code: string }>(
      system,
      'GET',
      `/api/v1/dossiers/${randomUUID()}`,
      { token: officer.token },
    );
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('DOSSIER_NOT_FOUND');

    const malformed = await request<{ code: string; errors: { field: string }[] }>(
      system,
      'GET',
      '/api/v1/dossiers/42',
      { token: officer.token },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]!.field).toBe('id');
  });

  it('accepts a dossier while the worker is down and records it once the worker is back', async () => {
    await system.worker.stop();
    const accepted = await submit<{ id: string; code: string; recorded: boolean }>(
      dossier('Hoàng Thị Én'),
      { 'Idempotency-Key': `offline-${randomUUID()}` },
    );
    expect(accepted.status).toBe(202);
    expect(accepted.body.recorded).toBe(false);
    expect(await stageOf(accepted.body.id)).toBe('DRAFT');

    await system.restartWorker();
    await waitUntil(async () => (await stageOf(accepted.body.id)) === 'UNIT_REVIEW');
    const read = await request<DossierBody>(system, 'GET', `/api/v1/dossiers/${accepted.body.id}`, {
      token: officer.token,
    });
    expect(read.status).toBe(200);
    expect(read.body.nominee.name).toBe('Hoàng Thị Én');
    expect(await runsOf(accepted.body.code)).toBe(1);
  });

  async function stageOf(id: string): Promise<string | undefined> {
    const [row] = await system.db.query<{ stage: string }[]>(
      `SELECT stage FROM dossiers WHERE id = $1`,
      [id],
    );
    return row?.stage;
  }
});

/** Polls until the check holds (the worker projects asynchronously), failing after a while. */
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
