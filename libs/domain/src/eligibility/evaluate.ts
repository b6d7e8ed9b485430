import { isAwardCode, type AwardCode } from '../awards/codes';
import {
  approvalPath,
  decidingAuthority,
  proposingLevel,
  requiredDocuments,
} from '../awards/deciding';
import type { DocumentDefinition } from '../awards/documents';
import { isIsoDate, yearOf, type IsoDate } from '../calendar/iso-date';
import { getRuleSet, isInForce, RULE_SETS } from '../rules/registry';
import type { RuleSet } from '../rules/types';
import {
  DomainValidationError,
  fieldIssue,
  UnknownRuleSetError,
  type DomainFieldIssue,
} from '../shared/errors';
import type { LegalRef } from '../shared/legal-ref';
import type { LocalizedText } from '../shared/localized-text';
import { evaluateCriterion } from './criteria';
import { nomineeIssues, type Nominee } from './nominee';
import type { EligibilityReason } from './reasons';

/** What to evaluate: an award for a nominee, as of a date, under a pinned or the in-force rule set. */
export interface EligibilityInput {
  readonly awardCode: AwardCode;
  readonly asOf: IsoDate;
  /** Pins the rule set (e.g. the one recorded in a workflow); default: the one in force on `asOf`. */
  readonly ruleSetId?: string;
  /**
   * The provincial profile layered on the rule set in force on `asOf` (e.g. `DN`), when no
   * `ruleSetId` is pinned: a deployment's `RULES_PROFILE`.
   */
  readonly profileId?: string;
  /** The emulation year the award is for; default: the calendar year of `asOf`. */
  readonly awardYear?: number;
  readonly nominee: Nominee;
}

/** A council vote threshold, counted against all council members. */
export interface CouncilThreshold {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number;
  readonly basis: 'all-members';
}

/** The verdict with everything a workflow and a reviewer need. */
export interface EligibilityResult {
  readonly eligible: boolean;
  readonly ruleSet: string;
  readonly awardCode: AwardCode;
  readonly awardYear: number;
  /** Id of the deciding level, or null when the unit's level is not in the rule set. */
  readonly decidingLevel: string | null;
  readonly decider: LocalizedText | null;
  readonly approvalPath: readonly string[];
  readonly councilThreshold?: CouncilThreshold;
  readonly requiredDocuments: readonly DocumentDefinition[];
  /** Bonus as a multiple of the base salary, e.g. 0.3; null when the award is not given to this kind. */
  readonly bonusCoefficient: number | null;
  readonly reasons: readonly EligibilityReason[];
}

function resolveRuleSet(
  input: Record<string, unknown>,
  issues: DomainFieldIssue[],
): RuleSet | undefined {
  if (input.ruleSetId !== undefined) {
    if (typeof input.ruleSetId !== 'string') {
      issues.push(
        fieldIssue('ruleSetId', 'string', { vi: 'phải là chuỗi', en: 'must be a string' }),
      );
      return undefined;
    }
    try {
      return getRuleSet(input.ruleSetId);
    } catch (error) {
      if (!(error instanceof UnknownRuleSetError)) throw error;
      issues.push(
        fieldIssue('ruleSetId', 'known-rule-set', {
          vi: `không có bộ quy tắc "${input.ruleSetId}"`,
          en: `there is no rule set "${input.ruleSetId}"`,
        }),
      );
      return undefined;
    }
  }
  if (!isIsoDate(input.asOf)) return undefined;
  const asOf = input.asOf;
  const inForce = Object.values(RULE_SETS).find((ruleSet) => isInForce(ruleSet, asOf));
  if (!inForce) {
    issues.push(
      fieldIssue('asOf', 'rule-set-in-force', {
        vi: `không có bộ quy tắc nào có hiệu lực ngày ${asOf}`,
        en: `no rule set is in force on ${asOf}`,
      }),
    );
    return undefined;
  }
  const profileId = input.profileId;
  if (profileId === undefined) return inForce;
  if (typeof profileId !== 'string') {
    issues.push(fieldIssue('profileId', 'string', { vi: 'phải là chuỗi', en: 'must be a string' }));
    return undefined;
  }
  try {
    return getRuleSet(`${inForce.id}+${profileId}`);
  } catch (error) {
    if (!(error instanceof UnknownRuleSetError)) throw error;
    issues.push(
      fieldIssue('profileId', 'known-profile', {
        vi: `không có quy định riêng của tỉnh "${profileId}" cho bộ quy tắc ${inForce.id}`,
        en: `there is no provincial profile "${profileId}" for rule set ${inForce.id}`,
      }),
    );
    return undefined;
  }
}

