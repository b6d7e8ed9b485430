import { recordHistory } from '../support/histories';
import { eventually, stuckList } from '../support/operations';
import { request, signInAll, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

interface ErrorBody {
  code: string;
  errors?: { field: string; rule: string }[];
}
interface DossierBody {
  id: string;
  code: string;
  stage: string;
  attachments: unknown[];
}
interface TaskBody {
  id: string;
  type: string;
  status: string;
  subject: { id: string };
}

/** The nominee whose review task a crafted trigger refuses, as a legacy row would. */
const HELD_NOMINEE = 'Trần Văn Giữ';

/**
 * The poison inputs of issue 20 against the real API and worker processes: each is a clean 400 naming
 * the field, nothing is stored and nothing keeps retrying afterwards. And the defence behind the edge:
 * an activity that fails on its input (a CHECK violation from a crafted trigger) fails once, not for
 * ever; its workflow holds the work for an administrator, the stuck list says why, and the
 * administrator's retry resumes it once the cause is gone.
 */
describe('poison input against the running system', () => {
  let system: TestSystem;
  let school: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    await signInAll(
      system,
      ['demo.officer.thlg', 'demo.head.thlg', 'demo.reviewer.cm', 'demo.admin'],
      { tokens, ids },
    );
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  const submit = async (name: string, key: string) => {
    const created = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        headers: { 'Idempotency-Key': key },
        body: {
          year: 2024,
          awardCode: 'CSTDCS',
          proposingUnitId: school,
          nominee: { kind: 'individual', name },
          achievementsSummary: 'Giáo viên dạy giỏi cấp huyện năm học 2023-2024.',
        },
      },
    );
    expect(created.status).toBe(201);
    return created.body;
  };

  const reviewTaskOf = (dossierId: string) =>
    eventually(`the review task of ${dossierId}`, async () => {
      const inbox = await request<{ items: TaskBody[] }>(
        as('demo.reviewer.cm'),
        'GET',
        '/api/v1/tasks',
      );
      return inbox.body.items.find(
        (task) => task.subject.id === dossierId && task.type === 'dossier.review',
      );
    });

  const fieldsOf = (body: ErrorBody) =>
    (body.errors ?? []).map((error) => [error.field, error.rule]);

  it('refuses the three poisoned requests of the issue with a clean 400, and nothing retries afterwards', async () => {
    // 1. An initiative whose description holds a NUL byte.
    const initiative = await request<ErrorBody>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/initiatives',
      {
        body: {
          unitId: school,
          title: 'Sáng kiến dạy đọc',
          description: 'Áp dụng thử\u0000 tại trường',
          authorIds: [ids['demo.officer.thlg']],
        },
      },
    );
    expect([initiative.status, initiative.body.code, fieldsOf(initiative.body)]).toEqual([
      400,
      'VALIDATION_FAILED',
      [['description', 'noControlCharacters']],
    ]);
    const [initiatives] = await system.db.query<{ count: string }[]>(
      `SELECT count(*) FROM initiatives`,
    );
    expect(Number(initiatives?.count)).toBe(0);

    // 2. A withdrawal whose reason holds a lone surrogate, on a dossier in review.
    const dossier = await submit('Nguyễn Thị Lan', 'poison-0001');
    const review = await reviewTaskOf(dossier.id);
    const withdrawal = await request<ErrorBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossier.id}/withdraw`,
      { body: { reason: 'Rút để bổ sung \uD800' } },
    );
    expect([withdrawal.status, fieldsOf(withdrawal.body)]).toEqual([
      400,
      [['reason', 'wellFormedUnicode']],
    ]);

    // 3. A reviewer's completion whose reason holds a vertical tab pasted from Word.
    const completion = await request<ErrorBody>(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${review.id}/complete`,
      {
        body: {
          outcome: {
            decision: 'return',
            items: [{ item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu biên bản\u000Bbình xét' }],
          },
        },
      },
    );
    expect([completion.status, fieldsOf(completion.body)]).toEqual([
      400,
      [['outcome.items[0].reason', 'noControlCharacters']],
    ]);

    const after = await request<DossierBody>(
      as('demo.officer.thlg'),
      'GET',
      `/api/v1/dossiers/${dossier.id}`,
    );
    expect(after.body.stage).toBe('UNIT_REVIEW');
    expect((await reviewTaskOf(dossier.id)).id).toBe(review.id);
    const described = await system.temporal.workflow.getHandle(dossier.code).describe();
    expect(described.raw.pendingActivities ?? []).toEqual([]);
    const stuck = await stuckList(as('demo.admin'));
    expect(stuck.items).toEqual([]);
  });

  it('refuses poisoned comments, searches, uploads and page offsets, and stores nothing', async () => {
    const dossier = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'CSTDCS',
          proposingUnitId: school,
          nominee: { kind: 'individual', name: 'Lê Thị Hoa' },
          achievementsSummary: 'Giáo viên chủ nhiệm giỏi.',
          submit: false,
        },
      },
    );
    expect(dossier.status).toBe(201);
    const id = dossier.body.id;

    const comment = await request<ErrorBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${id}/comments`,
      {
        body: { body: 'Đã bổ sung\u0000' },
      },
    );
    expect([comment.status, fieldsOf(comment.body)]).toEqual([
      400,
      [['body', 'noControlCharacters']],
    ]);

    for (const query of ['q=%00', 'awardCode=%00', 'q=%ED%A0%80']) {
      const search = await request<ErrorBody>(
        as('demo.officer.thlg'),
        'GET',
        `/api/v1/dossiers?${query}`,
      );
      expect([query, search.status, search.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
    const offset = await request<ErrorBody>(
      as('demo.officer.thlg'),
      'GET',
      '/api/v1/dossiers?offset=9223372036854775807',
    );
    expect([offset.status, fieldsOf(offset.body)]).toEqual([400, [['offset', 'max']]]);

    const upload = (fileName: string, documentCode: string) => {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), fileName);
      form.append('documentCode', documentCode);
      return fetch(`${system.apiUrl}/api/v1/dossiers/${id}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens['demo.officer.thlg']}` },
        body: form,
      });
    };
    const badCode = await upload('to-trinh.pdf', 'TO_TRINH\u0000');
    expect([badCode.status, fieldsOf((await badCode.json()) as ErrorBody)]).toEqual([
      400,
      [['documentCode', 'noControlCharacters']],
    ]);
    const badName = await upload('tờ trình\uFFFF.pdf', 'TO_TRINH');
    expect([badName.status, fieldsOf((await badName.json()) as ErrorBody)]).toEqual([
      400,
      [['file.name', 'noNoncharacters']],
    ]);
    // Busboy itself refuses a control character in a part's header.
    expect((await upload('tờ\u000Btrình.pdf', 'TO_TRINH')).status).toBe(400);
    // A file name whose bytes are not UTF-8.
    const boundary = 'poison-boundary';
    const raw = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="t`,
        'latin1',
      ),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(
        `.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
        'latin1',
      ),
    ]);
    const notUtf8 = await fetch(`${system.apiUrl}/api/v1/dossiers/${id}/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens['demo.officer.thlg']}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body: raw,
    });
    expect([notUtf8.status, fieldsOf((await notUtf8.json()) as ErrorBody)]).toEqual([
      400,
      [['file.name', 'wellFormedUnicode']],
    ]);
    const stored = await request<DossierBody>(
      as('demo.officer.thlg'),
      'GET',
      `/api/v1/dossiers/${id}`,
    );
    expect(stored.body.attachments).toEqual([]);
    const [comments] = await system.db.query<{ count: string }[]>(
      `SELECT count(*) FROM dossier_comments`,
    );
    expect(Number(comments?.count)).toBe(0);
  });

  it('holds a dossier whose activity fails on its input for an administrator, and resumes it on retry', async () => {
    // A row PostgreSQL refuses, as text stored before the edge refused it would be refused.
    await system.db.query(`
      CREATE FUNCTION refuse_held_nominee() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.subject_label LIKE '%${HELD_NOMINEE}%' THEN
          RAISE EXCEPTION 'crafted refusal of the review task' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await system.db.query(
      `CREATE TRIGGER refuse_held_nominee BEFORE INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION refuse_held_nominee()`,
    );
    const dossier = await submit(HELD_NOMINEE, 'poison-0002');

    const held = await eventually('the dossier in the stuck list', async () => {
      const report = await stuckList(as('demo.admin'), { reason: 'held-for-administrator' });
      return report.items.find((item) => item.workflowId === dossier.code);
    });
    expect(held.reasons).toEqual(['held-for-administrator']);
    expect(held.dossier?.code).toBe(dossier.code);
    expect(held.findings[0]).toMatchObject({
      reason: 'held-for-administrator',
      evidence: { activityType: 'openTask', failureType: 'INPUT_REJECTED_BY_DATABASE' },
    });
    expect(held.findings[0]?.summary.en).toContain('while opening a task');
    expect(held.findings[0]?.summary.en).toContain('SQLSTATE 23514');
    expect(held.findings[0]?.summary.vi).toContain('Tạm dừng chờ quản trị viên');
    // Failed once, not retrying: Temporal has no pending activity for it.
    const described = await system.temporal.workflow.getHandle(dossier.code).describe();
    expect(described.status.name).toBe('RUNNING');
    expect(described.raw.pendingActivities ?? []).toEqual([]);
    const counts = await request<{ counts: Record<string, number> }>(
      as('demo.admin'),
      'GET',
      '/api/v1/admin/stuck/counts',
    );
    expect(counts.body.counts['held-for-administrator']).toBe(1);

    // The administrator removes the cause, then retries.
    await system.db.query(`DROP TRIGGER refuse_held_nominee ON tasks`);
    await system.db.query(`DROP FUNCTION refuse_held_nominee()`);
    const retried = await request<{ retried: string[] }>(
      as('demo.admin'),
      'POST',
      `/api/v1/admin/workflows/${dossier.code}/retry`,
      { body: { reason: 'The legacy row was corrected' } },
    );
    expect([retried.status, retried.body.retried]).toEqual([200, ['held:openTask']]);
    await reviewTaskOf(dossier.id);
    const report = await stuckList(as('demo.admin'));
    expect(report.items.map((item) => item.workflowId)).not.toContain(dossier.code);
    const audit = await system.db.query<{ before: { heldWork: unknown[] } }[]>(
      `SELECT before FROM audit_log WHERE action = 'ops.activities.retried' AND workflow_id = $1`,
      [dossier.code],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before.heldWork).toHaveLength(1);
    const again = await request<ErrorBody>(
      as('demo.admin'),
      'POST',
      `/api/v1/admin/workflows/${dossier.code}/retry`,
      { body: { reason: 'Nothing is held any more' } },
    );
    expect([again.status, again.body.code]).toEqual([409, 'NOTHING_TO_RETRY']);

    // It goes on as any dossier: withdrawn by its unit, it closes.
    const withdrawn = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossier.id}/withdraw`,
      { body: { reason: 'Rút để bổ sung thành tích năm sau' } },
    );
    expect(withdrawn.status).toBe(200);
    const handle = system.temporal.workflow.getHandle(dossier.code);
    await expect(handle.result()).resolves.toMatchObject({ stage: 'WITHDRAWN' });
    await recordHistory(handle, 'dossierWorkflow', 'held-for-administrator-then-withdrawn');
  });
});
