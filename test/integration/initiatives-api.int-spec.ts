import { createHash } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  councilMeetingWorkflowId,
  decisionWorkflowId,
  initiativeWorkflowId,
  recordBallotUpdate,
  SEPARATION_OF_DUTIES_MESSAGES,
  SeparationOfDutiesReason,
} from '@tdkt/contracts';
import { initiativeDueDate, vietnameseLongDate } from '@tdkt/server-feature-councils';
import { pdfText } from '../support/documents';
import { recordHistory } from '../support/histories';
import { addPerson, type Person } from '../support/people';
import { request, signInAll, startTestSystem, type TestSystem, unitIdOf } from '../support/system';
import { vietnamToday } from '../support/today';
import { until } from '../support/poll';

interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; rule: string }[];
}
interface InitiativeBody {
  id: string;
  status: string;
  authorIds: string[];
  receivedOn: string;
  dueDate: string;
  scope: string | null;
  reasons: string | null;
  votesFor: number | null;
  membersTotal: number | null;
  decidedOn: string | null;
  usedByDossierId: string | null;
  documents: { id: string; kind: string }[];
}
interface TaskBody {
  id: string;
  type: string;
  dueAt: string | null;
  subject: { id: string };
}
interface DossierBody {
  id: string;
  code: string;
  stage: string;
  outcomeReason: string | null;
}
interface MeetingBody {
  id: string;
  status: string;
  agenda: { dossierId: string; ballotsCast: number | null; votesFor: number | null }[];
}

/**
 * Initiatives through the API, with the real API and worker processes, under the rules of
 * 16 December 2024 (RULES_AS_OF): an author's application through the school, its receipt and due
 * date, the initiative council's vote (2/3 of all its members), the certificate or the refusal;
 * dossiers waiting on an initiative; the one-use rule; and the council's separation of duties for
 * members who authored an initiative a dossier cites.
 */
