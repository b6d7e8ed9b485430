import { randomUUID } from 'node:crypto';
import { ROLES } from '@tdkt/contracts';
import { hashPassword } from '@tdkt/server-feature-identity';
import { seedDemoData } from '@tdkt/server-seed';
import {
  readListSheet,
  submissionAwardCatalog,
  validateList,
  XLSX_MIME,
} from '@tdkt/server-feature-spreadsheets';
import { AppError } from '@tdkt/contracts';
import JSZip from 'jszip';
import { docxText } from '../support/documents';
import { createInProcessApi, type InProcessApi } from '../support/in-process-api';
import { SEED_PLAN_SOURCE } from '../support/seed-plan-source';
import { request } from '../support/system';

/**
 * Statistics of a seeded set of dossiers whose figures are worked out by hand below, against the
 * 2024 Cẩm Mỹ plan's own targets, and the year-end report's figures read back from its DOCX.
 */

interface Nominee {
  kind: 'individual' | 'collective';
  name: string;
  gender?: 'female' | 'male';
  directWorker?: boolean;
  ethnicMinority?: boolean;
  leaderOrManager?: boolean;
}

const person = (name: string, categories: Omit<Nominee, 'kind' | 'name'>): Nominee => ({
  kind: 'individual',
  name,
  ...categories,
});

