import { request, signInAll, startTestSystem, type TestSystem, unitIdOf } from '../support/system';
import { until } from '../support/poll';

interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; rule: string }[];
}
interface TaskBody {
  id: string;
  type: string;
  subject: { id: string; type: string };
}
interface ComplaintBody {
  id: string;
  instance: number;
  handlingUnitId: string;
  subjectKind: string;
  decisionId: string | null;
  decisionNumber: string | null;
  status: string;
  dueDate: string | null;
  filedLate: boolean;
  filingLastDay: string;
  reasons: string | null;
  secondComplaintLastDay: string | null;
}
interface RevocationBody {
  id: string;
  number: string;
  ground: string;
  bonusToRecoverVnd: number;
}
interface DecisionBody {
  id: string;
  number: string;
  awardees: { dossierId: string; bonusVnd: number; revocation: RevocationBody | null }[];
}

/**
 * Complaints and revocation through the API, with the real API and worker processes: a school's
 * complaint about the district's decision awarding its teacher, accepted by the district's emulation
 * office and rejected by its leader (tasks in their inboxes); then the leader revokes the award
 * (Law 06/2022 Art. 93(2)): the number comes from the district's decision series once, a second
 * revocation of the same award is refused.
 */
describe('complaints and revocation of an award, through the API', () => {
  let system: TestSystem;
  let school: string;
  let district: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem({ apiEnv: { DISCLOSURE_HELD_OUTSIDE: 'true' } });
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    district = await unitIdOf(system, 'DN-CM');
    await signInAll(system, ['demo.officer.thlg', 'demo.reviewer.cm', 'demo.leader.cm'], {
      tokens,
      ids,
    });
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  async function createDossier(name: string): Promise<string> {
    const created = await request<{ id: string }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'GIAY_KHEN',
          proposingUnitId: school,
          nominee: { kind: 'individual', name, position: 'Giáo viên' },
          achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024.',
        },
      },
    );
    expect(created.status).toBe(201);
    return created.body.id;
  }

  const taskFor = (username: string, subjectId: string, type: string) =>
    until(
      async () =>
        (
          await request<{ items: TaskBody[] }>(as(username), 'GET', '/api/v1/tasks')
        ).body.items.find((task) => task.subject.id === subjectId && task.type === type),
      (task) => task !== undefined,
    ).then((task) => task!);

  const complete = (username: string, taskId: string, outcome: Record<string, unknown>) =>
    request<ErrorBody>(as(username), 'POST', `/api/v1/tasks/${taskId}/complete`, {
      body: { outcome },
    });

  /** A dossier of the school awarded a Giấy khen by the district's decision. */
  async function awardedDossier(name: string): Promise<{ dossierId: string; decisionId: string }> {
    const dossierId = await createDossier(name);
    const review = await taskFor('demo.reviewer.cm', dossierId, 'dossier.review');
    expect((await complete('demo.reviewer.cm', review.id, { decision: 'accept' })).status).toBe(
      200,
    );
    await until(
      async () =>
        (
          await request<{ stage: string }>(
            as('demo.officer.thlg'),
            'GET',
            `/api/v1/dossiers/${dossierId}`,
          )
        ).body.stage,
      (stage) => stage === 'DECISION_PENDING',
    );
    const issued = await request<{ id: string }>(
      as('demo.leader.cm'),
      'POST',
      '/api/v1/decisions',
      {
        body: { unitId: district, dossierIds: [dossierId] },
      },
    );
    expect([201, 202]).toContain(issued.status);
    const decision = await until(
      async () =>
        (
          await request<{ decision: { id: string } | null }>(
            as('demo.officer.thlg'),
            'GET',
            `/api/v1/dossiers/${dossierId}`,
          )
        ).body.decision,
      (found) => found !== null,
    );
    return { dossierId, decisionId: decision!.id };
  }

  const today = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

  it('files a complaint about a signed decision, the district accepts it and its leader rejects it; the complainant hears of each step', async () => {
    const { dossierId, decisionId } = await awardedDossier('Phạm Thị Hoa');

    const notDecided = await createDossier('Hồ sơ chưa có quyết định');
    const invalid = await request<ErrorBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${notDecided}/complaints`,
      { body: { content: 'Đề nghị xem xét lại hồ sơ.', knownOn: today() } },
    );
    expect([invalid.status, invalid.body.code]).toEqual([422, 'COMPLAINT_SUBJECT_INVALID']);
    const beforeSigning = await request<ErrorBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossierId}/complaints`,
      { body: { content: 'Đề nghị xem xét lại quyết định.', knownOn: '2020-01-01' } },
    );
    expect(beforeSigning.status).toBe(400);
    expect(beforeSigning.body.errors?.map((error) => error.field)).toEqual(['knownOn']);

    const filed = await request<ComplaintBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossierId}/complaints`,
      {
        body: {
          content: 'Đề nghị xét tặng Bằng khen thay vì Giấy khen vì thành tích cấp tỉnh.',
          knownOn: today(),
        },
      },
    );
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      subjectKind: 'decision',
      decisionId,
      status: 'RECEIVED',
      filedLate: false,
    });
    expect(filed.body.decisionNumber).toMatch(/\/QĐ/);

    const tooEarly = await request<ErrorBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossierId}/complaints`,
      {
        body: {
          content: 'Khiếu nại lần hai khi lần đầu chưa giải quyết.',
          knownOn: today(),
          previousComplaintId: filed.body.id,
        },
      },
    );
    expect([tooEarly.status, tooEarly.body.code]).toEqual([409, 'COMPLAINT_NOT_SETTLED']);

    const accept = await taskFor('demo.reviewer.cm', filed.body.id, 'complaint.accept');
    expect(accept.subject.type).toBe('complaint');
    const noReasons = await complete('demo.reviewer.cm', accept.id, { accept: false });
    expect([noReasons.status, noReasons.body.code]).toEqual([400, 'INVALID_OUTCOME']);
    expect(
      (await complete('demo.reviewer.cm', accept.id, { accept: true, complex: false })).status,
    ).toBe(200);
    const accepted = (
      await request<ComplaintBody>(
        as('demo.officer.thlg'),
        'GET',
        `/api/v1/complaints/${filed.body.id}`,
      )
    ).body;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.dueDate).not.toBeNull();

    const settle = await taskFor('demo.leader.cm', filed.body.id, 'complaint.settle');
    expect(
      (
        await complete('demo.leader.cm', settle.id, {
          result: 'rejected',
          reasons: 'Thành tích chỉ đạt cấp cơ sở.',
          verification: 'Đã đối thoại với nhà trường.',
        })
      ).status,
    ).toBe(200);
    const settled = (
      await request<ComplaintBody>(
        as('demo.officer.thlg'),
        'GET',
        `/api/v1/complaints/${filed.body.id}`,
      )
    ).body;
    expect(settled).toMatchObject({ status: 'REJECTED', reasons: 'Thành tích chỉ đạt cấp cơ sở.' });
    expect(settled.secondComplaintLastDay).not.toBeNull();

    // A second complaint goes to the superior of the district (Luật Khiếu nại Art. 7): the province.
    const second = await request<ComplaintBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossierId}/complaints`,
      {
        body: {
          content: 'Không đồng ý với quyết định giải quyết lần đầu.',
          knownOn: today(),
          previousComplaintId: filed.body.id,
        },
      },
    );
    expect(second.status).toBe(201);
    const [province] = await system.db.query<{ parent_id: string }[]>(
      `SELECT parent_id FROM units WHERE id = $1`,
      [district],
    );
    expect(second.body).toMatchObject({
      instance: 2,
      handlingUnitId: province!.parent_id,
      decisionId,
      status: 'RECEIVED',
    });

    const listed = await request<{ items: ComplaintBody[] }>(
      as('demo.leader.cm'),
      'GET',
      '/api/v1/complaints',
    );
    expect(listed.body.items.map((item) => item.id)).toContain(filed.body.id);
    const told = await until(
      () =>
        system.db.query<{ key: string }[]>(
          `SELECT idempotency_key AS key FROM notifications WHERE user_id = $1 AND idempotency_key LIKE $2`,
          [ids['demo.officer.thlg'], `complaint-${filed.body.id}:%`],
        ),
      (rows) => rows.length === 3,
    );
    expect(told.map((row) => row.key.split(':').at(-1)).sort()).toEqual([
      'accepted',
      'received',
      'settled',
    ]);
    const audit = await system.db.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity_type = 'complaint' AND entity_id = $1 ORDER BY id`,
      [filed.body.id],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'complaint.received',
      'complaint.accepted',
      'complaint.settled',
    ]);
  }, 240_000);

  it('revokes an award once, numbered in the issuer’s decision series, with the bonus the decision paid to recover', async () => {
    const { dossierId, decisionId } = await awardedDossier('Đỗ Văn Nam');
    const decision = (
      await request<DecisionBody>(as('demo.leader.cm'), 'GET', `/api/v1/decisions/${decisionId}`)
    ).body;
    const awardee = decision.awardees.find((row) => row.dossierId === dossierId)!;
    expect(awardee.revocation).toBeNull();

    const body = {
      dossierId,
      ground: '93.2.b',
      reason: 'Hồ sơ kê khai thành tích không đúng sự thật.',
    };
    const officer = await request<ErrorBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/decisions/${decisionId}/revocations`,
      { body },
    );
    expect([403, 404]).toContain(officer.status);
    const badGround = await request<ErrorBody>(
      as('demo.leader.cm'),
      'POST',
      `/api/v1/decisions/${decisionId}/revocations`,
      { body: { ...body, ground: '93.2.z' } },
    );
    expect(badGround.status).toBe(400);
    expect(badGround.body.errors?.map((error) => error.field)).toEqual(['ground']);

    const key = { 'Idempotency-Key': `revoke-${dossierId}` };
    const first = await request<RevocationBody>(
      as('demo.leader.cm'),
      'POST',
      `/api/v1/decisions/${decisionId}/revocations`,
      { body, headers: key },
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ ground: '93.2.b', bonusToRecoverVnd: awardee.bonusVnd });
    const again = await request<RevocationBody>(
      as('demo.leader.cm'),
      'POST',
      `/api/v1/decisions/${decisionId}/revocations`,
      { body, headers: key },
    );
    expect(again.body.number).toBe(first.body.number);
    const second = await request<ErrorBody>(
      as('demo.leader.cm'),
      'POST',
      `/api/v1/decisions/${decisionId}/revocations`,
      { body },
    );
    expect([second.status, second.body.code]).toEqual([409, 'AWARD_ALREADY_REVOKED']);

    // The revocation took the next number of the district's series, once.
    const series = await system.db.query<{ number: string }[]>(
      `SELECT number FROM decisions WHERE issuer_unit_id = $1
       UNION ALL SELECT number FROM award_revocations WHERE issuer_unit_id = $1`,
      [district],
    );
    expect(series.filter((row) => row.number === first.body.number)).toHaveLength(1);
    const sequences = await system.db.query<{ sequence: number }[]>(
      `SELECT sequence FROM decisions WHERE issuer_unit_id = $1
       UNION ALL SELECT sequence FROM award_revocations WHERE issuer_unit_id = $1 ORDER BY 1`,
      [district],
    );
    expect(sequences.map((row) => row.sequence)).toEqual(sequences.map((_row, index) => index + 1));

    const shown = (
      await request<DecisionBody>(as('demo.leader.cm'), 'GET', `/api/v1/decisions/${decisionId}`)
    ).body.awardees.find((row) => row.dossierId === dossierId)!;
    expect(shown.revocation).toMatchObject({ number: first.body.number, ground: '93.2.b' });
    const onDossier = (
      await request<{ decision: { revocation: RevocationBody | null } }>(
        as('demo.officer.thlg'),
        'GET',
        `/api/v1/dossiers/${dossierId}`,
      )
    ).body.decision.revocation;
    expect(onDossier?.number).toBe(first.body.number);
    const audit = await system.db.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE action = 'award.revoked' AND entity_id = $1`,
      [decisionId],
    );
    expect(audit).toHaveLength(1);
  }, 240_000);
});
