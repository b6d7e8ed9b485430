import {
  NotificationTemplate,
  notificationRequest,
  PlanRole,
  type AnnualPlanWorkflowInput,
  type NotificationRequest,
  type QuarterSummary,
} from '@tdkt/contracts';
import type { PlanItemState, PlanNotice } from './plan-item-state';

/*
 * The notifications a plan sends. Idempotency keys name the plan, the item and the due date, so a
 * retried activity, a replay or a restarted workflow never notifies twice for the same event, while
 * a moved item gets fresh reminders for its new date.
 */

function planParams(input: AnnualPlanWorkflowInput) {
  return { planId: input.planId, planNumber: input.number ?? '', year: input.year };
}

function itemParams(input: AnnualPlanWorkflowInput, state: PlanItemState) {
  return {
    ...planParams(input),
    itemKey: state.item.key,
    itemTitleVi: state.item.text.vi,
    itemTitleEn: state.item.text.en,
    ownerName: state.item.ownerName,
    dueOn: state.item.dueOn,
  };
}

const itemLink = (input: AnnualPlanWorkflowInput, state: PlanItemState) =>
  `/plans/${input.planId}/items/${state.item.key}`;

/** A reminder goes to the officers of the owner unit; an overdue notice to its head and the standing body. */
export function itemNoticeRequest(
  input: AnnualPlanWorkflowInput,
  state: PlanItemState,
  notice: PlanNotice,
): NotificationRequest {
  const idempotencyKey = `plan:${input.planId}:item:${state.item.key}:${notice.id}`;
  if (notice.kind === 'reminder') {
    return notificationRequest({
      idempotencyKey,
      template: NotificationTemplate.planItemReminder,
      recipients: [{ role: PlanRole.officer, unitId: state.item.ownerUnitId }],
      params: { ...itemParams(input, state), workingDaysLeft: notice.workingDaysBefore },
      link: itemLink(input, state),
    });
  }
  return notificationRequest({
    idempotencyKey,
    template: NotificationTemplate.planItemOverdue,
    recipients: [
      { role: PlanRole.head, unitId: state.item.ownerUnitId },
      { role: PlanRole.reviewer, unitId: input.standingBodyUnitId },
    ],
    params: itemParams(input, state),
    link: itemLink(input, state),
  });
}

/** Tells the participants' officers that a window opened and a task waits for them. */
export function windowOpenedRequest(
  input: AnnualPlanWorkflowInput,
  state: PlanItemState,
): NotificationRequest {
  return notificationRequest({
    idempotencyKey: `plan:${input.planId}:item:${state.item.key}:window-opened`,
    template: NotificationTemplate.planWindowOpened,
    recipients: state.item.participantUnitIds.map((unitId) => ({ role: PlanRole.officer, unitId })),
    params: {
      ...itemParams(input, state),
      window: state.item.kind === 'registration' ? 'emulation-registration' : 'dossier-collection',
    },
    link: itemLink(input, state),
  });
}

/** A quarter summary goes to the standing body, the issuer's head and the heads of the owners. */
export function quarterSummaryRequest(
  input: AnnualPlanWorkflowInput,
  summary: QuarterSummary,
): NotificationRequest {
  return notificationRequest({
    idempotencyKey: `plan:${input.planId}:quarter:${summary.quarter}:summary`,
    template: NotificationTemplate.planQuarterSummary,
    recipients: [
      { role: PlanRole.reviewer, unitId: input.standingBodyUnitId },
      { role: PlanRole.head, unitId: input.issuerUnitId },
      ...summary.owners.map((owner) => ({ role: PlanRole.head, unitId: owner.ownerUnitId })),
    ],
    params: {
      ...planParams(input),
      quarter: summary.quarter,
      total: summary.totals.total,
      onTime: summary.totals.onTime,
      late: summary.totals.late,
      open: summary.totals.open,
    },
    link: `/plans/${input.planId}/summaries/${summary.quarter}`,
  });
}

/** Tells the standing body that next year's draft is ready to edit. */
export function draftReadyRequest(
  input: AnnualPlanWorkflowInput,
  draftPlanId: string,
  items: number,
): NotificationRequest {
  return notificationRequest({
    idempotencyKey: `plan:${input.planId}:draft`,
    template: NotificationTemplate.planDraftReady,
    recipients: [{ role: PlanRole.reviewer, unitId: input.standingBodyUnitId }],
    params: { ...planParams(input), draftPlanId, nextYear: input.year + 1, items },
    link: `/plans/${draftPlanId}`,
  });
}
