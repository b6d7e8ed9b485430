import {
  readListSheet,
  submissionAwardCatalog,
  validateList,
  XLSX_MIME,
} from '@tdkt/server-feature-spreadsheets';
import ExcelJS from 'exceljs';
import { addPerson } from '../support/people';
import { request, signInAll, startTestSystem, type TestSystem, unitIdOf } from '../support/system';
import { until } from '../support/poll';

interface TaskBody {
  id: string;
  type: string;
  subject: { id: string };
}

/**
 * The public disclosure page's API, without signing in: a dossier that passed its council is shown
 * during its disclosure window with its nominee's name, unit, award and achievements — nothing more —
 * and an objection filed there opens the reviewers' task; objections are size- and rate-limited, and
 * a dossier outside its window takes none.
 */
describe('public disclosure of nominees and objections without signing in', () => {
  let system: TestSystem;
  let school: string;
  let district: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    district = await unitIdOf(system, 'DN-CM');
    await signInAll(
      system,
      [
        'demo.officer.thlg',
        'demo.reviewer.cm',
        'demo.secretary.cm',
        'demo.leader.cm',
        'demo.member1.cm',
        'demo.member2.cm',
      ],
      { tokens, ids },
    );
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });
  const anonymous = () => ({ apiUrl: system.apiUrl });

  const reviewerTasks = async () =>
    (await request<{ items: TaskBody[] }>(as('demo.reviewer.cm'), 'GET', '/api/v1/tasks')).body
      .items;

  it('shows a nominee in disclosure with the public fields only, and turns an objection into a review task', async () => {
    const created = await request<{ id: string; code: string }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'CSTDCS',
          proposingUnitId: school,
          nominee: {
            kind: 'individual',
            name: 'Nguyễn Thị Lan',
            birthYear: 1985,
            gender: 'female',
            position: 'Giáo viên',
            ethnicMinority: true,
          },
          achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024.',
        },
      },
    );
    expect(created.status).toBe(201);
    const dossierId = created.body.id;
    const review = await until(
      async () =>
        (await reviewerTasks()).find(
          (task) => task.subject.id === dossierId && task.type === 'dossier.review',
        ),
      (task) => task !== undefined,
      90_000,
    );
    expect(
      (
        await request(as('demo.reviewer.cm'), 'POST', `/api/v1/tasks/${review!.id}/complete`, {
          body: { outcome: { decision: 'accept' } },
        })
      ).status,
    ).toBe(200);

    const extra = [];
    for (const index of [3, 4, 5, 6, 7])
      extra.push(
        await addPerson(system.db, { username: `member${index}.disclosure`, unitCode: 'DN-CM' }),
      );
    const members = [
      { userId: ids['demo.leader.cm']!, position: 'chair' },
      { userId: ids['demo.secretary.cm']!, position: 'secretary' },
      { userId: ids['demo.member1.cm']!, position: 'vice-chair' },
      { userId: ids['demo.member2.cm']!, position: 'member' },
      ...extra.map((person) => ({ userId: person.id, position: 'member' })),
    ];
    const meeting = await request<{ id: string; status: string }>(
      as('demo.secretary.cm'),
      'POST',
      '/api/v1/council-meetings',
      {
        body: {
          unitId: district,
          title: 'Phiên họp xét khen thưởng năm 2024',
          scheduledAt: new Date(Date.now() + 4_000).toISOString(),
          location: 'Hội trường UBND huyện Cẩm Mỹ',
          members,
        },
      },
    );
    expect(meeting.status).toBe(201);
    const meetingPath = `/api/v1/council-meetings/${meeting.body.id}`;
    await until(
      async () =>
        (
          await request(as('demo.secretary.cm'), 'POST', `${meetingPath}/agenda`, {
            body: { dossierId },
          })
        ).status,
      (status) => status === 200,
      90_000,
    );
    await until(
      async () =>
        (await request<{ status: string }>(as('demo.secretary.cm'), 'GET', meetingPath)).body,
      (body) => body.status === 'OPEN',
      90_000,
    );
    const castBy = members.map((member) => member.userId);
    for (const [path, body] of [
      ['attendance', { present: castBy }],
      ['ballots', { dossierId, castBy, votesFor: 9 }],
    ] as const)
      expect(
        (await request(as('demo.secretary.cm'), 'POST', `${meetingPath}/${path}`, { body })).status,
      ).toBe(200);
    expect((await request(as('demo.secretary.cm'), 'POST', `${meetingPath}/close`)).status).toBe(
      200,
    );

    // The meeting's results export: the nominee's row reads back as a list, its ballot beside it.
    const results = await fetch(
      `${system.apiUrl}/api/v1/exports/council-meetings/${meeting.body.id}/results.xlsx`,
      { headers: { authorization: `Bearer ${tokens['demo.secretary.cm']}` } },
    );
    expect(results.status).toBe(200);
    const workbook = Buffer.from(await results.arrayBuffer());
    const readBack = validateList(
      await readListSheet(workbook, XLSX_MIME),
      submissionAwardCatalog({ RULES_AS_OF: '2024-12-16', RULES_PROFILE: undefined }),
    );
    expect(readBack.errors).toEqual([]);
    expect(readBack.items.map((item) => [item.nominee.name, item.awardCode, item.year])).toEqual([
      ['Nguyễn Thị Lan', 'CSTDCS', 2024],
    ]);
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(workbook as unknown as ArrayBuffer);
    const texts: string[] = [];
    sheet
      .getWorksheet('Danh sách')!
      .eachRow((row) =>
        texts.push(
          (row.values as unknown[])
            .map((value) =>
              typeof value === 'string' || typeof value === 'number' ? String(value) : '',
            )
            .join(','),
        ),
      );
    expect(texts.some((line) => line.includes(created.body.code) && line.includes(',9,9,'))).toBe(
      true,
    );

    const disclosed = await until(
      async () =>
        (await request<Record<string, unknown>[]>(anonymous(), 'GET', '/api/v1/public/disclosures'))
          .body,
      (body) => body.some((item) => item.dossierId === dossierId),
      90_000,
    );
    const shown = disclosed.find((item) => item.dossierId === dossierId)!;
    expect(Object.keys(shown).sort()).toEqual([
      'achievementsSummary',
      'awardName',
      'code',
      'disclosureEndsAt',
      'dossierId',
      'nomineeName',
      'unitName',
      'year',
    ]);
    expect(shown).toMatchObject({ nomineeName: 'Nguyễn Thị Lan', code: created.body.code });
    expect(shown.unitName).toContain('Long Giao');
    expect(shown.awardName).toContain('Chiến sĩ thi đua');
    // Nothing personal beyond what is disclosed: no year of birth, gender, ethnicity or post.
    const page = JSON.stringify(disclosed);
    for (const hidden of ['1985', 'female', 'Giáo viên', 'ethnicMinority', 'birthYear'])
      expect(page).not.toContain(hidden);

    const objectionPath = `/api/v1/public/disclosures/${dossierId}/objections`;
    const objection = {
      filerName: 'Trần Văn Phản',
      contact: '0912 345 678',
      text: 'Cá nhân này chưa hoàn thành nhiệm vụ học kỳ II.',
    };
    // Counts of hours that have ended, left by earlier objections: the next objection forgets them.
    await system.db.query(
      `INSERT INTO public_request_counters (bucket, window_start, hits) VALUES
         ('objection|203.0.113.9', date_trunc('hour', now()) - interval '3 hours', 5),
         ('objection|all', date_trunc('hour', now()) - interval '2 hours', 120)`,
    );
    const filed = await request(anonymous(), 'POST', objectionPath, { body: objection });
    expect(filed.status).toBe(202);
    const counters = await system.db.query<{ bucket: string; ended: boolean; hits: number }[]>(
      `SELECT bucket, window_start <= now() - interval '2 hours' AS ended, hits
         FROM public_request_counters ORDER BY bucket`,
    );
    expect(counters.filter((counter) => counter.ended)).toEqual([]);
    expect(counters.find((counter) => counter.bucket === 'objection|all')?.hits).toBe(1);
    await until(
      reviewerTasks,
      (tasks) =>
        tasks.some(
          (task) => task.subject.id === dossierId && task.type === 'dossier.objection-review',
        ),
      90_000,
    );
    const [audited] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'dossier.objection-filed-publicly'`,
      [dossierId],
    );
    expect(audited?.n).toBe(1);

    const tooLong = await request<{ code: string; errors: { field: string; rule: string }[] }>(
      anonymous(),
      'POST',
      objectionPath,
      { body: { ...objection, text: 'x'.repeat(4001) } },
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors.map((error) => error.field)).toEqual(['text']);

    // Five an hour from one address: four more pass, the sixth is refused.
    for (let index = 0; index < 4; index += 1)
      expect((await request(anonymous(), 'POST', objectionPath, { body: objection })).status).toBe(
        202,
      );
    const flooded = await request<{ code: string }>(anonymous(), 'POST', objectionPath, {
      body: objection,
    });
    expect(flooded.status).toBe(429);
    expect(flooded.body.code).toBe('TOO_MANY_REQUESTS');
  }, 240_000);

  it('takes no objection for a dossier outside its disclosure window', async () => {
    const draft = await request<{ id: string }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'LDTT',
          proposingUnitId: school,
          nominee: { kind: 'individual', name: 'Lê Văn Nháp' },
          achievementsSummary: 'Hoàn thành tốt nhiệm vụ.',
          submit: false,
        },
      },
    );
    const refused = await request<{ code: string }>(
      anonymous(),
      'POST',
      `/api/v1/public/disclosures/${draft.body.id}/objections`,
      { body: { filerName: 'Ai đó', contact: 'a@b.vn', text: 'Phản ánh' } },
    );
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('DISCLOSURE_NOT_OPEN');
    const list = await request<{ dossierId: string }[]>(
      anonymous(),
      'GET',
      '/api/v1/public/disclosures',
    );
    expect(list.body.map((item) => item.dossierId)).not.toContain(draft.body.id);
  });
});
