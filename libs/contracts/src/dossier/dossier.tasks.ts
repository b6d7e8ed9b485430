import { Role } from '../identity/roles';
import type { FieldError } from '../errors';

/** The human steps of a dossier and who performs them. */
export const DossierTaskType = {
  /** Thẩm định: the emulation body of a level checks the dossier. */
  review: 'dossier.review',
  /** Bổ sung: the proposing unit supplies what the reviewer asked for. */
  supplement: 'dossier.supplement',
  /** An objection filed during public disclosure, examined by the level's reviewers. */
  objectionReview: 'dossier.objection-review',
  /** The deciding leader approves or refuses. */
  decision: 'dossier.decision',
  /**
   * The province's reviewers follow a dossier sent to the central level and record what it
   * decided: the award with its decision number and date, or the dossier returned with its reason.
   */
  centralOutcome: 'dossier.central-outcome',
} as const;
export type DossierTaskType = (typeof DossierTaskType)[keyof typeof DossierTaskType];

/** The role that acts on each task type. */
export const DOSSIER_TASK_ROLES: Record<DossierTaskType, Role> = {
  'dossier.review': Role.REVIEWER,
  'dossier.supplement': Role.UNIT_OFFICER,
  'dossier.objection-review': Role.REVIEWER,
  'dossier.decision': Role.LEADER,
  'dossier.central-outcome': Role.REVIEWER,
};

export interface ReturnItem {
  /** A document code from the catalog (e.g. `BIEN_BAN_BINH_XET`) or a dossier field. */
  item: string;
  reason: string;
}

export type ReviewOutcome =
  | { decision: 'accept'; note?: string }
  | { decision: 'return'; items: ReturnItem[]; deadlineWorkingDays?: number }
  | { decision: 'reject'; reason: string };

export interface SupplementOutcome {
  note?: string;
  attachmentIds?: string[];
}

export type ObjectionReviewOutcome =
  { decision: 'dismiss'; reason: string } | { decision: 'uphold'; reason: string };

export type DecisionOutcome =
  { decision: 'approve'; note?: string } | { decision: 'refuse'; reason: string };

export type CentralOutcome =
  | { decision: 'accepted'; decisionNumber: string; decidedOn: string }
  | { decision: 'returned'; reason: string };

const MAX_TEXT = 4000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function issue(field: string, rule: string, vi: string, en: string): FieldError {
  return { field, rule, message: { vi, en } };
}

function requireText(value: unknown, field: string, errors: FieldError[], optional = false): void {
  if (value === undefined && optional) return;
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(
      issue(
        field,
        'isNotEmpty',
        `Trường "${field}" không được để trống.`,
        `Field "${field}" must not be empty.`,
      ),
    );
  } else if (value.length > MAX_TEXT) {
    errors.push(
      issue(
        field,
        'maxLength',
        `Trường "${field}" tối đa ${MAX_TEXT} ký tự.`,
        `Field "${field}" must be at most ${MAX_TEXT} characters.`,
      ),
    );
  }
}

function requireDecision(
  outcome: Record<string, unknown>,
  allowed: string[],
  errors: FieldError[],
): string | undefined {
  const decision = outcome.decision;
  if (typeof decision !== 'string' || !allowed.includes(decision)) {
    errors.push(
      issue(
        'outcome.decision',
        'isIn',
        `Trường "outcome.decision" phải là một trong: ${allowed.join(', ')}.`,
        `Field "outcome.decision" must be one of: ${allowed.join(', ')}.`,
      ),
    );
    return undefined;
  }
  return decision;
}

function rejectUnknown(
  outcome: Record<string, unknown>,
  known: string[],
  errors: FieldError[],
): void {
  for (const key of Object.keys(outcome)) {
    if (!known.includes(key)) {
      errors.push(
        issue(
          `outcome.${key}`,
          'whitelistValidation',
          `Trường "outcome.${key}" không được phép gửi lên.`,
          `Field "outcome.${key}" is not allowed.`,
        ),
      );
    }
  }
}

/**
 * Checks a task outcome against its task type and returns every problem, each naming its field.
 * Used by the API (to answer 400) and by the workflow's update validator (the last word).
 */
