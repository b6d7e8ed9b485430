import type { AwardCode } from '../awards/codes';
import { DomainValidationError } from '../shared/errors';
import { DONG_NAI_PROFILE } from './dong-nai';
import { applyProfile } from './profile';
import { bindingCutoffs, checkRatioCap, missedCutoff } from './provincial-limits';
import { getRuleSet } from './registry';
import type { SubmissionCutoff } from './types';

const dn = getRuleSet('VN-2024+DN');
const national = getRuleSet('VN-2024');

describe('submission cut-offs', () => {
  it.each<[string, AwardCode, string, number, string, string | null]>([
    // Year-end cut-off (10/12) for every unit but schools.
    ['commune on time', 'LDTT', 'commune', 2024, '2024-12-05', null],
    ['commune on the deadline day', 'CSTDCS', 'commune', 2024, '2024-12-10', null],
    ['commune a day late', 'CSTDCS', 'commune', 2024, '2024-12-11', 'year-end'],
    ['agency late', 'GIAY_KHEN', 'agency', 2024, '2025-01-05', 'year-end'],
    ['next year’s dossier early', 'LDTT', 'agency', 2025, '2024-12-16', null],
    // Schools follow the school year (10/7): the year-end cut-off does not replace it.
    ['school on time', 'LDTT', 'school', 2024, '2024-07-10', null],
    ['school late', 'LDTT', 'school', 2024, '2024-07-11', 'education-year'],
    ['school in December', 'CSTDCS', 'school', 2024, '2024-12-05', 'education-year'],
    // Ad-hoc awards (simplified procedure) have no yearly deadline.
    ['ad-hoc, commune', 'GIAY_KHEN_DOT_XUAT', 'commune', 2024, '2024-12-31', null],
    ['ad-hoc, school', 'BANG_KHEN_TINH_DOT_XUAT', 'school', 2024, '2024-09-01', null],
  ])(
    '%s: %s from a %s unit for %d on %s misses %p',
    (_, awardCode, unitLevel, awardYear, submittedOn, missed) => {
      const result = missedCutoff(dn, { awardCode, unitLevel, awardYear, submittedOn });
      expect(result?.cutoff.id ?? null).toBe(missed);
      if (result !== null) {
        expect(result.submittedOn).toBe(submittedOn);
        expect(result.deadline).toBe(`${awardYear}-${result.cutoff.monthDay}`);
        expect(result.cutoff.legalRef.instrument).toBe('QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh');
      }
    },
  );

  it('binds nothing under a national rule set, which has no cut-offs', () => {
    expect(
      bindingCutoffs(national, { awardCode: 'LDTT', unitLevel: 'school', awardYear: 2024 }),
    ).toEqual([]);
    expect(
      missedCutoff(national, {
        awardCode: 'LDTT',
        unitLevel: 'commune',
        awardYear: 2020,
        submittedOn: '2024-12-31',
      }),
    ).toBeNull();
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
      awardYear: 2025,
    };
    expect(bindingCutoffs(profiled, subject).map((b) => b.deadline)).toEqual([
      '2025-11-30',
      '2025-12-10',
    ]);
    expect(missedCutoff(profiled, { ...subject, submittedOn: '2025-12-01' })?.cutoff.id).toBe(
      'flags',
    );
    expect(
      missedCutoff(profiled, { ...subject, awardCode: 'TTLDXS', submittedOn: '2025-12-01' }),
    ).toBeNull();
  });

  it('names every bad field', () => {
    expect(() =>
      missedCutoff(dn, {
        awardCode: 'NOPE' as AwardCode,
        unitLevel: 'school',
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
