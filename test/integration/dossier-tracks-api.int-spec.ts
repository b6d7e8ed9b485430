import { councilAgendaSignal, councilResultSignal } from '@tdkt/contracts';
import { request, signInAll, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

interface TaskBody {
  id: string;
  type: string;
  subject: { id: string };
  dueAt: string | null;
}

interface DossierBody {
  id: string;
  code: string;
  stage: string;
  timeline: { type: string }[];
  checklist: { code: string; provided: boolean }[];
  procedure: {
    track: string;
    simplified: boolean;
    reviewWorkingDays: number;
    decisionWorkingDays: number | null;
    publicDisclosure: boolean;
    councilVote: boolean;
  } | null;
  decision: { number: string; signedOn: string; documents: { kind: string }[] } | null;
  decisionNumber?: string | null;
  outcomeReason?: string | null;
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe('dossier tracks through the API', () => {
  let system: TestSystem;
  let school: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    await signInAll(
      system,
      ['demo.officer.thlg', 'demo.reviewer.cm', 'demo.leader.cm', 'demo.reviewer.dn'],
      { tokens, ids },
    );
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  const upload = (dossierId: string, fileName: string, documentCode: string) => {
    const form = new FormData();
    form.append('file', new Blob([PDF]), fileName);
    form.append('documentCode', documentCode);
    return fetch(`${system.apiUrl}/api/v1/dossiers/${dossierId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens['demo.officer.thlg']}` },
      body: form,
    });
  };

  const taskFor = async (username: string, dossierId: string, type: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const tasks = await request<{ items: TaskBody[] }>(as(username), 'GET', '/api/v1/tasks');
      const task = tasks.body.items.find(
        (candidate) => candidate.subject.id === dossierId && candidate.type === type,
      );
      if (task) return task;
      if (Date.now() > deadline) throw new Error(`no ${type} task for ${username} on ${dossierId}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  const read = async (dossierId: string) =>
    (await request<DossierBody>(as('demo.officer.thlg'), 'GET', `/api/v1/dossiers/${dossierId}`))
      .body;

  it('takes an ad-hoc dossier by the simplified procedure from creation to a numbered decision', async () => {
    const preview = await request<{ track: string; simplified: boolean }>(
      as('demo.officer.thlg'),
      'GET',
      `/api/v1/dossiers/route-preview?proposingUnitId=${school}&awardCode=GIAY_KHEN_DOT_XUAT&year=2024`,
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ track: 'ad-hoc', simplified: true });

    const created = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'GIAY_KHEN_DOT_XUAT',
          proposingUnitId: school,
          nominee: { kind: 'individual', name: 'Lê Văn Dũng', position: 'Bảo vệ' },
          achievementsSummary: 'Dũng cảm cứu hai học sinh bị đuối nước ngày 12/11/2024.',
          submit: false,
        },
      },
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    // The simplified dossier: the memo and a short summary of the achievement, not the full report.
    expect(created.body.checklist.map((item) => item.code)).toEqual([
      'TO_TRINH',
      'TOM_TAT_THANH_TICH',
    ]);
    expect((await upload(id, 'to-trinh.pdf', 'TO_TRINH')).status).toBe(201);
    expect((await upload(id, 'tom-tat.pdf', 'TOM_TAT_THANH_TICH')).status).toBe(201);
    const submitted = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${id}/submit`,
    );
    expect(submitted.status).toBe(200);

    const dossier = await read(id);
    expect(dossier.procedure).toEqual({
      track: 'ad-hoc',
      simplified: true,
      reviewWorkingDays: 5,
      decisionWorkingDays: 5,
      publicDisclosure: false,
      councilVote: false,
    });

    const review = await taskFor('demo.reviewer.cm', id, 'dossier.review');
    const accepted = await request<{ stage: string }>(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${review.id}/complete`,
      { body: { outcome: { decision: 'accept' } } },
    );
    expect(accepted.body.stage).toBe('DECISION_PENDING');

    const decision = await taskFor('demo.leader.cm', id, 'dossier.decision');
    const approved = await request<{ stage: string }>(
      as('demo.leader.cm'),
      'POST',
      `/api/v1/tasks/${decision.id}/complete`,
      { body: { outcome: { decision: 'approve' } } },
    );
    expect(approved.body.stage).toBe('APPROVED');

    const closed = await read(id);
    expect(closed.stage).toBe('APPROVED');
    expect(closed.decision?.number).toMatch(/\/QĐ-/);
    expect(closed.decision?.documents.map((document) => document.kind)).toEqual(
      expect.arrayContaining(['decision-docx', 'decision-pdf']),
    );
    const types = closed.timeline.map((event) => event.type);
    expect(types).toContain('decision.approved');
    expect(types).not.toContain('council.awaited');
    expect(types).not.toContain('disclosure.opened');
  });

  /** The level's council passes the dossier (its meeting workflow's signals; councils have their own suite). */
  const councilPasses = async (code: string, level: string) => {
    const handle = system.temporal.workflow.getHandle(code);
    await handle.signal(councilAgendaSignal, {
      meetingId: `M-${code}-${level}`,
      meetingDate: '2024-12-20',
      placed: true,
    });
    await handle.signal(councilResultSignal, {
      meetingId: `M-${code}-${level}`,
      level,
      passed: true,
      votesFor: 9,
      membersTotal: 9,
      present: 9,
    });
  };

  const proposeUpward = async (name: string) => {
    const created = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'CSTD_TOAN_QUOC',
          proposingUnitId: school,
          nominee: { kind: 'individual', name, position: 'Hiệu trưởng', gender: 'female' },
          achievementsSummary: 'Hai lần Chiến sĩ thi đua cấp tỉnh; sáng kiến áp dụng toàn quốc.',
          submit: true,
        },
      },
    );
    expect(created.status).toBe(201);
    const { id, code } = created.body;
    expect((await read(id)).procedure?.track).toBe('central');

    const districtReview = await taskFor('demo.reviewer.cm', id, 'dossier.review');
    await request(as('demo.reviewer.cm'), 'POST', `/api/v1/tasks/${districtReview.id}/complete`, {
      body: { outcome: { decision: 'accept' } },
    });
    await councilPasses(code, 'district');
    const provinceReview = await taskFor('demo.reviewer.dn', id, 'dossier.review');
    await request(as('demo.reviewer.dn'), 'POST', `/api/v1/tasks/${provinceReview.id}/complete`, {
      body: { outcome: { decision: 'accept' } },
    });
    await councilPasses(code, 'province');
    return { id, central: await taskFor('demo.reviewer.dn', id, 'dossier.central-outcome') };
  };

  it('sends a CSTĐ toàn quốc dossier to the central level after the province votes, and records the central decision', async () => {
    const { id, central } = await proposeUpward('Phạm Thị Hoa');
    const waiting = await read(id);
    expect(waiting.stage).toBe('FORWARDED');
    expect(waiting.timeline.map((event) => event.type)).toContain('central.sent');
    expect(central.dueAt).not.toBeNull();

    const badDate = await request<{ code: string; errors: { field: string }[] }>(
      as('demo.reviewer.dn'),
      'POST',
      `/api/v1/tasks/${central.id}/complete`,
      {
        body: {
          outcome: { decision: 'accepted', decisionNumber: '1234/QĐ-TTg', decidedOn: '15/3/2025' },
        },
      },
    );
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors.map((error) => error.field)).toContain('outcome.decidedOn');

    const recorded = await request<{ stage: string }>(
      as('demo.reviewer.dn'),
      'POST',
      `/api/v1/tasks/${central.id}/complete`,
      {
        body: {
          outcome: { decision: 'accepted', decisionNumber: '1234/QĐ-TTg', decidedOn: '2025-03-15' },
        },
      },
    );
    expect(recorded.status).toBe(200);
    expect(recorded.body.stage).toBe('APPROVED');
    const closed = await read(id);
    expect(closed).toMatchObject({ stage: 'APPROVED', decisionNumber: '1234/QĐ-TTg' });
    expect(closed.timeline.map((event) => event.type)).toContain('central.accepted');

    const audit = await system.db.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity_id = $1 OR entity_id = $2`,
      [id, central.id],
    );
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['central.sent', 'central.accepted']),
    );
  });

  it('closes an upward proposal the central level returns, with its reason', async () => {
    const { id, central } = await proposeUpward('Trần Văn Bình');
    const returned = await request<{ stage: string }>(
      as('demo.reviewer.dn'),
      'POST',
      `/api/v1/tasks/${central.id}/complete`,
      { body: { outcome: { decision: 'returned', reason: 'Thiếu xác nhận phạm vi ảnh hưởng' } } },
    );
    expect(returned.body.stage).toBe('NOT_APPROVED');
    const closed = await read(id);
    expect(closed.outcomeReason).toBe(
      'RETURNED_BY_CENTRAL_LEVEL: Thiếu xác nhận phạm vi ảnh hưởng',
    );
  });
});