function validate(input: unknown): { ruleSet: RuleSet; input: EligibilityInput } {
  const issues: DomainFieldIssue[] = [];
  if (typeof input !== 'object' || input === null) {
    throw new DomainValidationError([
      fieldIssue('input', 'object', { vi: 'phải là một đối tượng', en: 'must be an object' }),
    ]);
  }
  const raw = input as Record<string, unknown>;
  if (!isAwardCode(raw.awardCode)) {
    issues.push(
      fieldIssue('awardCode', 'known-award-code', {
        vi: `mã danh hiệu/hình thức khen thưởng "${String(raw.awardCode)}" không tồn tại`,
        en: `award code "${String(raw.awardCode)}" is not known`,
      }),
    );
  }
  if (!isIsoDate(raw.asOf)) {
    issues.push(
      fieldIssue('asOf', 'iso-date', {
        vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD',
        en: 'must be a valid date written YYYY-MM-DD',
      }),
    );
  }
  if (raw.awardYear !== undefined) {
    if (typeof raw.awardYear !== 'number' || !Number.isInteger(raw.awardYear)) {
      issues.push(
        fieldIssue('awardYear', 'integer', { vi: 'phải là số nguyên', en: 'must be an integer' }),
      );
    } else if (isIsoDate(raw.asOf) && raw.awardYear > yearOf(raw.asOf)) {
      issues.push(
        fieldIssue('awardYear', 'not-after-asOf', {
          vi: 'không được sau năm của ngày xét',
          en: 'cannot be later than the year of asOf',
        }),
      );
    }
  }
  const ruleSet = resolveRuleSet(raw, issues);
  issues.push(...nomineeIssues(raw.nominee));
  if (issues.length > 0 || !ruleSet) throw new DomainValidationError(issues);
  return { ruleSet, input: raw as unknown as EligibilityInput };
}

function kindRef(awardKinds: readonly string[]): LegalRef {
  return {
    instrument: 'Luật 06/2022/QH15',
    article: awardKinds.includes('individual') ? '19' : '20',
    note: 'Art. 19 lists titles for individuals, Art. 20 for collectives',
  };
}

/**
 * Decides whether a nominee meets the rules for an award and explains every failed rule.
 * Award year convention: titles and ratings are looked up by award year Y (default: the year of
 * `asOf`); "n consecutive" titles means the years ending at Y (e.g. provincial CSTĐ for 2024 needs
 * CSTĐCS for 2022, 2023 and 2024); initiatives count if recognised by `asOf` within the period.
 */