describe('initiatives, the dossiers citing them and the council, through the API', () => {
  let system: TestSystem;
  let school: string;
  let district: string;
  let teacher: Person;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Disclosure is held outside the engine, so that a passed dossier reaches its decision today.
    system = await startTestSystem({ apiEnv: { DISCLOSURE_HELD_OUTSIDE: 'true' } });
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    district = await unitIdOf(system, 'DN-CM');
    await signInAll(
      system,
      [
        'demo.officer.thlg',
        'demo.head.thlg',
        'demo.reviewer.cm',
        'demo.secretary.cm',
        'demo.leader.cm',
      ],
      { tokens, ids },
    );
    for (const row of await system.db.query<{ id: string; username: string }[]>(
      `SELECT id, username FROM users WHERE username LIKE 'demo.%'`,
    ))
      ids[row.username] = row.id;
    teacher = await addPerson(system.db, { username: 'gv.thlg', unitCode: 'DN-CM-TH-LG' });
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  const initiative = async (id: string) =>
    (await request<InitiativeBody>(as('demo.head.thlg'), 'GET', `/api/v1/initiatives/${id}`)).body;
  const dossier = async (id: string) =>
    (await request<DossierBody>(as('demo.officer.thlg'), 'GET', `/api/v1/dossiers/${id}`)).body;

  /** The school's officer lodges an application for its authors. */
  async function apply(title: string, authorIds: string[]): Promise<InitiativeBody> {
    const applied = await request<InitiativeBody>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/initiatives',
      {
        body: {
          unitId: school,
          title,
          description: 'Giải pháp mới, đã áp dụng thử tại trường trong năm học 2023-2024.',
          authorIds,
        },
      },
    );
    expect(applied.status).toBe(201);
    return applied.body;
  }

  const review = (id: string, outcome: Record<string, unknown>, username = 'demo.head.thlg') =>
    request<InitiativeBody & ErrorBody>(as(username), 'POST', `/api/v1/initiatives/${id}/review`, {
      body: outcome,
    });

  /** The review task of an initiative, once it is in the school head's inbox. */
  const reviewTask = (initiativeId: string) =>
    until(
      async () =>
        (
          await request<{ items: TaskBody[] }>(as('demo.head.thlg'), 'GET', '/api/v1/tasks')
        ).body.items.find((t) => t.subject.id === initiativeId),
      (found) => found !== undefined,
    );

  /** A recognised initiative of the school (6 of 9, unit scope). */
  async function recognised(title: string, authorIds: string[]): Promise<string> {
    const applied = await apply(title, authorIds);
    // Reviewed at once: the API waits for the review task the workflow opens right after the receipt.
    const decided = await review(applied.id, { membersTotal: 9, votesFor: 6, scope: 'unit' });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('RECOGNIZED');
    return applied.id;
  }

  /** The school proposes a teacher for CSTĐCS, citing initiatives. */
  const propose = (name: string, initiativeIds: string[]) =>
    request<DossierBody & ErrorBody>(as('demo.officer.thlg'), 'POST', '/api/v1/dossiers', {
      body: {
        year: 2024,
        awardCode: 'CSTDCS',
        proposingUnitId: school,
        nominee: { kind: 'individual', name, position: 'Giáo viên' },
        achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận.',
        initiativeIds,
      },
    });

  /** The district's reviewer accepts the dossier. */
  async function accept(dossierId: string): Promise<void> {
    const task = await until(
      async () =>
        (
          await request<{ items: TaskBody[] }>(as('demo.reviewer.cm'), 'GET', '/api/v1/tasks')
        ).body.items.find((t) => t.subject.id === dossierId && t.type === 'dossier.review'),
      (found) => found !== undefined,
    );
    const accepted = await request(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${task!.id}/complete`,
      { body: { outcome: { decision: 'accept' } } },
    );
    expect(accepted.status).toBe(200);
  }

  async function download(documentId: string, username = 'demo.head.thlg'): Promise<Buffer> {
    const response = await fetch(`${system.apiUrl}/api/v1/documents/${documentId}`, {
      headers: { authorization: `Bearer ${tokens[username]}` },
    });
    expect(response.status).toBe(200);
    const content = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(content).digest('hex')).toBe(
      response.headers.get('x-content-sha256'),
    );
    return content;
  }

  /** Waits for a workflow to finish, then records its history (with TDKT_RECORD_HISTORIES=1). */
  async function recordFinished(workflowId: string, workflowType: string, branch: string) {
    const handle = system.temporal.workflow.getHandle(workflowId);
    await until(
      async () => (await handle.describe()).status.name,
      (status) => status === 'COMPLETED',
    );
    await recordHistory(handle, workflowType, branch);
  }

  it('receives an application through the school with its legal due date; 6 of 9 recognise it, with a certificate naming its scope', async () => {
    const title = 'Dạy học STEM qua dự án “Vườn rau sạch của em”';
    const applied = await apply(title, [teacher.id]);
    // Received today; due three months later, or the next working day when that is a day off (the
    // dates at their edges are the unit test's: 16/12/2024 is due Monday 17/03/2025).
    const today = vietnamToday();
    const dueDate = initiativeDueDate(today, 3);
    expect(applied).toMatchObject({
      status: 'RECEIVED',
      authorIds: [teacher.id],
      receivedOn: today,
      dueDate,
      usedByDossierId: null,
    });
    const task = await reviewTask(applied.id);
    expect(task).toMatchObject({ type: 'initiative.review', dueAt: `${dueDate}T10:00:00.000Z` });

    const noScope = await review(applied.id, { membersTotal: 9, votesFor: 6 });
    expect(noScope.status).toBe(400);
    expect(noScope.body.code).toBe('INVALID_OUTCOME');
    expect(noScope.body.errors?.map((error) => error.field)).toEqual(['outcome.scope']);

    const decided = await review(applied.id, { membersTotal: 9, votesFor: 6, scope: 'province' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'RECOGNIZED',
      scope: 'province',
      reasons: null,
      votesFor: 6,
      membersTotal: 9,
      decidedOn: today,
    });
    expect(decided.body.documents.map((document) => document.kind)).toEqual([
      'initiative-certificate-pdf',
    ]);
    const certificate = pdfText(await download(decided.body.documents[0]!.id));
    expect(certificate).toContain('GIẤY CHỨNG NHẬN SÁNG KIẾN');
    expect(certificate).toContain(`Chứng nhận sáng kiến: “${title}”`);
    expect(certificate).toContain('Tác giả: Cán bộ gv.thlg');
    expect(certificate).toContain('Phạm vi ảnh hưởng, hiệu quả áp dụng: cấp tỉnh');
    expect(certificate).toContain('Hội đồng sáng kiến biểu quyết: 6/9 thành viên đồng ý');
    expect(certificate).toContain(vietnameseLongDate(today));

    const again = await review(applied.id, { membersTotal: 9, votesFor: 9, scope: 'national' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TASK_NOT_OPEN');
    const [told] = await until(
      () =>
        system.db.query<{ template: string }[]>(
          `SELECT template FROM notifications WHERE user_id = $1 AND link = $2`,
          [teacher.id, `/initiatives/${applied.id}`],
        ),
      (rows) => rows.length === 1,
    );
    expect(told!.template).toBe('initiative.decided');
    await recordFinished(initiativeWorkflowId(applied.id), 'initiativeWorkflow', 'recognised');
  }, 120_000);

  it("carries its application's files: checked by their bytes, audited, downloadable, and closed once the council decides", async () => {
    const applied = await apply('Sổ tay điện tử theo dõi học sinh cá biệt', [teacher.id]);
    const upload = (name: string, content: Buffer, username = 'demo.officer.thlg') => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), name);
      return fetch(`${system.apiUrl}/api/v1/initiatives/${applied.id}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[username]}` },
        body: form,
      });
    };
    const description = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    );
    const added = await upload('Mô tả sáng kiến.pdf', description);
    expect(added.status).toBe(201);
    const file = (await added.json()) as { id: string; fileName: string; sha256: string };
    expect(file).toMatchObject({
      fileName: 'Mô tả sáng kiến.pdf',
      sha256: createHash('sha256').update(description).digest('hex'),
    });

    const text = await upload('ghi-chu.txt', Buffer.from('không phải PDF'));
    expect(text.status).toBe(415);
    const refused = (await text.json()) as ErrorBody;
    expect(refused.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(refused.errors?.map((error) => [error.field, error.rule])).toEqual([
      ['file', 'fileType'],
    ]);
    const none = await fetch(`${system.apiUrl}/api/v1/initiatives/${applied.id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens['demo.officer.thlg']}` },
      body: new FormData(),
    });
    expect(none.status).toBe(400);

    const read = (
      await request<InitiativeBody & { attachments: { id: string }[] }>(
        as('demo.head.thlg'),
        'GET',
        `/api/v1/initiatives/${applied.id}`,
      )
    ).body;
    expect(read.attachments.map((attachment) => attachment.id)).toEqual([file.id]);
    const downloaded = await fetch(
      `${system.apiUrl}/api/v1/initiatives/${applied.id}/attachments/${file.id}`,
      { headers: { authorization: `Bearer ${tokens['demo.head.thlg']}` } },
    );
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(description)).toBe(true);
    const audited = await system.db.query<{ after: { fileName: string } }[]>(
      `SELECT after FROM audit_log WHERE action = 'initiative.attachment-added' AND entity_id = $1`,
      [applied.id],
    );
    expect(audited.map((row) => row.after.fileName)).toEqual(['Mô tả sáng kiến.pdf']);

    const decided = await review(applied.id, { membersTotal: 9, votesFor: 6, scope: 'unit' });
    expect(decided.status).toBe(200);
    const late = await upload('Minh chứng.pdf', description);
    expect(late.status).toBe(409);
    expect(((await late.json()) as ErrorBody).code).toBe('INITIATIVE_ALREADY_DECIDED');
    const [count] = await system.db.query<{ count: string }[]>(
      `SELECT count(*) FROM initiative_attachments WHERE initiative_id = $1`,
      [applied.id],
    );
    expect(Number(count?.count)).toBe(1);
  }, 120_000);

  it('refuses with 5 of 9 and written reasons; an author cannot review their own initiative', async () => {
    const title = 'Phần mềm quản lý thư viện trường học';
    const applied = await apply(title, [teacher.id]);
    await reviewTask(applied.id);
    const noReasons = await review(applied.id, { membersTotal: 9, votesFor: 5 });
    expect(noReasons.status).toBe(400);
    expect(noReasons.body.errors?.map((error) => error.field)).toEqual(['outcome.reasons']);

    const reasons =
      'Giải pháp chưa có tính mới so với phần mềm đang dùng tại các trường trong huyện.';
    const refused = await review(applied.id, { membersTotal: 9, votesFor: 5, reasons });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      status: 'REFUSED',
      scope: null,
      reasons,
      votesFor: 5,
      membersTotal: 9,
    });
    expect(refused.body.documents.map((document) => document.kind)).toEqual([
      'initiative-refusal-pdf',
    ]);
    const refusal = pdfText(await download(refused.body.documents[0]!.id));
    expect(refusal).toContain('THÔNG BÁO');
    expect(refusal).toContain('Về việc không công nhận sáng kiến');
    expect(refusal).toContain(`không công nhận sáng kiến “${title}”`);
    expect(refusal).toContain(`Lý do: ${reasons}`);
    expect(refusal).toContain('5/9 thành viên đồng ý');
    await recordFinished(initiativeWorkflowId(applied.id), 'initiativeWorkflow', 'refused');

    // The school's head wrote this one: they cannot record its review.
    const own = await apply('Tổ chức ngày hội đọc sách', [ids['demo.head.thlg']!]);
    await reviewTask(own.id);
    const selfReview = await review(own.id, { membersTotal: 9, votesFor: 9, scope: 'unit' });
    expect(selfReview.status).toBe(403);
    expect(selfReview.body.code).toBe('SEPARATION_OF_DUTIES');
    expect((await initiative(own.id)).status).toBe('RECEIVED');
  }, 120_000);

  it('a dossier citing a pending initiative waits for it: it goes on once recognised, and ends not approved when refused', async () => {
    const pending = await apply('Ứng dụng bản đồ tư duy trong dạy Tiếng Việt lớp 3', [teacher.id]);
    const waiting = await propose('Nguyễn Thị Mai', [pending.id]);
    expect(waiting.status).toBe(201);
    await accept(waiting.body.id);
    await until(
      () => dossier(waiting.body.id),
      (body) => body.stage === 'INITIATIVE_PENDING',
    );
    await reviewTask(pending.id);
    expect((await review(pending.id, { membersTotal: 9, votesFor: 7, scope: 'unit' })).status).toBe(
      200,
    );
    await until(
      () => dossier(waiting.body.id),
      (body) => body.stage === 'COUNCIL_PENDING',
    );
    expect((await initiative(pending.id)).usedByDossierId).toBe(waiting.body.id);

    const doomedTitle = 'Sổ liên lạc điện tử tự làm';
    const doomed = await apply(doomedTitle, [teacher.id]);
    const citing = await propose('Đỗ Văn Nam', [doomed.id]);
    expect(citing.status).toBe(201);
    await accept(citing.body.id);
    await until(
      () => dossier(citing.body.id),
      (body) => body.stage === 'INITIATIVE_PENDING',
    );
    const reasons = 'Chưa được áp dụng thực tế.';
    await reviewTask(doomed.id);
    expect((await review(doomed.id, { membersTotal: 9, votesFor: 4, reasons })).status).toBe(200);
    const ended = await until(
      () => dossier(citing.body.id),
      (body) => body.stage === 'NOT_APPROVED',
    );
    expect(ended.outcomeReason).toBe(`INITIATIVE_REFUSED: ${doomedTitle} — ${reasons}`);
    // The dossier gave the initiative back, but a refused initiative backs nothing.
    expect((await initiative(doomed.id)).usedByDossierId).toBeNull();
    const refusedCited = await propose('Đỗ Văn Nam', [doomed.id]);
    expect(refusedCited.status).toBe(422);
    expect(refusedCited.body.code).toBe('INITIATIVE_REFUSED');
    expect(refusedCited.body.errors?.map((error) => error.field)).toEqual(['initiativeIds']);
  }, 180_000);

  it('one use: a second dossier citing an initiative that backs another is refused, and a dossier that ends without the award gives it back', async () => {
    const used = await recognised('Góc học tập xanh trong lớp học', [teacher.id]);
    const first = await propose('Vũ Thị Hằng', [used]);
    expect(first.status).toBe(201);
    expect((await initiative(used)).usedByDossierId).toBe(first.body.id);

    // A colleague's dossier citing the same initiative.
    const second = await propose('Phan Thị Hà', [used]);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('INITIATIVE_ALREADY_USED');
    expect(second.body.errors).toEqual([
      expect.objectContaining({ field: 'initiativeIds', rule: 'oneUse' }),
    ]);
    // Not even as a draft.
    const draft = await request<ErrorBody>(as('demo.officer.thlg'), 'POST', '/api/v1/dossiers', {
      body: {
        year: 2024,
        awardCode: 'CSTDCS',
        proposingUnitId: school,
        nominee: { kind: 'individual', name: 'Phan Thị Hà', position: 'Giáo viên' },
        achievementsSummary: 'Bản nháp.',
        initiativeIds: [used],
        submit: false,
      },
    });
    expect(draft.status).toBe(409);
    expect(draft.body.code).toBe('INITIATIVE_ALREADY_USED');

    const withdrawn = await request(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${first.body.id}/withdraw`,
      { body: { reason: 'Đơn vị rút hồ sơ để đề nghị năm sau.' } },
    );
    expect(withdrawn.status).toBe(200);
    await until(
      () => initiative(used),
      (body) => body.usedByDossierId === null,
    );
    expect((await dossier(first.body.id)).stage).toBe('WITHDRAWN');
    const later = await propose('Vũ Thị Hằng', [used]);
    expect(later.status).toBe(201);
    expect((await initiative(used)).usedByDossierId).toBe(later.body.id);
  }, 120_000);

  it('keeps a council member who authored a cited initiative out of its ballot; the passed dossier is decided and keeps the initiative, the failed one gives it back', async () => {
    const member = ids['demo.member1.cm']!;
    const kept = await recognised('Sân chơi vận động từ vật liệu tái chế', [teacher.id, member]);
    const returned = await recognised('Câu lạc bộ Toán tuổi thơ', [member]);
    const passing = await propose('Hoàng Thị Thu', [kept]);
    const failing = await propose('Ngô Văn Bình', [returned]);
    for (const created of [passing, failing]) {
      expect(created.status).toBe(201);
      await accept(created.body.id);
      await until(
        () => dossier(created.body.id),
        (body) => body.stage === 'COUNCIL_PENDING',
      );
    }

    const council = [
      ['demo.leader.cm', 'chair'],
      ['demo.vicechair.cm', 'vice-chair'],
      ['demo.secretary.cm', 'secretary'],
      ['demo.member1.cm', 'member'],
      ['demo.member2.cm', 'member'],
      ['demo.member3.cm', 'member'],
      ['demo.member4.cm', 'member'],
      ['demo.member5.cm', 'member'],
      ['demo.member6.cm', 'member'],
    ].map(([username, position]) => ({ userId: ids[username!]!, position }));
    const everyone = council.map((seat) => seat.userId);
    const created = await request<MeetingBody>(
      as('demo.secretary.cm'),
      'POST',
      '/api/v1/council-meetings',
      {
        body: {
          unitId: district,
          title: 'Phiên họp xét danh hiệu Chiến sĩ thi đua cơ sở năm 2024',
          scheduledAt: new Date(Date.now() + 8_000).toISOString(),
          location: 'Phòng họp UBND huyện Cẩm Mỹ',
          members: council,
        },
      },
    );
    expect(created.status).toBe(201);
    const meeting = created.body.id;
    for (const id of [passing.body.id, failing.body.id])
      expect(
        (
          await request(
            as('demo.secretary.cm'),
            'POST',
            `/api/v1/council-meetings/${meeting}/agenda`,
            { body: { dossierId: id } },
          )
        ).status,
      ).toBe(200);
    await until(
      async () =>
        (
          await request<MeetingBody>(
            as('demo.secretary.cm'),
            'GET',
            `/api/v1/council-meetings/${meeting}`,
          )
        ).body.status,
      (status) => status === 'OPEN',
    );
    expect(
      (
        await request(
          as('demo.secretary.cm'),
          'POST',
          `/api/v1/council-meetings/${meeting}/attendance`,
          { body: { present: everyone } },
        )
      ).status,
    ).toBe(200);

    // The API refuses a tally listing the author among those who voted, naming the rule …
    const ballot = (dossierId: string, castBy: string[], votesFor: number) =>
      request<ErrorBody & MeetingBody>(
        as('demo.secretary.cm'),
        'POST',
        `/api/v1/council-meetings/${meeting}/ballots`,
        { body: { dossierId, castBy, votesFor } },
      );
    for (const id of [passing.body.id, failing.body.id]) {
      const refused = await ballot(id, everyone, 9);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('SEPARATION_OF_DUTIES');
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'castBy', rule: 'INITIATIVE_AUTHOR_CANNOT_VOTE' }),
      ]);
      expect(refused.body.message).toEqual(
        SEPARATION_OF_DUTIES_MESSAGES[SeparationOfDutiesReason.INITIATIVE_AUTHOR_CANNOT_VOTE],
      );
    }
    // … and so does the meeting's workflow, asked directly.
    const rejection = await system.temporal.workflow
      .getHandle(councilMeetingWorkflowId(meeting))
      .executeUpdate(recordBallotUpdate, {
        args: [
          {
            actor: { userId: ids['demo.secretary.cm']!, roles: ['COUNCIL_SECRETARY'] },
            tally: { dossierId: passing.body.id, castBy: everyone, votesFor: 9 },
          },
        ],
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(rejection).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((rejection as WorkflowUpdateFailedError).cause).toMatchObject({
      type: 'SEPARATION_OF_DUTIES',
      details: [
        [expect.objectContaining({ field: 'castBy', rule: 'INITIATIVE_AUTHOR_CANNOT_VOTE' })],
      ],
    });
    const unchanged = await request<MeetingBody>(
      as('demo.secretary.cm'),
      'GET',
      `/api/v1/council-meetings/${meeting}`,
    );
    expect(unchanged.body.agenda.map((item) => item.ballotsCast)).toEqual([null, null]);

    // Without the author: 8 of all 9 members pass CSTĐCS (80 %), 7 do not.
    const others = everyone.filter((id) => id !== member);
    expect((await ballot(passing.body.id, others, 8)).status).toBe(200);
    expect((await ballot(failing.body.id, others, 7)).status).toBe(200);
    const closed = await request<MeetingBody>(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${meeting}/close`,
    );
    expect(closed.status).toBe(200);
    expect(closed.body.agenda.map((item) => [item.ballotsCast, item.votesFor])).toEqual([
      [8, 8],
      [8, 7],
    ]);

    await until(
      () => dossier(passing.body.id),
      (body) => body.stage === 'DECISION_PENDING',
    );
    expect(
      await until(
        () => dossier(failing.body.id),
        (body) => body.stage === 'NOT_APPROVED',
      ),
    ).toMatchObject({ outcomeReason: 'COUNCIL_VOTE_FAILED: 7/9' });
    // The failed dossier gave its initiative back: a later dossier may cite it.
    await until(
      () => initiative(returned),
      (body) => body.usedByDossierId === null,
    );
    const later = await propose('Ngô Văn Bình', [returned]);
    expect(later.status).toBe(201);

    const decision = await request<{ id: string; number: string; signedOn: string }>(
      as('demo.leader.cm'),
      'POST',
      '/api/v1/decisions',
      { body: { unitId: district, dossierIds: [passing.body.id] } },
    );
    expect(decision.status).toBe(201);
    expect(decision.body.signedOn).toBe(vietnamToday());
    expect(decision.body.number).toMatch(/^\d+\/QĐ-UBND$/);
    await until(
      () => dossier(passing.body.id),
      (body) => body.stage === 'APPROVED',
    );
    // The award is given: the initiative stays with it and backs nothing else.
    expect((await initiative(kept)).usedByDossierId).toBe(passing.body.id);
    const reuse = await propose('Trịnh Văn Long', [kept]);
    expect(reuse.status).toBe(409);
    expect(reuse.body.code).toBe('INITIATIVE_ALREADY_USED');
    await recordFinished(decisionWorkflowId(decision.body.id), 'decisionWorkflow', 'issued');
  }, 240_000);
});
