import {
  COMPLAINT_RESULTS,
  type ComplaintAcceptanceOutcome,
  type ComplaintSettlementOutcome,
  ComplaintTaskType,
  type FieldError,
} from '@tdkt/contracts';

type Issue = (field: string, vi: string, en: string) => void;

function collector(): { errors: FieldError[]; issue: Issue } {
  const errors: FieldError[] = [];
  return {
    errors,
    issue: (field, vi, en) => errors.push({ field, rule: 'complaint', message: { vi, en } }),
  };
}

function text(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function onlyFields(outcome: Record<string, unknown>, allowed: string[], issue: Issue): void {
  for (const key of Object.keys(outcome))
    if (!allowed.includes(key))
      issue(`outcome.${key}`, `Trường "${key}" không được phép.`, `Field "${key}" is not allowed.`);
}

/** Acceptance: `accept` true with `complex`, or false with the reasons (Art. 27 requires them). */
export function acceptanceProblems(outcome: Record<string, unknown>): FieldError[] {
  const { errors, issue } = collector();
  onlyFields(outcome, ['accept', 'complex', 'reasons'], issue);
  if (outcome.accept === true) {
    if (typeof outcome.complex !== 'boolean')
      issue(
        'outcome.complex',
        'Cần ghi vụ việc có phức tạp hay không (thời hạn giải quyết dài hơn).',
        'Say whether the case is complex (a longer settlement limit).',
      );
  } else if (outcome.accept === false) {
    if (!text(outcome.reasons))
      issue(
        'outcome.reasons',
        'Không thụ lý thì phải nêu lý do.',
        'A refusal to accept must give its reasons.',
      );
  } else issue('outcome.accept', 'Cần chọn thụ lý hay không.', 'accept must be true or false.');
  return errors;
}

/** Settlement: the result, its reasons and what verification and dialogue found; a remedy when upheld. */
export function settlementProblems(outcome: Record<string, unknown>): FieldError[] {
  const { errors, issue } = collector();
  onlyFields(outcome, ['result', 'reasons', 'verification', 'remedy'], issue);
  if (!(COMPLAINT_RESULTS as readonly unknown[]).includes(outcome.result))
    issue(
      'outcome.result',
      'Kết quả phải là upheld, partly-upheld hoặc rejected.',
      'result must be upheld, partly-upheld or rejected.',
    );
  if (!text(outcome.reasons))
    issue('outcome.reasons', 'Cần nêu căn cứ, lý do.', 'The reasons are required.');
  if (!text(outcome.verification))
    issue(
      'outcome.verification',
      'Cần ghi kết quả xác minh, đối thoại.',
      'Record what verification and the dialogue found.',
    );
  if (outcome.result !== 'rejected' && outcome.result !== undefined && !text(outcome.remedy))
    issue(
      'outcome.remedy',
      'Khiếu nại đúng thì phải ghi cách khắc phục (sửa quyết định, mở lại hồ sơ…).',
      'An upheld complaint records its remedy (the decision amended, the dossier reopened…).',
    );
  return errors;
}

export function complaintOutcomeProblems(
  type: string,
  outcome: Record<string, unknown>,
): FieldError[] {
  return type === ComplaintTaskType.accept
    ? acceptanceProblems(outcome)
    : settlementProblems(outcome);
}

/** The acceptance as its type; the validator refused every outcome it finds fault with. */
export function acceptanceOf(outcome: Record<string, unknown>): ComplaintAcceptanceOutcome {
  if (outcome.accept === true) return { accept: true, complex: outcome.complex === true };
  return { accept: false, reasons: String(outcome.reasons) };
}

export function settlementOf(outcome: Record<string, unknown>): ComplaintSettlementOutcome {
  const result = COMPLAINT_RESULTS.find((value) => value === outcome.result);
  if (result === undefined)
    throw new TypeError('a settlement passed its validator without a result');
  return {
    result,
    reasons: String(outcome.reasons),
    verification: String(outcome.verification),
    ...(typeof outcome.remedy === 'string' ? { remedy: outcome.remedy } : {}),
  };
}
