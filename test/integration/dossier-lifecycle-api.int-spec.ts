import { request, signInAll, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

interface TaskBody {
  id: string;
  type: string;
  status: string;
  subject: { id: string; label: string };
  candidateRole: string | null;
  details: Record<string, unknown>;
}

interface DossierBody {
  id: string;
  code: string;
  stage: string;
  timeline: { seq: number; type: string; actorId: string | null }[];
  openTasks: TaskBody[];
  attachments: { id: string; documentCode: string | null; sha256: string; contentType: string }[];
  checklist: { code: string; provided: boolean }[];
  submissionChecks: { findings: { code: string; field: string }[] } | null;
}

/** A small but real PDF (the header is what the content check looks at). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe('a dossier through the API, as the people who work on it see it', () => {
  let system: TestSystem;
  let school: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    await signInAll(
      system,
      [
        'demo.officer.thlg',
        'demo.officer.thcsxm',
        'demo.reviewer.cm',
        'demo.reviewer.dn',
        'demo.leader.cm',
        'demo.head.thlg',
      ],
      { tokens, ids },
    );
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  const draft = async (awardCode: string, name: string) => {
    const created = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode,
          proposingUnitId: school,
          nominee: {
            kind: 'individual',
            name,
            position: 'Giáo viên',
            gender: 'female',
            directWorker: true,
          },
          achievementsSummary:
            'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024; giáo viên dạy giỏi cấp huyện.',
          submit: false,
        },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.stage).toBe('DRAFT');
    return created.body;
  };

  const upload = (dossierId: string, content: Buffer, fileName: string, documentCode?: string) => {
    const form = new FormData();
    form.append('file', new Blob([content]), fileName);
    if (documentCode) form.append('documentCode', documentCode);
    return fetch(`${system.apiUrl}/api/v1/dossiers/${dossierId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens['demo.officer.thlg']}` },
      body: form,
    });
  };

  const inbox = async (username: string) =>
    (await request<{ items: TaskBody[] }>(as(username), 'GET', '/api/v1/tasks')).body.items;

  const taskFor = async (username: string, dossierId: string, type: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const task = (await inbox(username)).find(
        (candidate) => candidate.subject.id === dossierId && candidate.type === type,
      );
      if (task) return task;
      if (Date.now() > deadline) throw new Error(`no ${type} task for ${username} on ${dossierId}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  const read = async (dossierId: string, username = 'demo.officer.thlg') =>
    (await request<DossierBody>(as(username), 'GET', `/api/v1/dossiers/${dossierId}`)).body;

  /** The documents the reviewer is told are missing. */
  const missingDocuments = (dossier: DossierBody) =>
    (dossier.submissionChecks?.findings ?? [])
      .filter((finding) => finding.code === 'DOCUMENT_MISSING')
      .map((finding) => finding.field);

  /** The person's in-app notice whose link names the dossier and whose text contains `text`. */
  const noticeAbout = async (username: string, dossierId: string, text: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const notices = await request<{
        items: {
          template: string;
          link: string | null;
          body: { vi: string };
          title: { vi: string };
        }[];
      }>(as(username), 'GET', '/api/v1/notifications?limit=100');
      const found = notices.body.items.find(
        (notice) =>
          notice.link?.includes(dossierId) === true &&
          `${notice.title.vi} ${notice.body.vi}`.includes(text),
      );
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no notice "${text}" for ${username}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  it('returns a CSTĐCS dossier for a missing document, takes the supplement and leaves it awaiting the council with its whole timeline', async () => {
    const dossier = await draft('CSTDCS', 'Nguyễn Thị Lan');
    expect((await upload(dossier.id, PDF, 'to-trinh.pdf', 'TO_TRINH')).status).toBe(201);
    const submitted = await request<DossierBody>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossier.id}/submit`,
    );
    expect(submitted.status).toBe(200);

    // The reviewer sees the documents still missing, and is told the dossier arrived.
    expect(missingDocuments(await read(dossier.id))).toContain('documents.BIEN_BAN_BINH_XET');
    expect(missingDocuments(await read(dossier.id))).not.toContain('documents.TO_TRINH');
    expect((await noticeAbout('demo.reviewer.cm', dossier.id, 'Việc mới')).template).toBe(
      'task.opened',
    );
    const review = await taskFor('demo.reviewer.cm', dossier.id, 'dossier.review');
    expect(review.candidateRole).toBe('REVIEWER');
    expect((await inbox('demo.reviewer.dn')).some((task) => task.id === review.id)).toBe(false);
    const returned = await request<{ stage: string }>(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${review.id}/complete`,
      {
        body: {
          outcome: {
            decision: 'return',
            items: [
              { item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu biên bản bình xét của nhà trường' },
            ],
          },
        },
      },
    );
    expect(returned.status).toBe(200);
    expect(returned.body.stage).toBe('SUPPLEMENTING');

    const supplementTask = await taskFor('demo.officer.thlg', dossier.id, 'dossier.supplement');
    expect(supplementTask.details.items).toEqual([
      { item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu biên bản bình xét của nhà trường' },
    ]);
    const minutes = await upload(dossier.id, PDF, 'bien-ban-binh-xet.pdf', 'BIEN_BAN_BINH_XET');
    expect(minutes.status).toBe(201);
    const minutesId = ((await minutes.json()) as { id: string }).id;
    const resubmitted = await request<{ stage: string }>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossier.id}/supplement`,
      {
        body: { note: 'Đã bổ sung biên bản bình xét', attachmentIds: [minutesId] },
      },
    );
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.stage).toBe('UNIT_REVIEW');
    // The school was asked for the document by its name; the reviewer hears it came back supplemented
    // and no longer sees it missing.
    const askedFor = await noticeAbout(
      'demo.officer.thlg',
      dossier.id,
      'Biên bản bình xét thi đua',
    );
    expect(askedFor.body.vi).not.toContain('BIEN_BAN_BINH_XET');
    await noticeAbout('demo.reviewer.cm', dossier.id, 'Đơn vị đã bổ sung hồ sơ theo yêu cầu.');
    expect(missingDocuments(await read(dossier.id))).not.toContain('documents.BIEN_BAN_BINH_XET');

    const secondReview = await taskFor('demo.reviewer.cm', dossier.id, 'dossier.review');
    expect(secondReview.id).not.toBe(review.id);
    const accepted = await request<{ stage: string }>(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${secondReview.id}/complete`,
      {
        body: { outcome: { decision: 'accept' } },
      },
    );
    expect(accepted.body.stage).toBe('COUNCIL_PENDING');

    const shown = await read(dossier.id);
    expect(shown.stage).toBe('COUNCIL_PENDING');
    expect(shown.timeline.map((event) => event.type)).toEqual([
      'dossier.submitted',
      'review.started',
      'review.returned',
      'dossier.supplemented',
      'review.started',
      'review.accepted',
      'council.awaited',
    ]);
    expect(shown.timeline.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(shown.timeline.find((event) => event.type === 'review.returned')?.actorId).toBe(
      ids['demo.reviewer.cm'],
    );
    expect(shown.checklist.find((item) => item.code === 'BIEN_BAN_BINH_XET')?.provided).toBe(true);
    expect(
      shown.attachments.every(
        (attachment) =>
          attachment.contentType === 'application/pdf' && attachment.sha256.length === 64,
      ),
    ).toBe(true);

    const [notice] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications WHERE idempotency_key LIKE $1`,
      [`${shown.code}:returned#1%`],
    );
    expect(notice?.n).toBeGreaterThan(0);
  });

  it('refuses, with clear codes, what the task does not allow — and changes nothing', async () => {
    const dossier = await draft('CSTDCS', 'Trần Thị Mai');
    await request(as('demo.officer.thlg'), 'POST', `/api/v1/dossiers/${dossier.id}/submit`);
    const review = await taskFor('demo.reviewer.cm', dossier.id, 'dossier.review');

    const byOfficer = await request<{ code: string }>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/tasks/${review.id}/complete`,
      {
        body: { outcome: { decision: 'accept' } },
      },
    );
    expect(byOfficer.status).toBe(403);
    expect(byOfficer.body.code).toBe('NOT_A_CANDIDATE');

    const badOutcome = await request<{ code: string; errors: { field: string }[] }>(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${review.id}/complete`,
      {
        body: {
          outcome: { decision: 'return', items: [{ item: 'TO_TRINH' }], deadlineWorkingDays: 99 },
        },
      },
    );
    expect(badOutcome.status).toBe(400);
    expect(badOutcome.body.code).toBe('INVALID_OUTCOME');
    expect(badOutcome.body.errors.map((error) => error.field)).toEqual(
      expect.arrayContaining(['outcome.items[0].reason', 'outcome.deadlineWorkingDays']),
    );

    const notSupplementing = await request<{ code: string }>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossier.id}/supplement`,
      { body: {} },
    );
    expect(notSupplementing.status).toBe(409);
    expect(notSupplementing.body.code).toBe('STAGE_NOT_ALLOWED');

    const lateFile = await upload(dossier.id, PDF, 'bo-sung-muon.pdf');
    expect(lateFile.status).toBe(409);

    const otherSchool = await request<{ code: string }>(
      as('demo.officer.thcsxm'),
      'GET',
      `/api/v1/dossiers/${dossier.id}`,
    );
    expect(otherSchool.status).toBe(404);
    expect(
      (await inbox('demo.officer.thcsxm')).some((task) => task.subject.id === dossier.id),
    ).toBe(false);

    expect((await read(dossier.id)).timeline.map((event) => event.type)).toEqual([
      'dossier.submitted',
      'review.started',
    ]);

    const accepted = await request(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${review.id}/complete`,
      { body: { outcome: { decision: 'accept' } } },
    );
    expect(accepted.status).toBe(200);
    // The same completion sent again is a retry: its first answer. Another outcome is refused.
    const again = await request(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${review.id}/complete`,
      { body: { outcome: { decision: 'accept' } } },
    );
    expect([again.status, again.body]).toEqual([200, accepted.body]);
    const changed = await request<{ code: string }>(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${review.id}/complete`,
      { body: { outcome: { decision: 'reject', reason: 'Đổi ý' } } },
    );
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('TASK_NOT_OPEN');
  });

  it('accepts only PDF, DOCX, XLSX, JPG and PNG, judged by content', async () => {
    const dossier = await draft('LDTT', 'Phạm Văn An');
    const exe = await upload(dossier.id, Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), 'bao-cao.pdf');
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as { code: string }).code).toBe('UNSUPPORTED_FILE_TYPE');
    const png = await upload(
      dossier.id,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      'anh.png',
    );
    expect(png.status).toBe(201);

    const stored = (await read(dossier.id)).attachments[0]!;
    const download = await fetch(
      `${system.apiUrl}/api/v1/dossiers/${dossier.id}/attachments/${stored.id}`,
      {
        headers: { authorization: `Bearer ${tokens['demo.officer.thlg']}` },
      },
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('image/png');
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 4)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    );
  });

  it('brings a provincial Bằng khen to the provincial reviewer after the district review', async () => {
    const dossier = await draft('BANG_KHEN_TINH', 'Lê Văn Bảo');
    await request(as('demo.officer.thlg'), 'POST', `/api/v1/dossiers/${dossier.id}/submit`);
    const districtReview = await taskFor('demo.reviewer.cm', dossier.id, 'dossier.review');
    await request(as('demo.reviewer.cm'), 'POST', `/api/v1/tasks/${districtReview.id}/complete`, {
      body: { outcome: { decision: 'accept' } },
    });

    const provincialReview = await taskFor('demo.reviewer.dn', dossier.id, 'dossier.review');
    expect(provincialReview.details.level).toBe('province');
    expect((await inbox('demo.reviewer.cm')).some((task) => task.id === provincialReview.id)).toBe(
      false,
    );
    const shown = await read(dossier.id);
    expect(shown.timeline.map((event) => event.type)).toContain('dossier.escalated');
  });

  it('lets the author withdraw; the reviewer’s task disappears', async () => {
    const dossier = await draft('LDTT', 'Hoàng Văn Cường');
    await request(as('demo.officer.thlg'), 'POST', `/api/v1/dossiers/${dossier.id}/submit`);
    const review = await taskFor('demo.reviewer.cm', dossier.id, 'dossier.review');
    const withdrawn = await request<{ stage: string }>(
      as('demo.officer.thlg'),
      'POST',
      `/api/v1/dossiers/${dossier.id}/withdraw`,
      {
        body: { reason: 'Nhà trường rút hồ sơ để bổ sung năm sau' },
      },
    );
    expect(withdrawn.body.stage).toBe('WITHDRAWN');
    expect((await inbox('demo.reviewer.cm')).some((task) => task.id === review.id)).toBe(false);
  });

  it('loses nothing and duplicates nothing when the worker is killed mid-way', async () => {
    const teachers = () => ({
      proposingUnitId: school,
      items: ['Giáo viên A', 'Giáo viên B', 'Giáo viên C', 'Giáo viên D', 'Giáo viên E'].map(
        (name) => ({
          year: 2024,
          awardCode: 'LDTT',
          nominee: { kind: 'individual', name },
          achievementsSummary: 'Hoàn thành tốt nhiệm vụ năm học 2023-2024',
        }),
      ),
    });
    const batch = await request<{ submitted: number; results: { id: string; status: string }[] }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers/batch',
      {
        body: teachers(),
        headers: { 'Idempotency-Key': 'batch-kill-worker-0001' },
      },
    );
    expect(batch.status).toBe(200);
    expect(batch.body.submitted).toBe(5);
    await system.worker.stop('SIGKILL');
    await system.restartWorker();

    for (const { id } of batch.body.results) {
      await taskFor('demo.reviewer.cm', id, 'dossier.review');
      const shown = await read(id);
      expect(shown.timeline.map((event) => event.type)).toEqual([
        'dossier.submitted',
        'review.started',
      ]);
      const [tasks] = await system.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM tasks WHERE subject_id = $1`,
        [id],
      );
      expect(tasks?.n).toBe(1);
    }
    const [duplicates] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT idempotency_key FROM audit_log WHERE idempotency_key IS NOT NULL GROUP BY idempotency_key HAVING count(*) > 1) d`,
    );
    expect(duplicates?.n).toBe(0);

    const replayed = await request<{ results: { id: string }[] }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers/batch',
      {
        body: teachers(),
        headers: { 'Idempotency-Key': 'batch-kill-worker-0001' },
      },
    );
    expect(replayed.body.results.map((result) => result.id)).toEqual(
      batch.body.results.map((result) => result.id),
    );
  });
});