export function validateTaskOutcome(type: string, outcome: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  switch (type) {
    case DossierTaskType.review: {
      const decision = requireDecision(outcome, ['accept', 'return', 'reject'], errors);
      if (decision === 'accept') {
        rejectUnknown(outcome, ['decision', 'note'], errors);
        requireText(outcome.note, 'outcome.note', errors, true);
      } else if (decision === 'reject') {
        rejectUnknown(outcome, ['decision', 'reason'], errors);
        requireText(outcome.reason, 'outcome.reason', errors);
      } else if (decision === 'return') {
        rejectUnknown(outcome, ['decision', 'items', 'deadlineWorkingDays'], errors);
        validateReturnItems(outcome.items, errors);
        const days = outcome.deadlineWorkingDays;
        if (
          days !== undefined &&
          (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 60)
        ) {
          errors.push(
            issue(
              'outcome.deadlineWorkingDays',
              'range',
              'Thời hạn bổ sung phải là số nguyên từ 1 đến 60 ngày làm việc.',
              'The supplementation deadline must be a whole number of working days from 1 to 60.',
            ),
          );
        }
      }
      break;
    }
    case DossierTaskType.supplement:
      rejectUnknown(outcome, ['note', 'attachmentIds'], errors);
      requireText(outcome.note, 'outcome.note', errors, true);
      if (outcome.attachmentIds !== undefined && !isStringArray(outcome.attachmentIds)) {
        errors.push(
          issue(
            'outcome.attachmentIds',
            'isArray',
            'Danh sách tệp đính kèm không hợp lệ.',
            'attachmentIds must be a list of ids.',
          ),
        );
      }
      break;
    case DossierTaskType.objectionReview:
      requireDecision(outcome, ['dismiss', 'uphold'], errors);
      rejectUnknown(outcome, ['decision', 'reason'], errors);
      requireText(outcome.reason, 'outcome.reason', errors);
      break;
    case DossierTaskType.decision: {
      const decision = requireDecision(outcome, ['approve', 'refuse'], errors);
      rejectUnknown(outcome, ['decision', decision === 'refuse' ? 'reason' : 'note'], errors);
      if (decision === 'refuse') requireText(outcome.reason, 'outcome.reason', errors);
      if (decision === 'approve') requireText(outcome.note, 'outcome.note', errors, true);
      break;
    }
    case DossierTaskType.centralOutcome: {
      const decision = requireDecision(outcome, ['accepted', 'returned'], errors);
      if (decision === 'returned') {
        rejectUnknown(outcome, ['decision', 'reason'], errors);
        requireText(outcome.reason, 'outcome.reason', errors);
      } else if (decision === 'accepted') {
        rejectUnknown(outcome, ['decision', 'decisionNumber', 'decidedOn'], errors);
        requireText(outcome.decisionNumber, 'outcome.decisionNumber', errors);
        if (typeof outcome.decidedOn !== 'string' || !ISO_DATE.test(outcome.decidedOn)) {
          errors.push(
            issue(
              'outcome.decidedOn',
              'isDateString',
              'Ngày quyết định phải có dạng YYYY-MM-DD.',
              'The decision date must be written YYYY-MM-DD.',
            ),
          );
        }
      }
      break;
    }
    default:
      errors.push(
        issue(
          'taskType',
          'known',
          `Loại nhiệm vụ "${type}" không xác định.`,
          `Unknown task type "${type}".`,
        ),
      );
  }
  return errors;
}

function validateReturnItems(items: unknown, errors: FieldError[]): void {
  if (!Array.isArray(items) || items.length === 0 || items.length > 50) {
    errors.push(
      issue(
        'outcome.items',
        'arrayMinSize',
        'Cần nêu ít nhất một nội dung phải bổ sung (tối đa 50).',
        'List at least one item to supplement (at most 50).',
      ),
    );
    return;
  }
  items.forEach((entry: unknown, index) => {
    const field = `outcome.items[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      errors.push(
        issue(field, 'isObject', `${field} phải là một đối tượng.`, `${field} must be an object.`),
      );
      return;
    }
    const record = entry as Record<string, unknown>;
    requireText(record.item, `${field}.item`, errors);
    requireText(record.reason, `${field}.reason`, errors);
  });
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/**
 * Typed outcomes of completed dossier steps. The update validator refused every outcome that
 * `validateTaskOutcome` finds fault with, so these only read; a shape they do not expect is a bug.
 */
export function parseReviewOutcome(outcome: Record<string, unknown>): ReviewOutcome {
  assertValid(DossierTaskType.review, outcome);
  if (outcome.decision === 'accept') return { decision: 'accept', ...optionalNote(outcome) };
  if (outcome.decision === 'reject') return { decision: 'reject', reason: text(outcome.reason) };
  return {
    decision: 'return',
    items: (outcome.items as Record<string, unknown>[]).map((entry) => ({
      item: text(entry.item),
      reason: text(entry.reason),
    })),
    ...(typeof outcome.deadlineWorkingDays === 'number'
      ? { deadlineWorkingDays: outcome.deadlineWorkingDays }
      : {}),
  };
}

export function parseObjectionReviewOutcome(
  outcome: Record<string, unknown>,
): ObjectionReviewOutcome {
  assertValid(DossierTaskType.objectionReview, outcome);
  return {
    decision: outcome.decision === 'uphold' ? 'uphold' : 'dismiss',
    reason: text(outcome.reason),
  };
}

export function parseDecisionOutcome(outcome: Record<string, unknown>): DecisionOutcome {
  assertValid(DossierTaskType.decision, outcome);
  return outcome.decision === 'refuse'
    ? { decision: 'refuse', reason: text(outcome.reason) }
    : { decision: 'approve', ...optionalNote(outcome) };
}

export function parseCentralOutcome(outcome: Record<string, unknown>): CentralOutcome {
  assertValid(DossierTaskType.centralOutcome, outcome);
  return outcome.decision === 'returned'
    ? { decision: 'returned', reason: text(outcome.reason) }
    : {
        decision: 'accepted',
        decisionNumber: text(outcome.decisionNumber),
        decidedOn: text(outcome.decidedOn),
      };
}

function assertValid(type: DossierTaskType, outcome: Record<string, unknown>): void {
  const errors = validateTaskOutcome(type, outcome);
  if (errors.length > 0) {
    throw new TypeError(
      `a ${type} outcome passed its validator but is not valid: ${errors.map((error) => `${error.field} (${error.rule})`).join(', ')}`,
    );
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function optionalNote(outcome: Record<string, unknown>): { note?: string } {
  return typeof outcome.note === 'string' ? { note: outcome.note } : {};
}
