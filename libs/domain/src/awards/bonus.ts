import { assertIsoDate, type IsoDate } from '../calendar/iso-date';
import { getRuleSet, ruleSetInForce } from '../rules/registry';
import { deepFreeze } from '../shared/deep-freeze';
import { DomainValidationError, fieldIssue } from '../shared/errors';
import type { LegalSource } from '../shared/legal-source';
import { NOMINEE_KIND_NAMES, type AwardCode, type NomineeKind } from './codes';
import { awardOf } from './deciding';

/** One step of the statutory base salary (mức lương cơ sở), in force from `from`. */
export interface BaseSalaryStep {
  readonly from: IsoDate;
  readonly vnd: number;
  readonly source: LegalSource;
}

/**
 * Base salary by effective date, ascending: the steps this release knows. An administrator may
 * publish later steps (managed data); `mergeSalarySteps` layers them on these.
 */
export const BASE_SALARY_TABLE: readonly BaseSalaryStep[] = deepFreeze([
  {
    from: '2019-07-01',
    vnd: 1_490_000,
    source: { document: 'NĐ 38/2019/NĐ-CP', status: 'unconfirmed' },
  },
  {
    from: '2023-07-01',
    vnd: 1_800_000,
    source: { document: 'NĐ 24/2023/NĐ-CP', status: 'unconfirmed' },
  },
  {
    from: '2024-07-01',
    vnd: 2_340_000,
    source: {
      document: 'NĐ 73/2024/NĐ-CP',
      article: '3(2)',
      issuedOn: '2024-06-30',
      status: 'confirmed',
      note: 'Art. 3: "Từ ngày 01 tháng 7 năm 2024, mức lương cơ sở là 2.340.000 đồng/tháng"; repealed from 2026-07-01 by NĐ 161/2026/NĐ-CP Art. 6(2).',
    },
  },
  {
    from: '2026-07-01',
    vnd: 2_530_000,
    source: {
      document: 'NĐ 161/2026/NĐ-CP',
      article: '3(2)',
      issuedOn: '2026-05-15',
      issuer: 'Chính phủ',
      url: 'https://vanban.chinhphu.vn/?classid=1&docid=218107&orggroupid=2&pageid=27160',
      status: 'confirmed',
      note: 'Art. 3(2): "Từ ngày 01 tháng 7 năm 2026, mức lương cơ sở là 2.530.000 đồng/tháng"; in force 2026-07-01 (Art. 6(1)); repeals NĐ 73/2024/NĐ-CP (Art. 6(2)). Read in a verbatim copy of the decree.',
    },
  },
]);

/**
 * The built-in steps with published ones layered on: a published step replaces a built-in one of
 * the same effective date (a correction) and adds any other; ascending by date.
 */
export function mergeSalarySteps(
  builtIn: readonly BaseSalaryStep[],
  published: readonly BaseSalaryStep[],
): readonly BaseSalaryStep[] {
  const byDate = new Map(builtIn.map((step) => [step.from, step]));
  for (const step of published) byDate.set(step.from, step);
  return deepFreeze([...byDate.values()].sort((a, b) => a.from.localeCompare(b.from)));
}

/**
 * The base salary in force on `date` (the decision date is what counts, NĐ 152/2025 Art. 49(1)),
 * from `table` (built-in by default; the deployment's effective table where published steps exist).
 */
export function baseSalaryOn(
  date: IsoDate,
  table: readonly BaseSalaryStep[] = BASE_SALARY_TABLE,
): BaseSalaryStep {
  assertIsoDate(date, 'date');
  const step = [...table].reverse().find((s) => s.from <= date);
  if (!step) {
    throw new DomainValidationError([
      fieldIssue('date', 'base-salary-known', {
        vi: `không có mức lương cơ sở trước ${table[0]?.from ?? ''}`,
        en: `no base salary recorded before ${table[0]?.from ?? ''}`,
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
  salaries: readonly BaseSalaryStep[] = BASE_SALARY_TABLE,
): number {
  const ruleSet = ruleSetId === undefined ? ruleSetInForce(decisionDate) : getRuleSet(ruleSetId);
  const award = awardOf(ruleSet, awardCode);
  const coefficient = award.bonus[nomineeKind];
  if (!coefficient) {
    throw new DomainValidationError([
      fieldIssue('nomineeKind', 'award-nominee-kind', {
        vi: `${award.name.vi} không tặng cho ${NOMINEE_KIND_NAMES[nomineeKind].vi}`,
        en: `${award.name.en} is not given to a ${NOMINEE_KIND_NAMES[nomineeKind].en}`,
      }),
    ]);
  }
  return roundedBonus(
    baseSalaryOn(decisionDate, salaries).vnd,
    coefficient.thousandths,
    ruleSet.bonusRounding.toNearestVnd,
  );
}

/** base × coefficient (in thousandths), rounded up to a multiple of `toNearestVnd`; integers only. */
export function roundedBonus(baseVnd: number, thousandths: number, toNearestVnd: number): number {
  const unit = toNearestVnd * 1000;
  const scaled = baseVnd * thousandths;
  const remainder = scaled % unit;
  const units = (scaled - remainder) / unit + (remainder === 0 ? 0 : 1);
  return units * toNearestVnd;
}
