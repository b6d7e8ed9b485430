import { DomainValidationError, fieldIssue, type DomainFieldIssue } from '../shared/errors';
import type { QuorumRule, Ratio } from '../rules/types';

function requireInteger(
  value: number,
  field: string,
  min: number,
  issues: DomainFieldIssue[],
  max?: number,
): void {
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    issues.push(
      fieldIssue(field, 'integer-range', {
        vi: `phải là số nguyên từ ${min}${max !== undefined ? ` đến ${max}` : ' trở lên'}`,
        en: `must be an integer ${max !== undefined ? `from ${min} to ${max}` : `of at least ${min}`}`,
      }),
    );
  }
}

function validateRatio(ratio: Ratio, field: string, issues: DomainFieldIssue[]): void {
  requireInteger(ratio.denominator, `${field}.denominator`, 1, issues);
  requireInteger(ratio.numerator, `${field}.numerator`, 1, issues, ratio.denominator);
}

function throwIfAny(issues: DomainFieldIssue[]): void {
  if (issues.length > 0) throw new DomainValidationError(issues);
}

/** Council vote: does `votesFor` reach `threshold` of ALL members (absent members count against)? */
export function ballotPasses(args: {
  threshold: Ratio;
  membersTotal: number;
  votesFor: number;
}): boolean {
  const issues: DomainFieldIssue[] = [];
  validateRatio(args.threshold, 'threshold', issues);
  requireInteger(args.membersTotal, 'membersTotal', 1, issues);
  requireInteger(args.votesFor, 'votesFor', 0, issues, args.membersTotal);
  throwIfAny(issues);
  return args.votesFor * args.threshold.denominator >= args.threshold.numerator * args.membersTotal;
}

/** The fewest votes that pass `threshold` in a council of `membersTotal` (e.g. 8 of 9 at 80%). */
export function votesRequired(threshold: Ratio, membersTotal: number): number {
  const issues: DomainFieldIssue[] = [];
  validateRatio(threshold, 'threshold', issues);
  requireInteger(membersTotal, 'membersTotal', 1, issues);
  throwIfAny(issues);
  const product = threshold.numerator * membersTotal;
  const remainder = product % threshold.denominator;
  return (product - remainder) / threshold.denominator + (remainder === 0 ? 0 : 1);
}

/**
 * Whether enough members are present for the council to meet; award sessions use the stricter
 * attendance of the rule (e.g. Bắc Ninh: 2/3 to meet, 80% to consider awards).
 */
export function quorumMet(args: {
  rule: QuorumRule;
  membersTotal: number;
  membersPresent: number;
  awardSession: boolean;
}): boolean {
  const ratio = args.awardSession ? args.rule.awardSessionMinimumPresent : args.rule.minimumPresent;
  const issues: DomainFieldIssue[] = [];
  validateRatio(ratio, 'rule', issues);
  requireInteger(args.membersTotal, 'membersTotal', 1, issues);
  requireInteger(args.membersPresent, 'membersPresent', 0, issues, args.membersTotal);
  throwIfAny(issues);
  return args.membersPresent * ratio.denominator >= ratio.numerator * args.membersTotal;
}

/** Whether `awarded` people out of `headcount` stay within a provincial percentage cap. */
export function withinRatioCap(args: {
  percent: number;
  headcount: number;
  awarded: number;
}): boolean {
  const issues: DomainFieldIssue[] = [];
  requireInteger(args.percent, 'percent', 0, issues, 100);
  requireInteger(args.headcount, 'headcount', 0, issues);
  requireInteger(args.awarded, 'awarded', 0, issues);
  throwIfAny(issues);
  return args.awarded * 100 <= args.percent * args.headcount;
}
