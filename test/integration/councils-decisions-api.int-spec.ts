import { createHash } from 'node:crypto';
import {
  readListSheet,
  submissionAwardCatalog,
  validateList,
  XLSX_MIME,
} from '@tdkt/server-feature-spreadsheets';
import ExcelJS from 'exceljs';
import { docxText, pdfText } from '../support/documents';
import { addPerson } from '../support/people';
import { vietnameseLongDate, vietnameseMoney } from '@tdkt/server-feature-councils';
import { request, signInAll, startTestSystem, type TestSystem, unitIdOf } from '../support/system';
import { vietnamToday } from '../support/today';
import { until } from '../support/poll';

interface TaskBody {
  id: string;
  type: string;
  subject: { id: string };
}
interface MeetingBody {
  id: string;
  status: string;
  agenda: { dossierId: string; votesFor: number | null; passed: boolean | null }[];
  documents: { id: string; kind: string; sha256: string }[];
}
interface DecisionBody {
  id: string;
  number: string;
  signedOn: string;
  awardees: { dossierId: string; nomineeName: string; bonusVnd: number }[];
  totalBonusVnd: number;
  documents: { id: string; kind: string; sha256: string }[];
}
interface DossierBody {
  id: string;
  stage: string;
  decision: { number: string; documents: { id: string; kind: string }[] } | null;
}

const NAMES = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Lê Thị Ánh Tuyết'];

/**
 * The acceptance, through the HTTP API as the people involved would do it: the district
 * secretary puts three dossiers on a meeting, records the ballots and closes it; two pass and one
 * fails; the chairman approves one decision for the two; its DOCX and PDF carry the number, the
 * names and the amounts in correct Vietnamese. Then numbering under concurrent batches and a killed
 * worker.
 */
