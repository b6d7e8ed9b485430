import { randomUUID } from 'node:crypto';
import { request, startTestSystem, type TestSystem } from '../support/system';

interface DossierBody {
  id: string;
  code: string;
  stage: string;
  nominee: { kind: string; name: string };
  workflow: { workflowId: string; status: string };
}

describe('submitting a dossier (API → workflow → activity → PostgreSQL)', () => {
  let system: TestSystem;
  let unitId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    const [unit] = await system.db.query<{ id: string }[]>(
      `SELECT id FROM units WHERE code = 'DN-CM-TH-LG'`,
    );
    unitId = unit!.id;
  });
  afterAll(() => system?.stop());

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

  it('starts one workflow whose activity writes the dossier row and its audit entry', async () => {
    const created = await request<DossierBody>(system, 'POST', '/api/v1/dossiers', {
      body: dossier(),
    });

    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^HS-2024-\d{6}$/);
    expect(created.body.stage).toBe('SUBMITTED');
    expect(created.body.workflow.workflowId).toBe(created.body.code);
    expect(created.headers.get('location')).toBe(`/api/v1/dossiers/${created.body.id}`);

    const rows = await system.db.query<unknown[]>(
      `SELECT code, nominee_name, stage FROM dossiers WHERE id = $1`,
      [created.body.id],
    );
    expect(rows).toEqual([
      { code: created.body.code, nominee_name: 'Nguyễn Thị Lan', stage: 'SUBMITTED' },
    ]);
    const audit = await system.db.query<unknown[]>(
      `SELECT action, workflow_id FROM audit_log WHERE entity_id = $1`,
      [created.body.id],
    );
    expect(audit).toEqual([{ action: 'dossier.submitted', workflow_id: created.body.code }]);

    const description = await system.temporal.workflow.getHandle(created.body.code).describe();
    expect(description.type).toBe('dossierWorkflow');
    expect(description.taskQueue).toBe(system.taskQueue);
    expect(description.searchAttributes.DossierStage).toEqual(['SUBMITTED']);

    const read = await request<DossierBody>(system, 'GET', `/api/v1/dossiers/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.code).toBe(created.body.code);
    expect(read.body.workflow.status).toBe('COMPLETED');
  });

  it('turns concurrent requests with one Idempotency-Key into one dossier and one workflow', async () => {
    const key = `concurrent-${randomUUID()}`;
    const body = dossier('Trần Văn Bình');
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        request<DossierBody>(system, 'POST', '/api/v1/dossiers', {
          body,
          headers: { 'Idempotency-Key': key },
        }),
      ),
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
    const first = await request<DossierBody>(system, 'POST', '/api/v1/dossiers', {
      body,
      headers: { 'Idempotency-Key': key },
    });
    const second = await request<DossierBody>(system, 'POST', '/api/v1/dossiers', {
      body,
      headers: { 'Idempotency-Key': key },
    });

    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(await runsOf(first.body.code)).toBe(1);
  });

  it('refuses a reused Idempotency-Key with a different body', async () => {
    const key = `reused-${randomUUID()}`;
    await request(system, 'POST', '/api/v1/dossiers', {
      body: dossier('Phạm Văn Dũng'),
      headers: { 'Idempotency-Key': key },
    });
    const reused = await request<{ code: string; message: { vi: string; en: string } }>(
      system,
      'POST',
      '/api/v1/dossiers',
      {
        body: dossier('Someone Else'),
        headers: { 'Idempotency-Key': key },
      },
    );

    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(reused.body.message.vi).toContain('Idempotency-Key');
  });

  it.each([
    ['an unknown field', { stage: 'APPROVED' }, 'stage', 'whitelistValidation'],
    ['a malformed unit id', { proposingUnitId: 'school-1' }, 'proposingUnitId', 'isUuid'],
    ['a missing nominee name', { nominee: { kind: 'individual' } }, 'nominee.name', 'isString'],
    ['a wrong nominee kind', { nominee: { kind: 'robot', name: 'R2' } }, 'nominee.kind', 'isIn'],
    ['a year as text', { year: '2024a' }, 'year', 'isInt'],
  ])('rejects %s with 400 naming the field', async (_label, change, field, rule) => {
    const body = { ...dossier(), ...change };
    const response = await request<{
      code: string;
      errors: { field: string; rule: string; message: { vi: string; en: string } }[];
    }>(system, 'POST', '/api/v1/dossiers', { body });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const error = response.body.errors.find((e) => e.field === field && e.rule === rule);
    expect(error?.message.vi).toContain(field);
    expect(error?.message.en).toContain(field);
  });

  it('answers 422 for a unit that does not exist and writes nothing', async () => {
    const before = await system.db.query<unknown[]>(`SELECT count(*) FROM dossiers`);
    const response = await request<{ code: string; errors: { field: string }[] }>(
      system,
      'POST',
      '/api/v1/dossiers',
      {
        body: { ...dossier(), proposingUnitId: randomUUID() },
      },
    );

    expect(response.status).toBe(422);
    expect(response.body.code).toBe('UNIT_NOT_FOUND');
    expect(response.body.errors[0]!.field).toBe('proposingUnitId');
    expect(await system.db.query(`SELECT count(*) FROM dossiers`)).toEqual(before);
  });

  it('answers 400 for malformed JSON and for a bad Idempotency-Key', async () => {
    const malformed = await fetch(`${system.apiUrl}/api/v1/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"year": 2024,',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe('MALFORMED_REQUEST');

    const badKey = await request<{ code: string }>(system, 'POST', '/api/v1/dossiers', {
      body: dossier(),
      headers: { 'Idempotency-Key': 'x' },
    });
    expect(badKey.status).toBe(400);
    expect(badKey.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
  });

  it('answers 404 for an unknown dossier and 400 for a malformed id', async () => {
    const missing = await request<{ code: string }>(
      system,
      'GET',
      `/api/v1/dossiers/${randomUUID()}`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('DOSSIER_NOT_FOUND');

    const malformed = await request<{ code: string; errors: { field: string }[] }>(
      system,
      'GET',
      '/api/v1/dossiers/42',
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]!.field).toBe('id');
  });

  it('accepts a dossier while the worker is down and records it once the worker is back', async () => {
    await system.worker.stop();
    const accepted = await request<{ id: string; code: string; recorded: boolean }>(
      system,
      'POST',
      '/api/v1/dossiers',
      {
        body: dossier('Hoàng Thị Én'),
        headers: { 'Idempotency-Key': `offline-${randomUUID()}` },
      },
    );
    expect(accepted.status).toBe(202);
    expect(accepted.body.recorded).toBe(false);
    expect((await request(system, 'GET', `/api/v1/dossiers/${accepted.body.id}`)).status).toBe(404);

    await system.restartWorker();
    await system.temporal.workflow.getHandle(accepted.body.code).result();
    const read = await request<DossierBody>(system, 'GET', `/api/v1/dossiers/${accepted.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.nominee.name).toBe('Hoàng Thị Én');
  });
});
