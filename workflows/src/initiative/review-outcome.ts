import {
  type FieldError,
  INITIATIVE_SCOPE_VALUES,
  type InitiativeReviewOutcome,
} from '@tdkt/contracts';
import { ballotPasses } from '@tdkt/domain';

/** The review as its type; the validator refused every outcome `reviewProblems` finds fault with. */
export function initiativeReviewOf(outcome: Record<string, unknown>): InitiativeReviewOutcome {
  const { membersTotal, votesFor, scope, reasons } = outcome;
  if (typeof membersTotal !== 'number' || typeof votesFor !== 'number')
    throw new TypeError('an initiative review passed its validator without its counts');
  const scopeValue = INITIATIVE_SCOPE_VALUES.find((value) => value === scope);
  return {
    membersTotal,
    votesFor,
    ...(scopeValue === undefined ? {} : { scope: scopeValue }),
    ...(typeof reasons === 'string' ? { reasons } : {}),
  };
}

/** The council's count must be whole numbers within its size; a recognition names its scope, a refusal its reasons. */
export function reviewProblems(
  outcome: Record<string, unknown>,
  threshold: { numerator: number; denominator: number },
): FieldError[] {
  const errors: FieldError[] = [];
  const issue = (field: string, vi: string, en: string) =>
    errors.push({ field, rule: 'review', message: { vi, en } });
  const { membersTotal, votesFor, scope, reasons } = outcome;
  for (const key of Object.keys(outcome))
    if (!['membersTotal', 'votesFor', 'scope', 'reasons'].includes(key))
      issue(`outcome.${key}`, `Trường "${key}" không được phép.`, `Field "${key}" is not allowed.`);
  if (typeof membersTotal !== 'number' || !Number.isInteger(membersTotal) || membersTotal < 1) {
    issue(
      'outcome.membersTotal',
      'Số thành viên Hội đồng phải là số nguyên dương.',
      'membersTotal must be a positive integer.',
    );
    return errors;
  }
  if (
    typeof votesFor !== 'number' ||
    !Number.isInteger(votesFor) ||
    votesFor < 0 ||
    votesFor > membersTotal
  ) {
    issue(
      'outcome.votesFor',
      'Số phiếu đồng ý phải từ 0 đến số thành viên.',
      'votesFor must be between 0 and membersTotal.',
    );
    return errors;
  }
  if (ballotPasses({ threshold, membersTotal, votesFor })) {
    if (!(INITIATIVE_SCOPE_VALUES as readonly unknown[]).includes(scope))
      issue(
        'outcome.scope',
        'Cần nêu phạm vi ảnh hưởng: unit, province hoặc national.',
        'Give the scope: unit, province or national.',
      );
  } else if (typeof reasons !== 'string' || reasons.trim() === '') {
    issue(
      'outcome.reasons',
      'Không công nhận thì phải nêu lý do.',
      'A refusal must give its reasons.',
    );
  }
  return errors;
}
