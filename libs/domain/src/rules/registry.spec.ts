import { evaluateEligibility } from '../eligibility/evaluate';
import {
  NoRuleSetInForceError,
  ProfileNotApplicableError,
  UnknownRuleSetError,
} from '../shared/errors';
import { DONG_NAI_PROFILE } from './dong-nai';
import { applyProfile, type ProvincialProfile } from './profile';
import { getRuleSet, RULE_SETS, ruleSetInForce } from './registry';

describe('rule-set registry', () => {
  it('releases VN-2024, VN-2025-07 and VN-2026-10 with their own levels', () => {
    expect(Object.keys(RULE_SETS)).toEqual(['VN-2024', 'VN-2025-07', 'VN-2026-10']);
    expect(getRuleSet('VN-2026-10').levels).toEqual(getRuleSet('VN-2025-07').levels);
    expect(getRuleSet('VN-2024').levels.map((l) => l.id)).toEqual([
      'national',
      'province',
      'district',
      'commune',
    ]);
    expect(getRuleSet('VN-2025-07').levels.map((l) => l.id)).toEqual([
      'national',
      'province',
      'commune',
    ]);
  });

  it.each([
    ['2024-01-01', 'VN-2024'],
    ['2024-12-15', 'VN-2024'],
    ['2025-06-30', 'VN-2024'],
    ['2025-07-01', 'VN-2025-07'],
    ['2025-12-15', 'VN-2025-07'],
    ['2026-09-30', 'VN-2025-07'],
    ['2026-10-01', 'VN-2026-10'],
    ['2030-01-01', 'VN-2026-10'],
  ])('on %s the rule set in force is %s', (asOf, id) => {
    expect(ruleSetInForce(asOf).id).toBe(id);
  });

  it('has no rule set before the 2022 Law took effect', () => {
    expect(() => ruleSetInForce('2023-12-31')).toThrow(NoRuleSetInForceError);
  });

  it.each(['VN-2023', 'vn-2024', 'VN-2024+XX', 'VN-2024+DN+DN', ''])(
    'throws a typed error for the unknown id %p',
    (id) => {
      expect(() => getRuleSet(id)).toThrow(UnknownRuleSetError);
      expect(() => getRuleSet(id)).toThrow(
        expect.objectContaining({ code: 'UNKNOWN_RULE_SET' }) as Error,
      );
    },
  );

  it('deep-freezes released data', () => {
    const ruleSet = getRuleSet('VN-2024');
    expect(Object.isFrozen(ruleSet.awards.CSTDCS?.ballot?.threshold)).toBe(true);
    expect(() => {
      (ruleSet.timeLimits as { unitReviewWorkingDays: number }).unitReviewWorkingDays = 1;
    }).toThrow(TypeError);
    expect(ruleSet.timeLimits.unitReviewWorkingDays).toBe(20);
  });

  it.each(Object.values(RULE_SETS))(
    '$id: every parent level exists and local awards cover every proposing level',
    (ruleSet) => {
      const ids = ruleSet.levels.map((l) => l.id);
      for (const level of ruleSet.levels) if (level.parent) expect(ids).toContain(level.parent);
      const proposing = ruleSet.levels.filter((l) => l.proposing).map((l) => l.id);
      for (const award of Object.values(ruleSet.awards)) {
        if (award.deciding.kind === 'by-unit-level') {
          expect(Object.keys(award.deciding.byUnitLevel).sort()).toEqual([...proposing].sort());
        }
      }
    },
  );

  describe('provincial profiles', () => {
    it.each([
      ['2024-12-15', 'VN-2024+DN'],
      ['2025-12-15', 'VN-2025-07+DN'],
    ])('on %s with Đồng Nai the rule set is %s', (asOf, id) => {
      const ruleSet = ruleSetInForce(asOf, 'DN');
      expect(ruleSet.id).toBe(id);
      expect(ruleSet.profileId).toBe('DN');
      expect(getRuleSet(id)).toBe(ruleSet);
      expect(ruleSet.ratioCaps.CSTDCS?.confirmed).toBe(false);
      expect(ruleSet.submissionCutoffs.map((c) => c.monthDay)).toEqual(['12-10', '07-10']);
      expect(ruleSet.submissionCutoffs.map((c) => c.unitLevels)).toEqual(['all', ['school']]);
      expect(ruleSet.unconfirmed.map((u) => u.path)).toContain('profile:DN.submissionCutoffs');
      expect(Object.isFrozen(ruleSet)).toBe(true);
    });

    it('overrides only what the profile sets', () => {
      const base = getRuleSet('VN-2024');
      const profiled = applyProfile(base, {
        ...DONG_NAI_PROFILE,
        id: 'T',
        timeLimits: { supplementationWorkingDays: 7 },
        councilSecretBallot: false,
      });
      expect(profiled.id).toBe('VN-2024+T');
      expect(profiled.timeLimits.supplementationWorkingDays).toBe(7);
      expect(profiled.timeLimits.unitReviewWorkingDays).toBe(base.timeLimits.unitReviewWorkingDays);
      expect(profiled.councilBallot.secret).toBe(false);
      expect(base.councilBallot.secret).toBe(true);
      expect(base.timeLimits.supplementationWorkingDays).toBe(10);
    });

    it('can replace an award criterion set, changing the verdict', () => {
      const profile: ProvincialProfile = {
        ...DONG_NAI_PROFILE,
        id: 'T',
        awardCriteria: { BANG_KHEN_TINH: { individual: [] } },
      };
      const nominee = {
        kind: 'individual' as const,
        unitLevel: 'district',
        titles: [],
        ratings: [],
        initiatives: [],
      };
      const input = { awardCode: 'BANG_KHEN_TINH' as const, asOf: '2024-12-15', nominee };
      expect(evaluateEligibility(input).eligible).toBe(false);
      const profiled = applyProfile(getRuleSet('VN-2024'), profile);
      expect(profiled.awards.BANG_KHEN_TINH?.criteria.individual).toEqual([]);
      expect(profiled.awards.BANG_KHEN_TINH?.criteria.collective).toEqual(
        getRuleSet('VN-2024').awards.BANG_KHEN_TINH?.criteria.collective,
      );
    });

    it('refuses a profile on a rule set it was not written for, or twice', () => {
      expect(() =>
        applyProfile(getRuleSet('VN-2024'), { ...DONG_NAI_PROFILE, appliesTo: ['VN-2025-07'] }),
      ).toThrow(ProfileNotApplicableError);
      expect(() => applyProfile(getRuleSet('VN-2024+DN'), DONG_NAI_PROFILE)).toThrow(
        ProfileNotApplicableError,
      );
    });
  });
});
