import { isIsoDate, yearOf } from '../calendar/iso-date';
import { fieldIssue, type DomainFieldIssue } from '../shared/errors';
import {
  PLAN_ITEM_KINDS,
  QUARTERS,
  quarterOf,
  type PlanItemKind,
  type Quarter,
} from './plan-model';

const text = (vi: string, en: string) => ({ vi, en });

/** Years a plan may be written for. */
export const PLAN_MIN_YEAR = 2000;
export const PLAN_MAX_YEAR = 2100;
/** Stable item ids such as `q2-june-11-anniversary`: they appear in links, keys and carried-over drafts. */
export const PLAN_ITEM_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const PLAN_TEXT_MAX_LENGTH = 2000;
export const MAX_REMINDER_OFFSETS = 5;
export const MAX_REMINDER_OFFSET_WORKING_DAYS = 60;

/** Problems with a plan year. */
export function planYearIssues(value: unknown, field: string): DomainFieldIssue[] {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return [fieldIssue(field, 'integer', text('phải là số nguyên', 'must be an integer'))];
  }
  if (value < PLAN_MIN_YEAR || value > PLAN_MAX_YEAR) {
    return [
      fieldIssue(
        field,
        'year-range',
        text(
          `phải trong khoảng ${PLAN_MIN_YEAR}–${PLAN_MAX_YEAR}`,
          `must be within ${PLAN_MIN_YEAR}–${PLAN_MAX_YEAR}`,
        ),
      ),
    ];
  }
  return [];
}

/** Problems with an item id. */
export function planItemKeyIssues(value: unknown, field: string): DomainFieldIssue[] {
  if (typeof value === 'string' && PLAN_ITEM_KEY.test(value)) return [];
  return [
    fieldIssue(
      field,
      'item-key',
      text(
        'phải gồm 1–64 chữ thường không dấu, số hoặc dấu gạch ngang (vd. q2-june-11-anniversary)',
        'must be 1–64 lowercase letters, digits or dashes (e.g. q2-june-11-anniversary)',
      ),
    ),
  ];
}

/** Problems with a quarter number. */
export function quarterIssues(value: unknown, field: string): DomainFieldIssue[] {
  if ((QUARTERS as readonly unknown[]).includes(value)) return [];
  return [
    fieldIssue(
      field,
      'quarter',
      text('phải là quý 1, 2, 3 hoặc 4', 'must be quarter 1, 2, 3 or 4'),
    ),
  ];
}

/** Problems with an item kind. */
export function planItemKindIssues(value: unknown, field: string): DomainFieldIssue[] {
  if ((PLAN_ITEM_KINDS as readonly unknown[]).includes(value)) return [];
  return [
    fieldIssue(
      field,
      'item-kind',
      text(
        `phải là một trong: ${PLAN_ITEM_KINDS.join(', ')}`,
        `must be one of: ${PLAN_ITEM_KINDS.join(', ')}`,
      ),
    ),
  ];
}

/** Problems with a non-empty text of bounded length. */
export function requiredTextIssues(
  value: unknown,
  field: string,
  maxLength = PLAN_TEXT_MAX_LENGTH,
): DomainFieldIssue[] {
  if (typeof value !== 'string' || value.trim() === '') {
    return [fieldIssue(field, 'required', text('không được để trống', 'must not be empty'))];
  }
  if (value.length > maxLength) {
    return [
      fieldIssue(
        field,
        'max-length',
        text(`không được quá ${maxLength} ký tự`, `must be at most ${maxLength} characters`),
      ),
    ];
  }
  return [];
}

/** Problems with an explicit due date: a real date inside the item's quarter of the plan year. */
export function dueInQuarterIssues(
  value: unknown,
  year: number,
  quarter: Quarter,
  field: string,
): DomainFieldIssue[] {
  if (!isIsoDate(value)) {
    return [
      fieldIssue(
        field,
        'iso-date',
        text('phải là ngày hợp lệ dạng YYYY-MM-DD', 'must be a valid date written YYYY-MM-DD'),
      ),
    ];
  }
  if (yearOf(value) !== year || quarterOf(value) !== quarter) {
    return [
      fieldIssue(
        field,
        'due-in-quarter',
        text(`phải thuộc quý ${quarter} năm ${year}`, `must fall in quarter ${quarter} of ${year}`),
      ),
    ];
  }
  return [];
}

/** Problems with reminder offsets: 1–5 distinct whole numbers of working days, each 1–60. */
export function reminderOffsetsIssues(value: unknown, field: string): DomainFieldIssue[] {
  const valid =
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= MAX_REMINDER_OFFSETS &&
    new Set(value).size === value.length &&
    value.every(
      (n) =>
        typeof n === 'number' &&
        Number.isInteger(n) &&
        n >= 1 &&
        n <= MAX_REMINDER_OFFSET_WORKING_DAYS,
    );
  if (valid) return [];
  return [
    fieldIssue(
      field,
      'reminder-offsets',
      text(
        `phải là 1–${MAX_REMINDER_OFFSETS} số ngày làm việc khác nhau, mỗi số từ 1 đến ${MAX_REMINDER_OFFSET_WORKING_DAYS}`,
        `must be 1–${MAX_REMINDER_OFFSETS} distinct numbers of working days, each 1–${MAX_REMINDER_OFFSET_WORKING_DAYS}`,
      ),
    ),
  ];
}

/** Participants are only meaningful for items that open a window. */
export function participantsIssues(
  kind: PlanItemKind,
  participants: readonly unknown[] | null,
  field: string,
): DomainFieldIssue[] {
  if (participants === null || kind === 'dossier-batch' || kind === 'registration') return [];
  return [
    fieldIssue(
      field,
      'participants-need-window',
      text(
        'chỉ dùng cho nhiệm vụ loại dossier-batch hoặc registration',
        'applies only to items of kind dossier-batch or registration',
      ),
    ),
  ];
}

/** Reminder offsets in the order reminders go out: furthest from the due date first. */
export function normalizeReminderOffsets(offsets: readonly number[]): number[] {
  return [...new Set(offsets)].sort((a, b) => b - a);
}
