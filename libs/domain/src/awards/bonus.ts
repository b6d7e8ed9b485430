import { assertIsoDate, type IsoDate } from '../calendar/iso-date';
import { getRuleSet, ruleSetInForce } from '../rules/registry';
import { deepFreeze } from '../shared/deep-freeze';
import { DomainValidationError, fieldIssue } from '../shared/errors';
import type { AwardCode, NomineeKind } from './codes';
import { awardOf } from './deciding';

/** One step of the statutory base salary (mức lương cơ sở). */
export interface BaseSalaryStep {
  readonly from: IsoDate;
  readonly vnd: number;
  readonly source: string;
}

/** Base salary by effective date, ascending. */
export const BASE_SALARY_TABLE: readonly BaseSalaryStep[] = deepFreeze([
  { from: '2019-07-01', vnd: 1_490_000, source: 'NĐ 38/2019/NĐ-CP' },
  { from: '2023-07-01', vnd: 1_800_000, source: 'NĐ 24/2023/NĐ-CP' },
  { from: '2024-07-01', vnd: 2_340_000, source: 'NĐ 73/2024/NĐ-CP Art. 3(2)' },
]);

/** The base salary in force on `date` (the decision date is what counts, NĐ 152/2025 Art. 49(1)). */
export function baseSalaryOn(date: IsoDate): BaseSalaryStep {
  assertIsoDate(date, 'date');
  const step = [...BASE_SALARY_TABLE].reverse().find((s) => s.from <= date);
  if (!step) {
    throw new DomainValidationError([
      fieldIssue('date', 'base-salary-known', {
        vi: `không có mức lương cơ sở trước ${BASE_SALARY_TABLE[0]?.from ?? ''}`,
        en: `no base salary recorded before ${BASE_SALARY_TABLE[0]?.from ?? ''}`,
      }),
    ]);
  }
  return step;
}

/**
 * Bonus in VND for `award` decided on `decisionDate`: base salary × coefficient, rounded UP to the
 * next 10,000 VND ("làm tròn số lên hàng chục nghìn đồng", NĐ 152/2025 Art. 49(2)), e.g. LĐTT at
 * 2,340,000 × 0.3 = 702,000 → 710,000. Integer arithmetic only.
 */
export function bonusAmount(
  awardCode: AwardCode,
  nomineeKind: NomineeKind,
  decisionDate: IsoDate,
  ruleSetId?: string,
): number {
  const ruleSet = ruleSetId === undefined ? ruleSetInForce(decisionDate) : getRuleSet(ruleSetId);
  const award = awardOf(ruleSet, awardCode);
  const coefficient = award.bonus[nomineeKind];
  if (!coefficient) {
    throw new DomainValidationError([
      fieldIssue('nomineeKind', 'award-nominee-kind', {
        vi: `${award.name.vi} không tặng cho ${nomineeKind === 'individual' ? 'cá nhân' : 'tập thể'}`,
        en: `${award.name.en} is not given to ${nomineeKind === 'individual' ? 'individuals' : 'collectives'}`,
      }),
    ]);
  }
  const unit = ruleSet.bonusRounding.toNearestVnd * 1000;
  const scaled = baseSalaryOn(decisionDate).vnd * coefficient.thousandths;
  const remainder = scaled % unit;
  const units = (scaled - remainder) / unit + (remainder === 0 ? 0 : 1);
  return units * ruleSet.bonusRounding.toNearestVnd;
}
