import type { NotificationRecipient, NotificationRequest } from './notification.types';

/** Template codes the notification service renders, in Vietnamese and English. */
export const NotificationTemplate = {
  planItemReminder: 'plan.item.reminder',
  planItemOverdue: 'plan.item.overdue',
  planQuarterSummary: 'plan.quarter.summary',
  planWindowOpened: 'plan.window.opened',
  planDraftReady: 'plan.draft.ready',
} as const;
export type NotificationTemplate = (typeof NotificationTemplate)[keyof typeof NotificationTemplate];

interface PlanParams {
  planId: string;
  /** e.g. "11/KH-UBND"; empty for a draft without a number yet. */
  planNumber: string;
  year: number;
}

interface PlanItemParams extends PlanParams {
  itemKey: string;
  itemTitleVi: string;
  itemTitleEn: string;
  ownerName: string;
  dueOn: string;
}

/** The values each template fills in. */
export interface NotificationTemplateParams {
  'plan.item.reminder': PlanItemParams & { workingDaysLeft: number };
  'plan.item.overdue': PlanItemParams;
  'plan.quarter.summary': PlanParams & {
    quarter: number;
    total: number;
    onTime: number;
    late: number;
    open: number;
  };
  'plan.window.opened': PlanItemParams & {
    window: 'dossier-collection' | 'emulation-registration';
  };
  'plan.draft.ready': PlanParams & { draftPlanId: string; nextYear: number; items: number };
}

/** Builds a request whose params match its template, so producers cannot drift from the templates. */
export function notificationRequest<T extends NotificationTemplate>(request: {
  idempotencyKey: string;
  template: T;
  recipients: NotificationRecipient[];
  params: NotificationTemplateParams[T];
  link?: string;
}): NotificationRequest {
  return { ...request, params: { ...request.params } };
}
