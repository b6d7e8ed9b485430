import {
  type ApiCaller,
  logIn,
  request,
  startTestSystem,
  type TestSystem,
} from '../support/system';

interface Reason {
  code: string;
  message: { vi: string; en: string };
  legalRef: { instrument: string; article: string };
}

describe('legal rules through the API', () => {
  let system: TestSystem;
  /** Any signed-in person may read the rules (rules:read); a school officer here. */
  let caller: ApiCaller;

  beforeAll(async () => {
    system = await startTestSystem();
    caller = {
      apiUrl: system.apiUrl,
      token: (await logIn(system, 'demo.officer.thlg')).accessToken,
    };
  });
  afterAll(() => system?.stop());

  const nominee = (unitLevel: string) => ({
    kind: 'individual',
    unitLevel,
    titles: [{ year: 2024, code: 'LDTT' }],
    ratings: [{ year: 2024, rating: 'HTTNV' }],
    initiatives: [],
  });

  it('explains every reason a nominee is not eligible, each with its article', async () => {
    const response = await request<{
      eligible: boolean;
      reasons: Reason[];
      councilThreshold: { percent: number };
    }>(caller, 'POST', '/api/v1/eligibility/evaluate', {
      body: { awardCode: 'CSTD_TINH', asOf: '2024-12-15', nominee: nominee('district') },
    });

    expect(response.status).toBe(200);
    expect(response.body.eligible).toBe(false);
    expect(response.body.councilThreshold.percent).toBe(90);
    expect(response.body.reasons.length).toBeGreaterThanOrEqual(2);
    for (const reason of response.body.reasons) {
      expect(reason.code).toMatch(/^[A-Z_]+$/);
      expect(reason.message.vi.length).toBeGreaterThan(10);
      expect(reason.message.en.length).toBeGreaterThan(10);
      expect(reason.legalRef.instrument).not.toBe('');
      expect(reason.legalRef.article).not.toBe('');
    }
    expect(response.body.reasons.map((r) => r.code)).toContain('CONSECUTIVE_TITLES_REQUIRED');
  });

  it('gives the same nominee the deciding level of the rule set in force on each date', async () => {
    const evaluate = (asOf: string, unitLevel: string) =>
      request<{ ruleSet: string; decidingLevel: string }>(
        caller,
        'POST',
        '/api/v1/eligibility/evaluate',
        {
          body: {
            awardCode: 'CSTDCS',
            asOf,
            nominee: {
              ...nominee(unitLevel),
              ratings: [{ year: Number(asOf.slice(0, 4)), rating: 'HTXS' }],
              titles: [{ year: Number(asOf.slice(0, 4)), code: 'LDTT' }],
            },
          },
        },
      );
    const before = await evaluate('2024-12-15', 'commune');
    const after = await evaluate('2025-12-15', 'commune');

    expect([before.body.ruleSet, before.body.decidingLevel]).toEqual(['VN-2024', 'district']);
    expect([after.body.ruleSet, after.body.decidingLevel]).toEqual(['VN-2025-07', 'commune']);
  });

  it.each([
    [
      'an unknown award code',
      { awardCode: 'HUY_CHUONG_VANG', asOf: '2024-12-15', nominee: nominee('district') },
      'awardCode',
    ],
    [
      'a malformed title year',
      {
        awardCode: 'CSTDCS',
        asOf: '2024-12-15',
        nominee: { ...nominee('district'), titles: [{ year: 'last', code: 'LDTT' }] },
      },
      'nominee.titles[0].year',
    ],
    [
      'a bad date',
      { awardCode: 'CSTDCS', asOf: '15/12/2024', nominee: nominee('district') },
      'asOf',
    ],
  ])('answers 400 naming the field for %s', async (_label, body, field) => {
    const response = await request<{ code: string; errors: { field: string }[] }>(
      caller,
      'POST',
      '/api/v1/eligibility/evaluate',
      { body },
    );

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((e) => e.field)).toContain(field);
  });

  it.each([
    // 2025-01-22 (Wed) + 20 working days across Tết At Tỵ (25/01–02/02, Saturday 08/02 worked) = 2025-02-25.
    ['2025-01-22', 20, '2025-02-25'],
    // 2024-04-25 (Thu) + 5 across 27/04–01/05 (Saturday 04/05 worked for Monday 29/04): 26, 2, 3, 4(Sat), 6 May.
    ['2024-04-25', 5, '2024-05-06'],
  ])('counts %s + %i working days to %s', async (from, workingDays, expected) => {
    const response = await request<{ dueDate: string; official: boolean }>(
      caller,
      'GET',
      `/api/v1/calendar/due-date?from=${from}&workingDays=${workingDays}`,
    );

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dueDate: expected, official: true });
  });

  it('lists the holidays of a year with their sources, including swapped Saturdays', async () => {
    const response = await request<{
      official: boolean;
      daysOff: { date: string; source: { document: string } }[];
      workingSaturdays: { date: string; inLieuOf: string }[];
    }>(caller, 'GET', '/api/v1/calendar/holidays?year=2024');

    expect(response.status).toBe(200);
    expect(response.body.official).toBe(true);
    expect(response.body.daysOff.map((d) => d.date)).toEqual(
      expect.arrayContaining([
        '2024-02-08',
        '2024-02-14',
        '2024-04-18',
        '2024-04-29',
        '2024-09-03',
      ]),
    );
    expect(response.body.daysOff.every((d) => d.source.document.length > 0)).toBe(true);
    expect(response.body.workingSaturdays).toEqual([
      expect.objectContaining({ date: '2024-05-04', inLieuOf: '2024-04-29' }),
    ]);
  });

  it('lists the awards in force on a day with their thresholds and documents', async () => {
    const response = await request<{
      ruleSet: { id: string };
      awards: { code: string; ballot: unknown; documents: { code: string }[] }[];
    }>(caller, 'GET', '/api/v1/awards?asOf=2025-08-01');

    expect(response.status).toBe(200);
    expect(response.body.ruleSet.id).toBe('VN-2025-07');
    const cstdcs = response.body.awards.find((a) => a.code === 'CSTDCS');
    expect(cstdcs?.documents.map((d) => d.code)).toContain('TO_TRINH');
    expect(cstdcs?.ballot).toBeTruthy();
    expect(
      (await request<{ code: string }>(caller, 'GET', '/api/v1/awards?asOf=2020-01-01')).body.code,
    ).toBe('NO_RULE_SET_IN_FORCE');
  });

  it('rejects a malformed year with 400 naming it', async () => {
    const response = await request<{ errors: { field: string }[] }>(
      caller,
      'GET',
      '/api/v1/calendar/holidays?year=abc',
    );
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e) => e.field)).toContain('year');
  });
});
