import { isAwardCode, NOMINEE_KIND_NAMES, type AwardCode } from '../awards/codes';
import {
  approvalPath,
  awardOf,
  decidingAuthority,
  proposingLevel,
  requiredDocuments,
} from '../awards/deciding';
import type { DocumentDefinition } from '../awards/documents';
import { isIsoDate, yearOf, type IsoDate } from '../calendar/iso-date';
import { getRuleSet, isInForce, RULE_SETS } from '../rules/registry';
import { successorUnderTransition } from '../rules/transition';
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
import type { EligibilityNote, EligibilityReason } from './reasons';

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
  /**
   * The day the dossier was received for appraisal, with a pinned `ruleSetId`: a later rule set's
   * transition rule may then apply its more favourable standard (e.g. Law 06/2026/QH16).
   */
  readonly receivedOn?: IsoDate;
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
  /** What the reviewer should know; notes never make a nominee ineligible. */
  readonly notes: readonly EligibilityNote[];
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
  if (raw.receivedOn !== undefined && !isIsoDate(raw.receivedOn)) {
    issues.push(
      fieldIssue('receivedOn', 'iso-date', {
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
  if (awardKinds.includes('household'))
    return {
      instrument: 'Luật 06/2022/QH15',
      article: '74',
      note: 'households, article UNCONFIRMED',
    };
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
 * With a pinned rule set and `receivedOn`, a later rule set's transition rule is honoured: the
 * nominee is judged under the later standard when it is met and the pinned one is not.
 */
export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  const { ruleSet, input: valid } = validate(input);
  const pinned = evaluateUnder(ruleSet, valid);
  if (pinned.eligible || valid.receivedOn === undefined || valid.ruleSetId === undefined)
    return pinned;
  const successor = successorUnderTransition(ruleSet, valid.receivedOn, valid.asOf);
  if (successor === null || successor.awards[valid.awardCode] === undefined) return pinned;
  const later = evaluateUnder(successor, valid);
  if (!later.eligible) return pinned;
  const transition = successor.transition!;
  return {
    ...later,
    notes: [
      {
        code: 'TRANSITION_MORE_FAVOURABLE',
        legalRef: transition.legalRef,
        message: {
          vi: `Hồ sơ tiếp nhận ngày ${valid.receivedOn} theo bộ quy tắc ${ruleSet.id} chưa đạt tiêu chuẩn cũ nhưng đạt tiêu chuẩn của ${successor.id}, có lợi hơn cho người được đề nghị: áp dụng quy định mới.`,
          en: `Received on ${valid.receivedOn} under ${ruleSet.id}, the dossier misses the old standard but meets that of ${successor.id}, more favourable to the nominee: the new rule applies.`,
        },
      },
      ...later.notes,
    ],
  };
}

function evaluateUnder(ruleSet: RuleSet, valid: EligibilityInput): EligibilityResult {
  const { nominee, awardCode } = valid;
  const award = awardOf(ruleSet, awardCode);
  const awardYear = valid.awardYear ?? yearOf(valid.asOf);
  const reasons: EligibilityReason[] = [];
  const unitLevelKnown = proposingLevel(ruleSet, nominee.unitLevel) !== undefined;
  const kindAllowed = award.nomineeKinds.includes(nominee.kind);

  if (!kindAllowed) {
    reasons.push({
      code: 'NOMINEE_KIND_MISMATCH',
      legalRef: kindRef(award.nomineeKinds),
      message: {
        vi: `${award.name.vi} chỉ tặng cho ${award.nomineeKinds.map((k) => NOMINEE_KIND_NAMES[k].vi).join(', ')}.`,
        en: `${award.name.en} is only given to ${award.nomineeKinds.map((k) => `${NOMINEE_KIND_NAMES[k].en}s`).join(', ')}.`,
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
  const notes: EligibilityNote[] = [];
  if (kindAllowed) {
    const context = { nominee, awardCode, awardYear, asOf: valid.asOf, ruleSet };
    for (const criterion of award.criteria[nominee.kind] ?? []) {
      const outcome = evaluateCriterion(criterion, context);
      notes.push(...outcome.notes);
      for (const r of outcome.reasons) {
        if (r.code !== 'MEMBER_STATS_REQUIRED' || !reasons.some((x) => x.code === r.code)) {
          reasons.push(r);
        }
      }
    }
  }
  if (ruleSet.priorityAreas !== null && nominee.ethnicMinorityOrMountainArea === true) {
    notes.push({
      code: 'PRIORITY_AREA',
      legalRef: ruleSet.priorityAreas.legalRef,
      message: {
        vi: `${ruleSet.priorityAreas.name.vi} (vùng đồng bào dân tộc thiểu số, miền núi).`,
        en: `${ruleSet.priorityAreas.name.en}.`,
      },
    });
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
    notes,
  };
}