describe('council meeting, batch decision and its documents, through the API', () => {
  let system: TestSystem;
  let school: string;
  let district: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Disclosure is held outside the engine here, so that passed dossiers reach the decision today.
    system = await startTestSystem({ apiEnv: { DISCLOSURE_HELD_OUTSIDE: 'true' } });
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    district = await unitIdOf(system, 'DN-CM');
    await signInAll(
      system,
      [
        'demo.officer.thlg',
        'demo.officer.thcsxm',
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

  const dossier = async (id: string) =>
    (await request<DossierBody>(as('demo.officer.thlg'), 'GET', `/api/v1/dossiers/${id}`)).body;

  /** Submits a dossier for the school and has the district reviewer accept it. */
  async function reviewedDossier(awardCode: string, name: string): Promise<string> {
    const created = await request<{ id: string }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode,
          proposingUnitId: school,
          nominee: { kind: 'individual', name, position: 'Giáo viên' },
          achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024.',
        },
      },
    );
    expect(created.status).toBe(201);
    const review = await until(
      async () =>
        (
          await request<{ items: TaskBody[] }>(as('demo.reviewer.cm'), 'GET', '/api/v1/tasks')
        ).body.items.find(
          (task) => task.subject.id === created.body.id && task.type === 'dossier.review',
        ),
      (task) => task !== undefined,
    );
    const accepted = await request(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${review!.id}/complete`,
      {
        body: { outcome: { decision: 'accept' } },
      },
    );
    expect(accepted.status).toBe(200);
    return created.body.id;
  }

  /** Downloads a document as the district's secretary (documents are read within the issuer's scope). */
  async function download(documentId: string) {
    const response = await fetch(`${system.apiUrl}/api/v1/documents/${documentId}`, {
      headers: { authorization: `Bearer ${tokens['demo.secretary.cm']}` },
    });
    expect(response.status).toBe(200);
    const content = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(content).digest('hex')).toBe(
      response.headers.get('x-content-sha256'),
    );
    return content;
  }

  it('votes three dossiers, two pass, and one decision awards both with its documents', async () => {
    const dossiers: string[] = [];
    for (const name of NAMES) dossiers.push(await reviewedDossier('CSTDCS', name));
    const extra = [];
    for (const index of [3, 4, 5, 6, 7])
      extra.push(
        await addPerson(system.db, { username: `member${index}.council`, unitCode: 'DN-CM' }),
      );
    const members = [
      { userId: ids['demo.leader.cm']!, position: 'chair' },
      { userId: ids['demo.secretary.cm']!, position: 'secretary' },
      { userId: ids['demo.member1.cm']!, position: 'vice-chair' },
      { userId: ids['demo.member2.cm']!, position: 'member' },
      ...extra.map((person) => ({ userId: person.id, position: 'member' })),
    ];
    expect(members).toHaveLength(9);

    const created = await request<MeetingBody>(
      as('demo.secretary.cm'),
      'POST',
      '/api/v1/council-meetings',
      {
        body: {
          unitId: district,
          title: 'Phiên họp xét khen thưởng tổng kết năm học 2023-2024',
          scheduledAt: new Date(Date.now() + 6_000).toISOString(),
          location: 'Hội trường UBND huyện Cẩm Mỹ',
          members,
        },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('SCHEDULED');
    const meeting = created.body.id;
    const candidates = await request<{ items: { dossierId: string }[] }>(
      as('demo.secretary.cm'),
      'GET',
      `/api/v1/council-meetings/${meeting}/candidates`,
    );
    expect(candidates.body.items.map((item) => item.dossierId).sort()).toEqual(
      [...dossiers].sort(),
    );
    for (const id of dossiers) {
      const added = await request(
        as('demo.secretary.cm'),
        'POST',
        `/api/v1/council-meetings/${meeting}/agenda`,
        {
          body: { dossierId: id },
        },
      );
      expect(added.status).toBe(200);
    }
    const early = await request<{ code: string }>(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${meeting}/attendance`,
      { body: { present: members.map((member) => member.userId) } },
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('MEETING_STATE_NOT_ALLOWED');

    await until(
      async () =>
        (
          await request<MeetingBody>(
            as('demo.secretary.cm'),
            'GET',
            `/api/v1/council-meetings/${meeting}`,
          )
        ).body,
      (body) => body.status === 'OPEN',
    );
    // Ballots before attendance: the secretary is told what to do first, in words.
    const tooSoon = await request<{ code: string; message: { vi: string } }>(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${meeting}/ballots`,
      {
        body: {
          dossierId: dossiers[0],
          castBy: members.map((member) => member.userId),
          votesFor: 9,
        },
      },
    );
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body.code).toBe('ATTENDANCE_NOT_RECORDED');
    expect(tooSoon.body.message.vi).toContain('Chưa ghi danh sách có mặt');
    const closeTooSoon = await request<{ code: string }>(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${meeting}/close`,
    );
    expect(closeTooSoon.body.code).toBe('ATTENDANCE_NOT_RECORDED');
    const attendance = await request(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${meeting}/attendance`,
      {
        body: { present: members.map((member) => member.userId) },
      },
    );
    expect(attendance.status).toBe(200);
    const castBy = members.map((member) => member.userId);
    for (const [index, votesFor] of [9, 8, 7].entries()) {
      const ballot = await request(
        as('demo.secretary.cm'),
        'POST',
        `/api/v1/council-meetings/${meeting}/ballots`,
        {
          body: { dossierId: dossiers[index], castBy, votesFor },
        },
      );
      expect(ballot.status).toBe(200);
    }
    const notSecretary = await request<{ code: string }>(
      as('demo.member1.cm'),
      'POST',
      `/api/v1/council-meetings/${meeting}/close`,
    );
    expect(notSecretary.status).toBe(403);
    const closed = await request<MeetingBody>(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${meeting}/close`,
    );
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('CLOSED');
    expect(closed.body.agenda.map((item) => [item.votesFor, item.passed])).toEqual([
      [9, true],
      [8, true],
      [7, false],
    ]);
    const minutes = closed.body.documents.find((document) => document.kind === 'minutes-pdf');
    const minutesText = pdfText(await download(minutes!.id));
    expect(minutesText).toContain('BIÊN BẢN');
    // Time written as Vietnamese documents write it, the title once, the STT header on one line.
    expect(minutesText).toMatch(/Thời gian: \d{2} giờ \d{2},/);
    expect(minutesText).not.toMatch(/\d giờ\d/);
    expect(minutesText).not.toContain('Họp Hội đồng Thi đua - Khen thưởng: ');
    expect(minutesText).toContain('STT');
    expect(minutesText).not.toContain('ST T');
    const revote = await request<{ code: string }>(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${meeting}/ballots`,
      { body: { dossierId: dossiers[2], castBy, votesFor: 9 } },
    );
    expect(revote.status).toBe(409);

    for (const id of dossiers.slice(0, 2))
      await until(
        () => dossier(id),
        (body) => body.stage === 'DECISION_PENDING',
      );
    await until(
      () => dossier(dossiers[2]!),
      (body) => body.stage === 'NOT_APPROVED',
    );

    const approved = await request<DecisionBody>(
      as('demo.leader.cm'),
      'POST',
      '/api/v1/decisions',
      {
        body: { unitId: district, dossierIds: dossiers.slice(0, 2) },
      },
    );
    expect(approved.status).toBe(201);
    const decision = approved.body;
    expect(decision.number).toBe('1/QĐ-UBND');
    expect(decision.signedOn).toBe(vietnamToday());
    // CSTĐCS: 1.0 × the base salary in force on the decision date, today: 2,530,000 VND from
    // 1 July 2026 (NĐ 161/2026/NĐ-CP Art. 3(2)), 2,340,000 before (NĐ 73/2024/NĐ-CP Art. 3(2)).
    const base = vietnamToday() >= '2026-07-01' ? 2_530_000 : 2_340_000;
    expect(decision.awardees.map((awardee) => [awardee.nomineeName, awardee.bonusVnd])).toEqual([
      [NAMES[0], base],
      [NAMES[1], base],
    ]);
    expect(decision.totalBonusVnd).toBe(2 * base);

    // The register of decisions lists it, a page at a time; a bad page size is refused naming it.
    const listed = await request<{ items: { id: string; number: string }[] }>(
      as('demo.leader.cm'),
      'GET',
      '/api/v1/decisions?limit=1&offset=0',
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item) => [item.id, item.number])).toEqual([
      [decision.id, '1/QĐ-UBND'],
    ]);
    const badPage = await request<{ code: string; errors?: { field: string }[] }>(
      as('demo.leader.cm'),
      'GET',
      '/api/v1/decisions?limit=0',
    );
    expect(badPage.status).toBe(400);
    expect([badPage.body.code, badPage.body.errors?.map((error) => error.field)]).toEqual([
      'VALIDATION_FAILED',
      ['limit'],
    ]);

    const docx = await docxText(
      await download(decision.documents.find((d) => d.kind === 'decision-docx')!.id),
    );
    const pdf = pdfText(
      await download(decision.documents.find((d) => d.kind === 'decision-pdf')!.id),
    );
    for (const text of [docx, pdf]) {
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('Số: 1/QĐ-UBND');
      expect(text).toContain(`Cẩm Mỹ, ${vietnameseLongDate(vietnamToday())}`);
      expect(text).toContain('QUYẾT ĐỊNH');
      expect(text).toContain('Về việc tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024');
      expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15');
      expect(text).toContain('Điều 1.');
      expect(text).toContain('Nguyễn Thị Lan');
      expect(text).toContain('Trần Văn Hùng');
      expect(text).not.toContain('Lê Thị Ánh Tuyết');
      expect(text).toContain(vietnameseMoney(base));
      expect(text).toContain(vietnameseMoney(2 * base));
      // What a clerk would otherwise correct by hand: the dossiers replay the 2024 cycle (VN-2024 was
      // not in force when they were received, and the district no longer exists), so the decision
      // says so; it names the real proposer, cites no initiative decree (no initiative was used) and
      // counts people as people.
      expect(text).toContain('BẢN DIỄN TẬP');
      expect(text).toContain('Theo đề nghị của Phòng Nội vụ huyện Cẩm Mỹ');
      expect(text).not.toContain('Phòng Nội vụ cấp huyện');
      expect(text).not.toContain('13/2012/NĐ-CP');
      expect(text).toContain('2 cá nhân');
      expect(text).not.toContain('người/tập thể');
      expect(text).toContain('STT');
      expect(text).not.toContain('ST T');
    }
    const pdfBytes = (
      await download(decision.documents.find((d) => d.kind === 'decision-pdf')!.id)
    ).toString('latin1');
    expect(pdfBytes).not.toContain('D:19700101');
    expect(pdfBytes).toMatch(/\(D:20\d{12}Z\)/);
    const certificates = decision.documents.filter((d) => d.kind === 'certificate-pdf');
    expect(certificates).toHaveLength(2);
    const certificate = pdfText(await download(certificates[0]!.id));
    expect(certificate).toContain('Nguyễn Thị Lan');
    expect(certificate).toContain(`Số sổ vàng: 1/${vietnamToday().slice(0, 4)}`);
    expect(certificate).not.toContain('/QĐ-UBND/');

    const shown = await until(
      () => dossier(dossiers[0]!),
      (body) => body.stage === 'APPROVED',
    );
    expect(shown.decision?.number).toBe('1/QĐ-UBND');
    // The decision's DOCX and PDF, and this dossier's own certificate (not the other awardee's).
    expect(shown.decision?.documents.map((document) => document.kind).sort()).toEqual([
      'certificate-pdf',
      'decision-docx',
      'decision-pdf',
    ]);

    // The decision's annex and the district's award register read back as lists of the two
    // awardees (the third dossier failed its vote), with the decision and each bonus beside them.
    await until(
      () => dossier(dossiers[1]!),
      (body) => body.stage === 'APPROVED',
    );
    for (const [path, extra] of [
      [`/api/v1/exports/decisions/${decision.id}/annex.xlsx`, 'Tiền thưởng (đồng)'],
      [`/api/v1/exports/award-register.xlsx?unitId=${district}&year=2024`, 'Số quyết định'],
    ] as const) {
      const exported = await fetch(`${system.apiUrl}${path}`, {
        headers: { authorization: `Bearer ${tokens['demo.leader.cm']}` },
      });
      expect([path, exported.status]).toEqual([path, 200]);
      const workbook = Buffer.from(await exported.arrayBuffer());
      const readBack = validateList(
        await readListSheet(workbook, XLSX_MIME),
        submissionAwardCatalog({ RULES_AS_OF: '2024-12-16', RULES_PROFILE: undefined }),
      );
      expect(readBack.errors).toEqual([]);
      expect(
        readBack.items.map((item) => [item.nominee.name, item.awardCode, item.year]).sort(),
      ).toEqual([
        ['Nguyễn Thị Lan', 'CSTDCS', 2024],
        ['Trần Văn Hùng', 'CSTDCS', 2024],
      ]);
      const columns = await exportedColumn(workbook, [extra, 'Số quyết định']);
      expect(columns[extra]).toEqual(
        extra === 'Số quyết định' ? ['1/QĐ-UBND', '1/QĐ-UBND'] : [base, base],
      );
      expect(columns['Số quyết định']).toEqual(['1/QĐ-UBND', '1/QĐ-UBND']);
    }

    // The school that proposed the dossiers reads and downloads its result: decision and certificate.
    const proposer = as('demo.officer.thlg');
    const ownList = await request<{ items: { id: string }[] }>(
      proposer,
      'GET',
      '/api/v1/decisions',
    );
    expect(ownList.body.items.map((item) => item.id)).toEqual([decision.id]);
    expect((await request(proposer, 'GET', `/api/v1/decisions/${decision.id}`)).status).toBe(200);
    for (const document of shown.decision!.documents) {
      const downloaded = await fetch(`${system.apiUrl}/api/v1/documents/${document.id}`, {
        headers: { authorization: `Bearer ${tokens['demo.officer.thlg']}` },
      });
      expect([document.kind, downloaded.status]).toEqual([document.kind, 200]);
    }
    const otherSchool = await request(
      as('demo.officer.thcsxm'),
      'GET',
      `/api/v1/decisions/${decision.id}`,
    );
    expect(otherSchool.status).toBe(404);

    // Awarded: a second CSTĐCS 2024 dossier for her is refused, naming the dossier and the decision.
    const again = await request<{ code: string; message: { vi: string } }>(
      proposer,
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'CSTDCS',
          proposingUnitId: school,
          nominee: { kind: 'individual', name: NAMES[0], position: 'Giáo viên' },
          achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024.',
        },
      },
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DOSSIER_DUPLICATE');
    expect(again.body.message.vi).toContain('đã được khen thưởng');
    expect(again.body.message.vi).toContain('quyết định 1/QĐ-UBND');
  }, 240_000);

  it('takes a meeting time in Vietnam time and shows it so, and opens early once every member is there', async () => {
    const members = [
      { userId: ids['demo.leader.cm']!, position: 'chair' },
      { userId: ids['demo.secretary.cm']!, position: 'secretary' },
      { userId: ids['demo.member1.cm']!, position: 'member' },
    ];
    const created = await request<MeetingBody & { scheduledAt: string }>(
      as('demo.secretary.cm'),
      'POST',
      '/api/v1/council-meetings',
      {
        body: {
          unitId: district,
          title: 'Phiên họp xét khen thưởng đột xuất',
          // 08:00 in Cẩm Mỹ, written as a clerk writes it: no time zone.
          scheduledAt: '2035-06-05T08:00',
          location: 'Phòng họp số 2',
          members,
        },
      },
    );
    expect(created.status).toBe(201);
    const [row] = await system.db.query<{ scheduled_at: Date }[]>(
      `SELECT scheduled_at FROM council_meetings WHERE id = $1`,
      [created.body.id],
    );
    expect(row!.scheduled_at.toISOString()).toBe('2035-06-05T01:00:00.000Z');
    const shown = await request<{ scheduledAt: string }>(
      as('demo.secretary.cm'),
      'GET',
      `/api/v1/council-meetings/${created.body.id}`,
    );
    expect(shown.body.scheduledAt).toBe('2035-06-05T08:00:00+07:00');

    const someoneMissing = await request<{ code: string; errors: { message: { vi: string } }[] }>(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${created.body.id}/open`,
      { body: { present: members.slice(0, 2).map((member) => member.userId) } },
    );
    expect(someoneMissing.status).toBe(409);
    expect(someoneMissing.body.code).toBe('NOT_EVERYONE_PRESENT');
    expect(someoneMissing.body.errors[0]!.message.vi).toContain('Chưa có mặt');
    const opened = await request<{ status: string }>(
      as('demo.secretary.cm'),
      'POST',
      `/api/v1/council-meetings/${created.body.id}/open`,
      { body: { present: members.map((member) => member.userId) } },
    );
    expect([opened.status, opened.body.status]).toEqual([200, 'OPEN']);
    const [audit] = await system.db.query<{ actor_id: string; after: { early?: unknown } }[]>(
      `SELECT actor_id, after FROM audit_log WHERE action = 'council-meeting.opened' AND entity_id = $1`,
      [created.body.id],
    );
    expect(audit).toEqual({
      actor_id: ids['demo.secretary.cm'],
      after: { early: { scheduledAt: '2035-06-05T01:00:00.000Z' } },
    });
  });

  it('numbers concurrent batches without gap or duplicate, with the worker killed mid-way', async () => {
    const dossiers: string[] = [];
    for (const name of ['Giáo viên A', 'Giáo viên B', 'Giáo viên C', 'Giáo viên D'])
      dossiers.push(await reviewedDossier('GIAY_KHEN', name));
    for (const id of dossiers)
      await until(
        () => dossier(id),
        (body) => body.stage === 'DECISION_PENDING',
      );

    const batches = [dossiers.slice(0, 2), dossiers.slice(2)].map((dossierIds) =>
      request<DecisionBody | { id: string }>(as('demo.leader.cm'), 'POST', '/api/v1/decisions', {
        body: { unitId: district, dossierIds },
      }),
    );
    await system.worker.stop('SIGKILL');
    await system.restartWorker();
    const answers = await Promise.all(batches);
    expect(
      answers.map((answer) => answer.status).every((status) => status === 201 || status === 202),
    ).toBe(true);

    const rows = await until(
      () =>
        system.db.query<{ sequence: number; number: string; awardees: number }[]>(
          `SELECT d.sequence, d.number, (SELECT count(*)::int FROM decision_awardees a WHERE a.decision_id = d.id) AS awardees
             FROM decisions d WHERE d.issuer_unit_id = $1 ORDER BY d.sequence`,
          [district],
        ),
      (found) => found.length === 3,
    );
    expect(rows.map((row) => row.sequence)).toEqual([1, 2, 3]);
    expect(new Set(rows.map((row) => row.number)).size).toBe(3);
    expect(rows.slice(1).map((row) => row.awardees)).toEqual([2, 2]);
    for (const id of dossiers)
      expect(
        (
          await until(
            () => dossier(id),
            (body) => body.stage === 'APPROVED',
          )
        ).decision,
      ).not.toBeNull();
  }, 240_000);
});

/** The values under each named header of an export's list sheet, its data rows only (numbered STT). */
async function exportedColumn(
  content: Buffer,
  headers: readonly string[],
): Promise<Record<string, unknown[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Danh sách')!;
  const columns = new Map<string, number>();
  const values: Record<string, unknown[]> = Object.fromEntries(headers.map((h) => [h, []]));
  sheet.eachRow((row) => {
    if (row.getCell(1).value === 'STT')
      row.eachCell((cell, column) => columns.set(cell.text, column));
    else if (typeof row.getCell(1).value === 'number')
      for (const header of Object.keys(values))
        values[header]!.push(row.getCell(columns.get(header)!).value);
  });
  return values;
}
