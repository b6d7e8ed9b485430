import { addPerson } from '../support/people';
import {
  logIn,
  request,
  startTestSystem,
  TEST_DEMO_PASSWORD,
  type TestSystem,
  unitIdOf,
} from '../support/system';

interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; rule: string; message: { vi: string; en: string } }[];
}

interface DossierBody {
  id: string;
  code: string;
  stage: string;
  ruleSetId: string | null;
}

/**
 * A deployment for Đồng Nai (RULES_PROFILE=DN), replaying 5 December 2024: after the education
 * sector's school-year cut-off (10 July), before the year-end one (10 December). Both bind only
 * dossiers sent to the provincial department, and both are unconfirmed: they warn, never refuse.
 */
describe('a deployment with a provincial profile (RULES_PROFILE=DN)', () => {
  let system: TestSystem;
  let commune: string;
  let school: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem({ env: { RULES_PROFILE: 'DN', RULES_AS_OF: '2024-12-05' } });
    commune = await unitIdOf(system, 'DN-CM-LG');
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    await addPerson(system.db, {
      username: 'officer.lg',
      unitCode: 'DN-CM-LG',
      role: 'UNIT_OFFICER',
      password: TEST_DEMO_PASSWORD,
    });
    for (const username of ['officer.lg', 'demo.officer.thlg'])
      tokens[username] = (await logIn(system, username)).accessToken;
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  const submit = (
    username: string,
    proposingUnitId: string,
    awardCode: string,
    name: string,
    submit = true,
  ) =>
    request<DossierBody & ErrorBody>(as(username), 'POST', '/api/v1/dossiers', {
      body: {
        year: 2024,
        awardCode,
        proposingUnitId,
        nominee: { kind: 'individual', name },
        achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
        submit,
      },
    });

  /** The warnings recorded with the dossier's submission, once the worker has recorded it. */
  async function submittedWarnings(
    id: string,
  ): Promise<{ rule: string; message: { vi: string; en: string } }[] | undefined> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [event] = await system.db.query<{ data: { warnings?: [] } }[]>(
        `SELECT data FROM dossier_events WHERE dossier_id = $1 AND type = 'dossier.submitted'`,
        [id],
      );
      if (event !== undefined || Date.now() > deadline) return event?.data.warnings;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The dossier once the worker has recorded its submission. */
  async function recorded(username: string, id: string): Promise<DossierBody> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const dossier = await request<DossierBody>(as(username), 'GET', `/api/v1/dossiers/${id}`);
      if (dossier.body.stage !== 'DRAFT' || Date.now() > deadline) return dossier.body;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('pins the profiled rule set; a cut-off binds only dossiers sent to the province, and an unconfirmed one warns instead of refusing', async () => {
    // A commune's LĐTT is decided by the district chairman: no provincial cut-off binds it.
    const onTime = await submit('officer.lg', commune, 'LDTT', 'Trần Văn Bình');
    expect([201, 202]).toContain(onTime.status);
    expect((await recorded('officer.lg', onTime.body.id)).ruleSetId).toBe('VN-2024+DN');
    const [row] = await system.db.query<{ rule_set_id: string }[]>(
      `SELECT rule_set_id FROM dossiers WHERE id = $1`,
      [onTime.body.id],
    );
    expect(row?.rule_set_id).toBe('VN-2024+DN');

    // A school's LĐTT never reaches the provincial department either, even after 10 July.
    const local = await submit('demo.officer.thlg', school, 'LDTT', 'Lê Thị Hoa');
    expect([201, 202]).toContain(local.status);
    expect(await submittedWarnings(local.body.id)).toBeUndefined();

    // A school's provincial Bằng khen after the school-year cut-off (10/7, modelled on Bắc Ninh QĐ
    // 86/2025 Art. 6(3) and unconfirmed for Đồng Nai) is accepted, with the cut-off on its timeline.
    const late = await submit('demo.officer.thlg', school, 'BANG_KHEN_TINH', 'Ngô Văn Nam');
    expect([201, 202]).toContain(late.status);
    const warnings = await submittedWarnings(late.body.id);
    expect(warnings).toEqual([
      expect.objectContaining({ rule: 'submission-cutoff:education-year' }),
    ]);
    const message = warnings?.[0]?.message;
    expect(message?.vi).toContain('ngày 10/07/2024');
    expect(message?.vi).toContain('QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh');
    expect(message?.en).toContain('rule set VN-2024+DN');

    // Ad-hoc awards (simplified procedure) have no yearly cut-off.
    const adHoc = await submit('demo.officer.thlg', school, 'GIAY_KHEN_DOT_XUAT', 'Phạm Văn Cường');
    expect([201, 202]).toContain(adHoc.status);
    expect((await recorded('demo.officer.thlg', adHoc.body.id)).ruleSetId).toBe('VN-2024+DN');
    expect(await submittedWarnings(adHoc.body.id)).toBeUndefined();
  });

  it('serves the rules under the profile and reports where a unit stands against its ratio cap', async () => {
    const awards = await request<{
      ruleSet: {
        id: string;
        profileId: string | null;
        submissionCutoffs: { id: string }[];
        ratioCaps: Record<string, { percent: number }>;
      };
    }>(as('officer.lg'), 'GET', '/api/v1/awards?asOf=2024-12-05');
    expect(awards.body.ruleSet).toMatchObject({ id: 'VN-2024+DN', profileId: 'DN' });
    expect(awards.body.ruleSet.submissionCutoffs.map((cutoff) => cutoff.id)).toEqual([
      'year-end',
      'education-year',
    ]);
    expect(awards.body.ruleSet.ratioCaps.CSTDCS?.percent).toBe(15);

    const nominee = {
      kind: 'individual',
      unitLevel: 'commune',
      titles: [{ year: 2024, code: 'LDTT' }],
      ratings: [{ year: 2024, rating: 'HTTNV' }],
      initiatives: [],
    };
    const evaluate = (body: Record<string, unknown>) =>
      request<{ ruleSet: string }>(as('officer.lg'), 'POST', '/api/v1/eligibility/evaluate', {
        body: { awardCode: 'LDTT', asOf: '2024-12-05', nominee, ...body },
      });
    expect((await evaluate({})).body.ruleSet).toBe('VN-2024+DN');
    expect((await evaluate({ ruleSetId: 'VN-2024' })).body.ruleSet).toBe('VN-2024');

    // One CSTĐCS dossier submitted and one still a draft.
    const submitted = await submit('officer.lg', commune, 'CSTDCS', 'Ngô Thị Duyên');
    expect([201, 202]).toContain(submitted.status);
    expect((await recorded('officer.lg', submitted.body.id)).stage).not.toBe('DRAFT');
    expect((await submit('officer.lg', commune, 'CSTDCS', 'Đỗ Văn Em', false)).status).toBe(201);

    const ratioCap = (base: number, awardCode = 'CSTDCS', username = 'officer.lg') =>
      request<{
        ruleSet: string;
        cap: { percent: number; legalRef: { instrument: string } } | null;
        allowed: number | null;
        proposed: number;
        drafts: number;
        within: boolean;
      }>(
        as(username),
        'GET',
        `/api/v1/eligibility/ratio-cap?unitId=${commune}&year=2024&awardCode=${awardCode}&base=${base}`,
      );
    const over = await ratioCap(6);
    expect(over.status).toBe(200);
    expect(over.body).toMatchObject({
      ruleSet: 'VN-2024+DN',
      cap: { percent: 15, legalRef: { instrument: 'NĐ 91/2017/NĐ-CP' } },
      allowed: 0,
      proposed: 1,
      drafts: 1,
      within: false,
    });
    expect((await ratioCap(20)).body).toMatchObject({ allowed: 3, proposed: 1, within: true });
    expect((await ratioCap(6, 'LDTT')).body).toMatchObject({
      cap: null,
      allowed: null,
      within: true,
    });
    const elsewhere = await ratioCap(6, 'CSTDCS', 'demo.officer.thlg');
    expect([elsewhere.status, (elsewhere.body as unknown as ErrorBody).code]).toEqual([
      404,
      'NOT_FOUND',
    ]);
  });
});
