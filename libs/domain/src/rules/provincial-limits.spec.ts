import type { AwardCode } from '../awards/codes';
import { DomainValidationError } from '../shared/errors';
import { DONG_NAI_PROFILE } from './dong-nai';
import { applyProfile } from './profile';
import { bindingCutoffs, checkRatioCap, missedCutoffs } from './provincial-limits';
import { getRuleSet } from './registry';
import type { SubmissionCutoff } from './types';

const dn = getRuleSet('VN-2024+DN');
const national = getRuleSet('VN-2024');

describe('submission cut-offs', () => {
  // The DN profile's cut-offs are modelled on Bắc Ninh QĐ 86/2025 Art. 6(2)–(3): dossiers sent to the
  // provincial Department of Home Affairs, i.e. decided by the provincial chairman or the centre.
  it.each<[string, AwardCode, string, string, number, string, string | null]>([
    // Year-end cut-off (10/12, Art. 6(2)) for dossiers decided at the province.
    [
      'commune, provincial Bằng khen, on time',
      'BANG_KHEN_TINH',
      'commune',
      'province',
      2024,
      '2024-12-10',
      null,
    ],
    [
      'commune, provincial Bằng khen, a day late',
      'BANG_KHEN_TINH',
      'commune',
      'province',
      2024,
      '2024-12-11',
      'year-end',
    ],
    ['agency, TTLĐXS, late', 'TTLDXS', 'agency', 'province', 2024, '2025-01-05', 'year-end'],
    [
      'national CSTĐ, late',
      'CSTD_TOAN_QUOC',
      'commune',
      'national',
      2024,
      '2024-12-11',
      'year-end',
    ],
    ['next year’s dossier early', 'CSTD_TINH', 'agency', 'province', 2025, '2024-12-16', null],
    // Dossiers decided below the province never reach the Sở Nội vụ: no cut-off binds them.
    [
      'commune LĐTT decided by the commune chairman',
      'LDTT',
      'commune',
      'commune',
      2026,
      '2026-12-11',
      null,
    ],
    [
      'district CSTĐCS decided by the district chairman',
      'CSTDCS',
      'commune',
      'district',
      2024,
      '2024-12-11',
      null,
    ],
    [
      'school Giấy khen decided locally',
      'GIAY_KHEN',
      'school',
      'district',
      2024,
      '2024-12-31',
      null,
    ],
    // Schools follow the school year (10/7, Art. 6(3)) for what they send to the province.
    [
      'school, provincial Bằng khen, on time',
      'BANG_KHEN_TINH',
      'school',
      'province',
      2024,
      '2024-07-10',
      null,
    ],
    [
      'school, provincial Bằng khen, late',
      'BANG_KHEN_TINH',
      'school',
      'province',
      2024,
      '2024-07-11',
      'education-year',
    ],
    // Ad-hoc awards (simplified procedure) have no yearly deadline.
    ['ad-hoc, school', 'BANG_KHEN_TINH_DOT_XUAT', 'school', 'province', 2024, '2024-09-01', null],
  ])(
    'QĐ 86/2025 Bắc Ninh Art. 6 as modelled: %s (%s from a %s unit, decided at %s, for %d on %s) misses %p',
    (_, awardCode, unitLevel, decidingLevel, awardYear, submittedOn, missed) => {
      const result = missedCutoffs(dn, {
        awardCode,
        unitLevel,
        decidingLevel,
        awardYear,
        submittedOn,
      })[0];
      expect(result?.cutoff.id ?? null).toBe(missed);
      if (result !== undefined) {
        expect(result.submittedOn).toBe(submittedOn);
        expect(result.deadline).toBe(`${awardYear}-${result.cutoff.monthDay}`);
        expect(result.cutoff.legalRef.instrument).toBe('QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh');
        expect(result.cutoff.legalRef.article).toBe('6');
        expect(result.cutoff.confirmed).toBe(false);
      }
    },
  );

  it('scopes the DN cut-offs of the 2026 rule set the same way: a commune LĐTT on 11/12/2026 misses none', () => {
    const today = getRuleSet('VN-2026-10+DN');
    const commune = { unitLevel: 'commune', awardYear: 2026, submittedOn: '2026-12-11' };
    expect(
      missedCutoffs(today, { ...commune, awardCode: 'LDTT', decidingLevel: 'commune' }),
    ).toEqual([]);
    expect(
      missedCutoffs(today, {
        ...commune,
        awardCode: 'BANG_KHEN_TINH',
        decidingLevel: 'province',
      }).map((missed) => missed.cutoff.id),
    ).toEqual(['year-end']);
  });

  it('binds nothing under a national rule set, which has no cut-offs', () => {
    expect(
      bindingCutoffs(national, {
        awardCode: 'BANG_KHEN_TINH',
        unitLevel: 'school',
        decidingLevel: 'province',
        awardYear: 2024,
      }),
    ).toEqual([]);
    expect(
      missedCutoffs(national, {
        awardCode: 'BANG_KHEN_TINH',
        unitLevel: 'commune',
        decidingLevel: 'province',
        awardYear: 2020,
        submittedOn: '2024-12-31',
      }),
    ).toEqual([]);
  });

  it('reports the earliest of several cut-offs binding at the same level', () => {
    const extra: SubmissionCutoff = {
      ...DONG_NAI_PROFILE.submissionCutoffs![0]!,
      id: 'flags',
      monthDay: '11-30',
      awardCodes: ['CO_THI_DUA_TINH'],
    };
    const profiled = applyProfile(getRuleSet('VN-2025-07'), {
      ...DONG_NAI_PROFILE,
      submissionCutoffs: [...DONG_NAI_PROFILE.submissionCutoffs!, extra],
    });
    const subject = {
      awardCode: 'CO_THI_DUA_TINH' as const,
      unitLevel: 'commune',
      decidingLevel: 'province',
      awardYear: 2025,
    };
    expect(bindingCutoffs(profiled, subject).map((b) => b.deadline)).toEqual([
      '2025-11-30',
      '2025-12-10',
    ]);
    expect(
      missedCutoffs(profiled, { ...subject, submittedOn: '2025-12-11' }).map((m) => m.cutoff.id),
    ).toEqual(['flags', 'year-end']);
    expect(
      missedCutoffs(profiled, { ...subject, awardCode: 'TTLDXS', submittedOn: '2025-12-01' }),
    ).toEqual([]);
  });

  it('names every bad field', () => {
    expect(() =>
      missedCutoffs(dn, {
        awardCode: 'NOPE' as AwardCode,
        unitLevel: 'school',
        decidingLevel: 'province',
        awardYear: 2024.5,
        submittedOn: '2024-02-30',
      }),
    ).toThrow(
      expect.objectContaining({
        errors: [
          expect.objectContaining({ field: 'awardCode' }),
          expect.objectContaining({ field: 'awardYear' }),
          expect.objectContaining({ field: 'submittedOn' }),
        ],
      }) as DomainValidationError,
    );
  });
});