export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  const { ruleSet, input: valid } = validate(input);
  const { nominee, awardCode } = valid;
  const award = ruleSet.awards[awardCode];
  const awardYear = valid.awardYear ?? yearOf(valid.asOf);
  const reasons: EligibilityReason[] = [];
  const unitLevelKnown = proposingLevel(ruleSet, nominee.unitLevel) !== undefined;
  const kindAllowed = award.nomineeKinds.includes(nominee.kind);

  if (!kindAllowed) {
    reasons.push({
      code: 'NOMINEE_KIND_MISMATCH',
      legalRef: kindRef(award.nomineeKinds),
      message: {
        vi: `${award.name.vi} chỉ tặng cho ${award.nomineeKinds.map((k) => (k === 'individual' ? 'cá nhân' : 'tập thể')).join(', ')}.`,
        en: `${award.name.en} is only given to ${award.nomineeKinds.map((k) => (k === 'individual' ? 'individuals' : 'collectives')).join(', ')}.`,
      },
    });
  }
  if (!unitLevelKnown) {
    const levels = ruleSet.levels
      .filter((l) => l.proposing)
      .map((l) => l.id)
      .join(', ');
    reasons.push({
      code: 'UNIT_LEVEL_NOT_IN_RULE_SET',
      legalRef: ruleSet.levelsLegalRef,
      message: {
        vi: `Cấp đơn vị "${nominee.unitLevel}" không tồn tại trong bộ quy tắc ${ruleSet.id} (các cấp: ${levels}).`,
        en: `Unit level "${nominee.unitLevel}" does not exist in rule set ${ruleSet.id} (levels: ${levels}).`,
      },
    });
  }
  if (nominee.disciplinePending === true) {
    reasons.push({
      code: 'DISCIPLINE_PENDING',
      legalRef: ruleSet.pendingProceedingsBar,
      message: {
        vi: 'Đang xem xét thi hành kỷ luật; chưa khen thưởng cho đến khi có kết luận.',
        en: 'Disciplinary proceedings are pending; no award until they conclude.',
      },
    });
  }
  if (nominee.inspectionPending === true) {
    reasons.push({
      code: 'INSPECTION_PENDING',
      legalRef: ruleSet.pendingProceedingsBar,
      message: {
        vi: 'Đang thanh tra, kiểm tra, điều tra hoặc giải quyết khiếu nại, tố cáo; chưa khen thưởng.',
        en: 'An inspection, investigation or complaint is pending; no award until it concludes.',
      },
    });
  }
  if (
    award.kind === 'emulation-title' &&
    ruleSet.registration.requiredForTitles &&
    !(nominee.registeredFor ?? []).includes(awardCode)
  ) {
    reasons.push({
      code: 'REGISTRATION_REQUIRED',
      legalRef: ruleSet.registration.legalRef,
      message: {
        vi: `Chưa đăng ký thi đua danh hiệu "${award.name.vi}" năm ${awardYear}.`,
        en: `No emulation registration for "${award.name.en}" in ${awardYear}.`,
      },
    });
  }
  if (kindAllowed) {
    const context = { nominee, awardCode, awardYear, asOf: valid.asOf, ruleSet };
    for (const criterion of award.criteria[nominee.kind] ?? []) {
      for (const r of evaluateCriterion(criterion, context)) {
        if (r.code !== 'MEMBER_STATS_REQUIRED' || !reasons.some((x) => x.code === r.code)) {
          reasons.push(r);
        }
      }
    }
  }

  const authority = unitLevelKnown
    ? decidingAuthority(awardCode, nominee.unitLevel, ruleSet)
    : null;
  const coefficient = award.bonus[nominee.kind];
  return {
    eligible: reasons.length === 0,
    ruleSet: ruleSet.id,
    awardCode,
    awardYear,
    decidingLevel: authority?.level ?? null,
    decider: authority?.decider ?? null,
    approvalPath: unitLevelKnown ? approvalPath(awardCode, nominee.unitLevel, ruleSet) : [],
    ...(award.ballot
      ? {
          councilThreshold: {
            numerator: award.ballot.threshold.numerator,
            denominator: award.ballot.threshold.denominator,
            percent:
              Math.round(
                (award.ballot.threshold.numerator * 10_000) / award.ballot.threshold.denominator,
              ) / 100,
            basis: award.ballot.basis,
          },
        }
      : {}),
    requiredDocuments: requiredDocuments(awardCode, ruleSet),
    bonusCoefficient: coefficient ? coefficient.thousandths / 1000 : null,
    reasons,
  };
}
