import { isAwardCode, type AwardCode } from '../awards/codes';
import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { DomainValidationError, fieldIssue, type DomainFieldIssue } from '../shared/errors';
import type { RatioCap, RuleSet, SubmissionCutoff } from './types';

/** A dossier as the submission cut-offs see it. */
export interface CutoffSubject {
  readonly awardCode: AwardCode;
  /** The emulation year the dossier is for; cut-off dates fall in this year. */
  readonly awardYear: number;
  /** The proposing unit's level code in the organisation tree (`units.level`, e.g. `school`). */
  readonly unitLevel: string;
  /**
   * The level id of the deciding authority (e.g. `commune`, `province`): a cut-off for dossiers sent
   * to the provincial department does not bind one decided by the commune chairman.
   */
  readonly decidingLevel: string;
}

/** A cut-off that a submission on `submittedOn` missed. */
export interface MissedCutoff {
  readonly cutoff: SubmissionCutoff;
  /** The last day the dossier could be submitted. */
  readonly deadline: IsoDate;
  readonly submittedOn: IsoDate;
}

function bindsAward(cutoff: SubmissionCutoff, ruleSet: RuleSet, awardCode: AwardCode): boolean {
  if (cutoff.awardCodes === 'all') return true;
  if (cutoff.awardCodes === 'periodic')
    return ruleSet.awards[awardCode]?.simplifiedProcedure === false;
  return cutoff.awardCodes.includes(awardCode);
}

function bindsDecidingLevel(cutoff: SubmissionCutoff, decidingLevel: string): boolean {
  return cutoff.decidingLevels === 'all' || cutoff.decidingLevels.includes(decidingLevel);
}

/**
 * The cut-offs of the rule set that bind a dossier: those covering its award, where it is decided
 * and its proposing unit, where, for a unit a cut-off names by level, only the cut-offs naming
 * levels count (schools follow the school year, not the calendar year). Each carries its deadline
 * in the award year.
 */
export function bindingCutoffs(
  ruleSet: RuleSet,
  subject: CutoffSubject,
): { cutoff: SubmissionCutoff; deadline: IsoDate }[] {
  const matching = ruleSet.submissionCutoffs.filter(
    (cutoff) =>
      bindsAward(cutoff, ruleSet, subject.awardCode) &&
      bindsDecidingLevel(cutoff, subject.decidingLevel) &&
      (cutoff.unitLevels === 'all' || cutoff.unitLevels.includes(subject.unitLevel)),
  );
  const specific = matching.filter((cutoff) => cutoff.unitLevels !== 'all');
  return (specific.length > 0 ? specific : matching)
    .map((cutoff) => ({
      cutoff,
      deadline: `${String(subject.awardYear).padStart(4, '0')}-${cutoff.monthDay}`,
    }))
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/**
 * Every binding cut-off a submission on `submittedOn` comes after, earliest first; empty when it is
 * on time (a submission on the deadline itself is on time). A confirmed one refuses the submission;
 * an unconfirmed one (`cutoff.confirmed === false`) only warns.
 */
export function missedCutoffs(
  ruleSet: RuleSet,
  subject: CutoffSubject & { readonly submittedOn: IsoDate },
): MissedCutoff[] {
  const issues: DomainFieldIssue[] = [];
  if (!isAwardCode(subject.awardCode)) {
    issues.push(
      fieldIssue('awardCode', 'known-award-code', {
        vi: 'mã danh hiệu/hình thức khen thưởng không tồn tại',
        en: 'is not a known award code',
      }),
    );
  }
  if (!Number.isInteger(subject.awardYear) || subject.awardYear < 1000) {
    issues.push(
      fieldIssue('awardYear', 'year', { vi: 'phải là năm hợp lệ', en: 'must be a valid year' }),
    );
  }
  if (!isIsoDate(subject.submittedOn)) {
    issues.push(
      fieldIssue('submittedOn', 'iso-date', {
        vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD',
        en: 'must be a valid date written YYYY-MM-DD',
      }),
    );
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  return bindingCutoffs(ruleSet, subject)
    .filter(({ deadline }) => subject.submittedOn > deadline)
    .map((missed) => ({ ...missed, submittedOn: subject.submittedOn }));
}

/** Where a unit stands against a ratio cap for one award and year. */
export interface RatioCapCheck {
  readonly ruleSet: string;
  readonly awardCode: AwardCode;
  /** The cap the rule set puts on the award, or null when it has none. */
  readonly cap: RatioCap | null;
  /** What the cap is a share of, e.g. the unit's Advanced Worker title holders that year. */
  readonly base: number;
  /** How many the unit proposes (or has proposed) for the award. */
  readonly proposed: number;
  /** The most the cap allows: ⌊percent × base / 100⌋; null without a cap. */
  readonly allowed: number | null;
  readonly within: boolean;
}

/** Checks `proposed` nominations against the rule set's ratio cap on the award, if it has one. */
export function checkRatioCap(
  ruleSet: RuleSet,
  awardCode: AwardCode,
  counts: { readonly base: number; readonly proposed: number },
): RatioCapCheck {
  const issues: DomainFieldIssue[] = [];
  if (!isAwardCode(awardCode)) {
    issues.push(
      fieldIssue('awardCode', 'known-award-code', {
        vi: 'mã danh hiệu/hình thức khen thưởng không tồn tại',
        en: 'is not a known award code',
      }),
    );
  }
  for (const field of ['base', 'proposed'] as const) {
    if (!Number.isInteger(counts[field]) || counts[field] < 0) {
      issues.push(
        fieldIssue(field, 'integer-range', {
          vi: 'phải là số nguyên từ 0 trở lên',
          en: 'must be an integer of at least 0',
        }),
      );
    }
  }
  if (issues.length > 0) throw new DomainValidationError(issues);
  const cap = ruleSet.ratioCaps[awardCode] ?? null;
  const allowed = cap === null ? null : Math.floor((cap.percent * counts.base) / 100);
  return {
    ruleSet: ruleSet.id,
    awardCode,
    cap,
    base: counts.base,
    proposed: counts.proposed,
    allowed,
    within: allowed === null || counts.proposed <= allowed,
  };
}
