import { ApplicationFailure } from '@temporalio/workflow';
import type { ErrorCode, FieldError, PlanItemChange } from '@tdkt/contracts';
import {
  dueInQuarterIssues,
  fieldIssue,
  opensWindow,
  planItemKeyIssues,
  planItemKindIssues,
  quarterIssues,
  type Quarter,
} from '@tdkt/domain';
import type { PlanItemState } from './plan-item-state';

/** What the rules need to know about the running plan. */
export interface PlanChangeContext {
  year: number;
  today: string;
  items: ReadonlyMap<string, PlanItemState>;
  summarizedQuarters: ReadonlySet<Quarter>;
}

/**
 * Rejects an update before anything is recorded. The failure's type is an API error code and its
 * first detail the offending fields, so the API answers exactly as for its own validation.
 */
function reject(code: ErrorCode, errors: FieldError[]): never {
  throw ApplicationFailure.create({
    type: code,
    message: `${code}: ${errors.map((e) => `${e.field} (${e.rule})`).join(', ')}`,
    details: [errors],
    nonRetryable: true,
  });
}

function itemIssues(context: PlanChangeContext, change: PlanItemChange): FieldError[] {
  const { item } = change;
  const issues: FieldError[] = [
    ...quarterIssues(item.quarter, 'quarter'),
    ...planItemKindIssues(item.kind, 'kind'),
  ];
  if (issues.length > 0) return issues;
  issues.push(...dueInQuarterIssues(item.dueOn, context.year, item.quarter, 'dueOn'));
  if (context.summarizedQuarters.has(item.quarter)) {
    issues.push(
      fieldIssue('quarter', 'quarter-summarized', {
        vi: `quý ${item.quarter} đã được tổng kết`,
        en: `quarter ${item.quarter} has already been summarised`,
      }),
    );
  }
  return issues;
}

function notInPast(context: PlanChangeContext, dueOn: string): FieldError[] {
  if (dueOn >= context.today) return [];
  return [
    fieldIssue('dueOn', 'due-not-past', {
      vi: `không được trước ngày hôm nay (${context.today})`,
      en: `must not be before today (${context.today})`,
    }),
  ];
}

/** Throws unless `change` may add a new item. */
export function assertAddable(context: PlanChangeContext, change: PlanItemChange): void {
  const issues = [...planItemKeyIssues(change.item.key, 'key'), ...itemIssues(context, change)];
  if (context.items.has(change.item.key)) {
    issues.push(
      fieldIssue('key', 'unique-item-key', {
        vi: `kế hoạch đã có nhiệm vụ "${change.item.key}"`,
        en: `the plan already has an item "${change.item.key}"`,
      }),
    );
  }
  if (issues.length === 0) issues.push(...notInPast(context, change.item.dueOn));
  if (issues.length > 0) reject('VALIDATION_FAILED', issues);
}

/** Throws unless `change` may revise the open item it names. */
export function assertRevisable(context: PlanChangeContext, change: PlanItemChange): void {
  const current = context.items.get(change.item.key);
  if (current === undefined) {
    reject('PLAN_ITEM_NOT_FOUND', [
      fieldIssue('key', 'exists', { vi: 'không có nhiệm vụ này', en: 'there is no such item' }),
    ]);
  }
  if (current.completion !== null) {
    reject('PLAN_ITEM_COMPLETED', [
      fieldIssue('key', 'open-item', {
        vi: 'nhiệm vụ đã hoàn thành',
        en: 'the item is already completed',
      }),
    ]);
  }
  const issues = itemIssues(context, change);
  if (issues.length === 0 && change.item.dueOn !== current.item.dueOn) {
    issues.push(...notInPast(context, change.item.dueOn));
  }
  const windowStarted = current.window !== null && current.window.status !== 'PENDING';
  if (windowStarted && opensWindow(change.item.kind) !== opensWindow(current.item.kind)) {
    issues.push(windowLocked('kind'));
  }
  const sameParticipants =
    change.item.participantUnitIds.length === current.item.participantUnitIds.length &&
    change.item.participantUnitIds.every((id) => current.item.participantUnitIds.includes(id));
  if (windowStarted && !sameParticipants) issues.push(windowLocked('participantUnitIds'));
  if (issues.length > 0) reject('VALIDATION_FAILED', issues);
}

function windowLocked(field: string): FieldError {
  return fieldIssue(field, 'window-started', {
    vi: 'không đổi được khi đợt tiếp nhận đã mở',
    en: 'cannot change once the window has opened',
  });
}