describe('ratio caps', () => {
  it.each<[AwardCode, number, number, number | null, boolean]>([
    // Đồng Nai: CSTĐCS at most 15 % of the unit's Advanced Worker title holders, rounded down.
    ['CSTDCS', 20, 3, 3, true],
    ['CSTDCS', 20, 4, 3, false],
    ['CSTDCS', 7, 1, 1, true],
    ['CSTDCS', 6, 1, 0, false],
    ['CSTDCS', 0, 0, 0, true],
    // No cap on other awards.
    ['LDTT', 10, 10, null, true],
  ])(
    '%s with base %d and %d proposed: allowed %p, within %p',
    (awardCode, base, proposed, allowed, within) => {
      const check = checkRatioCap(dn, awardCode, { base, proposed });
      expect(check).toMatchObject({
        ruleSet: 'VN-2024+DN',
        awardCode,
        base,
        proposed,
        allowed,
        within,
      });
      expect(check.cap === null).toBe(allowed === null);
    },
  );

  it('names the cap and where it comes from', () => {
    const { cap } = checkRatioCap(dn, 'CSTDCS', { base: 10, proposed: 1 });
    expect(cap).toMatchObject({
      percent: 15,
      confirmed: false,
      legalRef: { instrument: 'NĐ 91/2017/NĐ-CP', article: '9', clause: '3' },
    });
  });

  it('has no cap under a national rule set', () => {
    expect(checkRatioCap(national, 'CSTDCS', { base: 1, proposed: 50 })).toMatchObject({
      cap: null,
      allowed: null,
      within: true,
    });
  });

  it.each([
    [{ base: -1, proposed: 0 }, ['base']],
    [{ base: 1.5, proposed: -2 }, ['base', 'proposed']],
  ])('refuses the counts %o, naming %j', (counts, fields) => {
    try {
      checkRatioCap(dn, 'CSTDCS', counts);
      throw new Error('expected a DomainValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as DomainValidationError).errors.map((e) => e.field)).toEqual(fields);
    }
  });
});