describe('statistics against the plan and the year-end report', () => {
  let api: InProcessApi;
  let url: string;
  let token: string;
  let district: string;
  const password = 'statistics-password-0123';
  let sequence = 0;

  const addDossier = async (options: {
    unitCode: string;
    year: number;
    awardCode: string;
    stage: string;
    nominee: Nominee;
    remoteArea?: boolean;
  }) => {
    sequence += 1;
    const code = `HS-${options.year}-${String(900000 + sequence)}`;
    await api.db.query(
      `INSERT INTO dossiers (id, code, year, award_code, proposing_unit_id, nominee, nominee_name, nominee_search,
                             achievements_summary, stage, workflow_id, submitted_at, deciding_level, remote_area)
       VALUES ($1, $2, $3, $4, (SELECT id FROM units WHERE code = $5), $6, $7, lower($7), 'Thành tích', $8, $9,
               now(), 'district', $10)`,
      [
        randomUUID(),
        code,
        options.year,
        options.awardCode,
        options.unitCode,
        JSON.stringify(options.nominee),
        options.nominee.name,
        options.stage,
        code,
        options.remoteArea ?? false,
      ],
    );
  };

  beforeAll(async () => {
    api = await createInProcessApi({ LOGIN_RATE_LIMIT: '100000', RULES_AS_OF: '2024-12-16' });
    await seedDemoData(api.db);
    const [root] = await api.db.query<{ id: string }[]>(
      `SELECT id FROM units WHERE code = 'DN-CM'`,
    );
    district = root!.id;
    const [user] = await api.db.query<{ id: string }[]>(
      `INSERT INTO users (username, full_name, unit_id, password_hash)
       VALUES ('stats.reader', 'Thường trực Hội đồng', $1, $2) RETURNING id`,
      [district, await hashPassword(password)],
    );
    for (const role of ROLES)
      await api.db.query(`INSERT INTO role_grants (user_id, role, unit_id) VALUES ($1, $2, $3)`, [
        user!.id,
        role,
        district,
      ]);
    url = await api.listen();
    const signedIn = await request<{ accessToken: string }>(
      { apiUrl: url },
      'POST',
      '/api/v1/auth/login',
      { body: { username: 'stats.reader', password } },
    );
    token = signedIn.body.accessToken;
    const plan = await request({ apiUrl: url, token }, 'POST', '/api/v1/plans', {
      body: { source: SEED_PLAN_SOURCE, issuerUnitId: district, activate: false },
    });
    expect(plan.status).toBe(201);

    const school = 'DN-CM-TH-LG';
    // 2024: four teachers and a commune's collective awarded, one teacher refused, one draft.
    await addDossier({
      unitCode: school,
      year: 2024,
      awardCode: 'LDTT',
      stage: 'APPROVED',
      nominee: person('Nguyễn Thị Ánh', {
        gender: 'female',
        directWorker: true,
        ethnicMinority: false,
        leaderOrManager: false,
      }),
    });
    await addDossier({
      unitCode: school,
      year: 2024,
      awardCode: 'LDTT',
      stage: 'APPROVED',
      nominee: person('Trần Văn Bình', {
        gender: 'male',
        directWorker: false,
        ethnicMinority: false,
        leaderOrManager: true,
      }),
    });
    await addDossier({
      unitCode: school,
      year: 2024,
      awardCode: 'LDTT',
      stage: 'APPROVED',
      nominee: person('Điểu Thị Cúc', {
        gender: 'female',
        ethnicMinority: true,
        leaderOrManager: false,
      }),
    });
    await addDossier({
      unitCode: school,
      year: 2024,
      awardCode: 'CSTDCS',
      stage: 'APPROVED',
      nominee: person('Lê Văn Dũng', {
        gender: 'male',
        directWorker: true,
        ethnicMinority: false,
        leaderOrManager: false,
      }),
    });
    await addDossier({
      unitCode: 'DN-CM-XM',
      year: 2024,
      awardCode: 'TTLDTT',
      stage: 'APPROVED',
      nominee: { kind: 'collective', name: 'Ấp Suối Râm' },
      remoteArea: true,
    });
    await addDossier({
      unitCode: school,
      year: 2024,
      awardCode: 'LDTT',
      stage: 'NOT_APPROVED',
      nominee: person('Phạm Thị Én', { gender: 'female', directWorker: true }),
    });
    await addDossier({
      unitCode: school,
      year: 2024,
      awardCode: 'LDTT',
      stage: 'DRAFT',
      nominee: person('Hoàng Văn Giang', { directWorker: true }),
    });
    // 2023: five teachers awarded, one of them a direct worker (20 %).
    for (const [index, name] of ['An', 'Bảo', 'Chi', 'Dương', 'Hà'].entries())
      await addDossier({
        unitCode: school,
        year: 2023,
        awardCode: 'LDTT',
        stage: 'APPROVED',
        nominee: person(`Võ Thị ${name}`, {
          gender: 'female',
          directWorker: index === 0,
          ethnicMinority: false,
          leaderOrManager: false,
        }),
      });
  });
  afterAll(() => api?.stop());

  it('counts the year by award, unit and year, and each group against the plan', async () => {
    const stats = await request<{
      totals: unknown;
      byAward: { key: string; count: number }[];
      byUnit: { name: string; count: number }[];
      byYear: { key: string; count: number }[];
      byLevel: { key: string; count: number }[];
      groups: {
        group: string;
        share: unknown;
        percent: number | null;
        previous: unknown;
        previousPercent: number | null;
        target: { kind: string } | null;
        verdict: string;
      }[];
      leaders: unknown;
      plan: { targets: unknown[] } | null;
    }>({ apiUrl: url, token }, 'GET', `/api/v1/statistics/awards?unitId=${district}&year=2024`);
    expect(stats.status).toBe(200);
    const body = stats.body;
    expect(body.totals).toEqual({ proposed: 6, awarded: 5, notAwarded: 1 });
    expect(body.byAward.map(({ key, count }) => [key, count])).toEqual([
      ['LDTT', 3],
      ['CSTDCS', 1],
      ['TTLDTT', 1],
    ]);
    expect(body.byUnit.map(({ count }) => count)).toEqual([4, 1]);
    expect(body.byLevel.map(({ key, count }) => [key, count])).toEqual([['district', 5]]);
    expect(body.byYear.map(({ key, count }) => [key, count])).toEqual([
      ['2020', 0],
      ['2021', 0],
      ['2022', 0],
      ['2023', 5],
      ['2024', 5],
    ]);
    expect(body.plan?.targets).toHaveLength(3);
    const group = (name: string) => {
      const found = body.groups.find((candidate) => candidate.group === name)!;
      return {
        share: found.share,
        percent: found.percent,
        previous: found.previous,
        previousPercent: found.previousPercent,
        target: found.target?.kind ?? null,
        verdict: found.verdict,
      };
    };
    // Direct workers: A and D of the four individuals (C did not say), against 1 of 5 in 2023.
    expect(group('direct-worker')).toEqual({
      share: { count: 2, of: 4, unstated: 1 },
      percent: 50,
      previous: { count: 1, of: 5, unstated: 0 },
      previousPercent: 20,
      target: 'rising',
      verdict: 'met',
    });
    expect(group('woman')).toEqual({
      share: { count: 2, of: 4, unstated: 0 },
      percent: 50,
      previous: { count: 5, of: 5, unstated: 0 },
      previousPercent: 100,
      target: null,
      verdict: 'not-judged',
    });
    expect(group('ethnic-minority')).toMatchObject({
      share: { count: 1, of: 4, unstated: 0 },
      percent: 25,
      target: 'emphasis',
      verdict: 'not-judged',
    });
    expect(group('remote-area')).toMatchObject({
      share: { count: 1, of: 5, unstated: 0 },
      percent: 20,
      previousPercent: 0,
      target: 'emphasis',
    });
    expect(group('non-leader')).toMatchObject({ share: { count: 3, of: 4, unstated: 0 } });
    expect(body.leaders).toEqual({ leaders: 1, nonLeaders: 3, unstated: 0 });
  });

  it("writes the year-end report whose figures match, with the direct workers' share against the plan's target", async () => {
    const response = await fetch(
      `${url}/api/v1/statistics/year-end-report.docx?unitId=${district}&year=2024`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const content = Buffer.from(await response.arrayBuffer());
    // The groups' chart is in the document as a picture.
    const media = Object.keys((await JSZip.loadAsync(content)).files).filter((name) =>
      /^word\/media\/.+\.png$/.test(name),
    );
    expect(media).toHaveLength(1);
    const text = await docxText(content);
    expect(text).toContain('Tổng kết công tác thi đua, khen thưởng năm 2024');
    expect(text).toContain('đã đề nghị 6 hồ sơ khen thưởng; 5 hồ sơ được khen thưởng');
    expect(text).toMatch(
      /Người lao động trực tiếp 2\/4 \(50%\) 1\/5 \(20%\) Phấn đấu tăng dần tỷ lệ khen thưởng người lao động trực tiếp\. Đạt/,
    );
    expect(text).toMatch(
      /Nữ 2\/4 \(50%\) 5\/5 \(100%\) Kế hoạch không đặt chỉ tiêu Không đánh giá/,
    );
    expect(text).toContain('Tổng cộng 5');
  });

  it('exports a list of several awards that imports back; a list of several kinds is refused whole on import', async () => {
    const exported = async (query: string) => {
      const response = await fetch(`${url}/api/v1/exports/dossiers.xlsx?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const listed = async (query: string) =>
      (
        await request<{ items: { nominee: { name: string }; awardCode: string }[] }>(
          { apiUrl: url, token },
          'GET',
          `/api/v1/dossiers?${query}&limit=100`,
        )
      ).body.items
        .map((item) => [item.nominee.name, item.awardCode])
        .sort();
    const catalog = submissionAwardCatalog({ RULES_AS_OF: '2024-12-16', RULES_PROFILE: undefined });
    const [school] = await api.db.query<{ id: string }[]>(
      `SELECT id FROM units WHERE code = 'DN-CM-TH-LG'`,
    );

    // The school's 2024 list: LĐTT and CSTĐCS in one sheet, read back as the list shows them.
    const schoolQuery = `unitId=${school!.id}&year=2024`;
    const readBack = validateList(
      await readListSheet(await exported(schoolQuery), XLSX_MIME),
      catalog,
    );
    expect(readBack.errors).toEqual([]);
    const awards = readBack.items.map((item) => [item.nominee.name, item.awardCode]).sort();
    expect(awards).toEqual(await listed(schoolQuery));
    expect(new Set(awards.map(([, award]) => award))).toEqual(new Set(['LDTT', 'CSTDCS']));
    // Every category the statistics count comes back as it was stated.
    expect(readBack.items.find((item) => item.nominee.name === 'Lê Văn Dũng')?.nominee).toEqual({
      kind: 'individual',
      name: 'Lê Văn Dũng',
      gender: 'male',
      directWorker: true,
      ethnicMinority: false,
      leaderOrManager: false,
    });

    // The district's: the commune's collective goes on a sheet of its own, and the import refuses
    // the file whole rather than taking the individuals without it.
    const refused = await readListSheet(
      await exported(`unitId=${district}&year=2024`),
      XLSX_MIME,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).errors.map((error) => error.rule)).toEqual(['one-list-per-file']);
  });

  it("classifies a unit's area from a date, audited: its dossiers from then on count in the remote-area share", async () => {
    const as = { apiUrl: url, token };
    const [school] = await api.db.query<{ id: string }[]>(
      `SELECT id FROM units WHERE code = 'DN-CM-TH-LG'`,
    );
    const path = `/api/v1/units/${school!.id}/remote-area`;
    // The 2023 dossiers were submitted in 2023: the classification from mid-2024 leaves them alone.
    await api.db.query(
      `UPDATE dossiers SET submitted_at = '2023-11-20T03:00:00Z'
        WHERE year = 2023 AND proposing_unit_id = $1`,
      [school!.id],
    );

    const noBasis = await request<{ code: string; errors: { field: string }[] }>(as, 'POST', path, {
      body: { remoteArea: true, effectiveFrom: '2024-06-01' },
    });
    expect(noBasis.status).toBe(400);
    expect(noBasis.body.errors.map((error) => error.field)).toEqual(['legalBasis']);
    const future = await request<{ code: string; errors: { field: string }[] }>(as, 'POST', path, {
      body: { remoteArea: true, effectiveFrom: '2099-01-01', legalBasis: 'QĐ 861/QĐ-TTg' },
    });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('UNIT_DATE_INVALID');
    expect(future.body.errors.map((error) => error.field)).toEqual(['effectiveFrom']);

    const basis = 'Quyết định 861/QĐ-TTg ngày 04/6/2021 (thử nghiệm)';
    const marked = await request<{
      remoteArea: boolean;
      remoteAreaBasis: string;
      dossiersReclassified: number;
    }>(as, 'POST', path, {
      body: { remoteArea: true, effectiveFrom: '2024-06-01', legalBasis: basis },
    });
    expect(marked.status).toBe(200);
    // The school's six 2024 dossiers (four awarded, one refused, one draft the fixture stamped).
    expect(marked.body).toMatchObject({
      remoteArea: true,
      remoteAreaBasis: basis,
      dossiersReclassified: 6,
    });
    const shown = await request<{ remoteArea: boolean; remoteAreaBasis: string }>(
      as,
      'GET',
      `/api/v1/units/${school!.id}`,
    );
    expect(shown.body).toMatchObject({ remoteArea: true, remoteAreaBasis: basis });

    const stats = await request<{
      groups: { group: string; share: unknown; previous: unknown }[];
    }>(as, 'GET', `/api/v1/statistics/awards?unitId=${district}&year=2024`);
    // 2024: the school's four awards and the commune's collective, all in remote areas now; 2023
    // keeps the classification its dossiers were submitted under.
    expect(stats.body.groups.find((group) => group.group === 'remote-area')).toMatchObject({
      share: { count: 5, of: 5, unstated: 0 },
      previous: { count: 0, of: 5, unstated: 0 },
    });
    const [audited] = await api.db.query<{ after: { dossiersReclassified: string[] } }[]>(
      `SELECT after FROM audit_log WHERE action = 'unit.remote-area-set' AND entity_id = $1`,
      [school!.id],
    );
    expect(audited?.after.dossiersReclassified).toHaveLength(6);

    // Marked again with the same value: nothing more to reclassify.
    const again = await request<{ dossiersReclassified: number }>(as, 'POST', path, {
      body: { remoteArea: true, effectiveFrom: '2024-06-01', legalBasis: basis },
    });
    expect(again.body.dossiersReclassified).toBe(0);
  });
});
