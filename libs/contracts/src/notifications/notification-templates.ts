import type { NotificationRecipient, NotificationRequest } from './notification.types';

/** Template codes the notification service renders, in Vietnamese and English. */
export const NotificationTemplate = {
  planItemReminder: 'plan.item.reminder',
  planItemOverdue: 'plan.item.overdue',
  planQuarterSummary: 'plan.quarter.summary',
  planWindowOpened: 'plan.window.opened',
  planDraftReady: 'plan.draft.ready',
  taskReminder: 'task.reminder',
  taskOverdue: 'task.overdue',
  taskRescheduled: 'task.rescheduled',
  dossierReturned: 'dossier.returned',
  dossierEscalated: 'dossier.escalated',
  dossierAwaitingCouncil: 'dossier.awaiting-council',
  dossierClosed: 'dossier.closed',
  opsStuckThreshold: 'ops.stuck-threshold',
  councilMeetingInvited: 'council.meeting.invited',
  councilMeetingReminder: 'council.meeting.reminder',
  councilMeetingAgenda: 'council.meeting.agenda',
  councilMeetingClosed: 'council.meeting.closed',
  taskOpened: 'task.opened',
  initiativeDecided: 'initiative.decided',
  complaintUpdated: 'complaint.updated',
  awardRevoked: 'award.revoked',
} as const;
export type NotificationTemplate = (typeof NotificationTemplate)[keyof typeof NotificationTemplate];

const TEMPLATES: ReadonlySet<string> = new Set(Object.values(NotificationTemplate));

/** A request arrives as JSON (from a workflow's history): its template is checked before it is trusted. */
export function isNotificationTemplate(code: unknown): code is NotificationTemplate {
  return typeof code === 'string' && TEMPLATES.has(code);
}

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

/** What every dossier notification names: the dossier, the nominee and the award. */
interface DossierParams {
  dossierCode: string;
  nomineeName: string;
  awardName: string;
  awardNameEn: string;
}

interface TaskParams extends DossierParams {
  taskTitle: string;
  taskTitleEn: string;
  dueDate: string;
}

/** What every council meeting notification names. */
interface MeetingParams {
  meetingTitle: string;
  /** ISO instant the meeting opens. */
  scheduledAt: string;
  location: string;
  agendaSize: number;
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
  'task.reminder': TaskParams & { workingDaysLeft: number };
  'task.overdue': TaskParams;
  /** A published holiday schedule moved the task's deadline from `previousDueDate` to `dueDate`. */
  'task.rescheduled': TaskParams & { previousDueDate: string; document: string };
  /** A task is in the inbox: a dossier to review (again, once supplemented), a decision to sign. */
  'task.opened': TaskParams & {
    /** Why it comes now, e.g. "Đơn vị đã bổ sung hồ sơ theo yêu cầu."; empty when it is simply new. */
    note: string;
    noteEn: string;
  };
  'dossier.returned': DossierParams & { dueDate: string; items: string };
  'dossier.escalated': DossierParams & { level: string };
  'dossier.awaiting-council': DossierParams & { council: string };
  'dossier.closed': DossierParams & {
    stage: string;
    reason: string | null;
    decisionNumber: string | null;
  };
  'ops.stuck-threshold': {
    /** A stuck reason code, e.g. activity-retrying. */
    reason: string;
    reasonName: string;
    reasonNameEn: string;
    count: number;
    threshold: number;
  };
  'council.meeting.invited': MeetingParams;
  'council.meeting.reminder': MeetingParams & { workingDaysLeft: number };
  /** The meeting opened: the agenda as it stands, each dossier by code, nominee and award. */
  'council.meeting.agenda': MeetingParams & { agenda: string };
  /** The meeting closed: how each dossier fared, and the minutes to read. */
  'council.meeting.closed': MeetingParams & {
    passed: number;
    failed: number;
    /** Without a quorum nothing was voted: the dossiers wait for another meeting. */
    deferred: number;
    /** Each dossier and how it fared, in Vietnamese and English. */
    results: string;
    resultsEn: string;
  };
  /** A step of a complaint, told to the complainant: received, accepted, not accepted, settled. */
  'complaint.updated': {
    complaintLabel: string;
    status: string;
    /** The due date of the next step, or the last day for a second complaint after a settlement. */
    dueDate: string | null;
    reasons: string | null;
  };
  /** An award revoked (Law 06/2022 Art. 93), told to the proposing unit and the nominee. */
  'award.revoked': {
    revocationNumber: string;
    decisionNumber: string;
    nomineeName: string;
    awardName: string;
    ground: string;
    bonusToRecoverVnd: number;
  };
  'initiative.decided': {
    initiativeTitle: string;
    recognized: boolean;
    scope: string | null;
    reasons: string | null;
  };
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
