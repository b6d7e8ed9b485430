import type { LocalizedText } from './localized-text';

/** One rejected input field: the path to it, the rule it broke and why, in both languages. */
export interface DomainFieldIssue {
  readonly field: string;
  readonly rule: string;
  readonly message: LocalizedText;
}

/** Stable codes of every error the domain library throws; callers branch on these. */
export type DomainErrorCode =
  | 'DOMAIN_VALIDATION_FAILED'
  | 'UNKNOWN_RULE_SET'
  | 'NO_RULE_SET_IN_FORCE'
  | 'PROFILE_NOT_APPLICABLE'
  | 'AWARD_NOT_IN_RULE_SET'
  | 'CLOCK_STATE_INVALID';

/** Base class of the library's errors: a stable code plus a bilingual message. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly localizedMessage: LocalizedText,
  ) {
    super(localizedMessage.en);
    this.name = 'DomainError';
  }
}

/** Input that breaks one or more rules; `errors` names every offending field so an API can answer 400. */
export class DomainValidationError extends DomainError {
  constructor(readonly errors: readonly DomainFieldIssue[]) {
    super('DOMAIN_VALIDATION_FAILED', {
      vi: `Dữ liệu không hợp lệ: ${errors.map((e) => `${e.field} (${e.rule})`).join(', ')}.`,
      en: `Invalid input: ${errors.map((e) => `${e.field} (${e.rule})`).join(', ')}.`,
    });
    this.name = 'DomainValidationError';
  }
}

/** A rule-set id that no released rule set (or known profile combination) carries. */
export class UnknownRuleSetError extends DomainError {
  constructor(readonly ruleSetId: string) {
    super('UNKNOWN_RULE_SET', {
      vi: `Không có bộ quy tắc "${ruleSetId}".`,
      en: `There is no rule set "${ruleSetId}".`,
    });
    this.name = 'UnknownRuleSetError';
  }
}

/** No released rule set covers the date asked about (e.g. before the 2022 Law took effect). */
export class NoRuleSetInForceError extends DomainError {
  constructor(readonly asOf: string) {
    super('NO_RULE_SET_IN_FORCE', {
      vi: `Không có bộ quy tắc nào có hiệu lực vào ngày ${asOf}.`,
      en: `No rule set is in force on ${asOf}.`,
    });
    this.name = 'NoRuleSetInForceError';
  }
}

/** A provincial profile applied to a rule set it was not written for. */
export class ProfileNotApplicableError extends DomainError {
  constructor(
    readonly profileId: string,
    readonly ruleSetId: string,
  ) {
    super('PROFILE_NOT_APPLICABLE', {
      vi: `Hồ sơ tỉnh "${profileId}" không áp dụng cho bộ quy tắc "${ruleSetId}".`,
      en: `Provincial profile "${profileId}" does not apply to rule set "${ruleSetId}".`,
    });
    this.name = 'ProfileNotApplicableError';
  }
}

/** A statutory clock asked to do something its state forbids (e.g. pause twice). */
export class ClockStateError extends DomainError {
  constructor(message: LocalizedText) {
    super('CLOCK_STATE_INVALID', message);
    this.name = 'ClockStateError';
  }
}

/** Builds a field issue with a generated bilingual message. */
export function fieldIssue(field: string, rule: string, expected: LocalizedText): DomainFieldIssue {
  return {
    field,
    rule,
    message: { vi: `${field}: ${expected.vi}`, en: `${field}: ${expected.en}` },
  };
}

/** An award that the rule set does not have (e.g. thematic commendation before Law 06/2026/QH16). */
export class AwardNotInRuleSetError extends DomainError {
  constructor(
    readonly awardCode: string,
    readonly ruleSetId: string,
  ) {
    super('AWARD_NOT_IN_RULE_SET', {
      vi: `Bộ quy tắc ${ruleSetId} không có danh hiệu/hình thức khen thưởng "${awardCode}".`,
      en: `Rule set ${ruleSetId} has no award "${awardCode}".`,
    });
    this.name = 'AwardNotInRuleSetError';
  }
}
