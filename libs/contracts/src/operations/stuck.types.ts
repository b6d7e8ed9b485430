import type { Role } from '../identity/roles';
import type { LocalizedText } from '../localized-text';

/**
 * Why a workflow is stuck, as operators name it (`tdkt stuck list --reason activity-retrying`). Stable
 * codes: the API, the CLI, metrics labels and alert thresholds all use them.
 */
export const StuckReason = {
  /** A human task is overdue by more than its task type's allowance of working days. */
  taskOverdue: 'task-overdue',
  /** An activity keeps failing and Temporal keeps retrying it (e.g. PostgreSQL unreachable). */
  activityRetrying: 'activity-retrying',
  /** The workflow code itself fails on this history (e.g. a non-deterministic change deployed). */
  workflowTaskFailing: 'workflow-task-failing',
  /** Nothing has happened for longer than expected, and nothing legitimate is being waited for. */
  noProgress: 'no-progress',
  /** Waiting for a council meeting or an initiative whose workflow has already closed. */
  awaitedWorkflowClosed: 'awaited-workflow-closed',
  /** An activity failed on its input; the workflow holds that work until an administrator retries it. */
  heldForAdministrator: 'held-for-administrator',
} as const;
export type StuckReason = (typeof StuckReason)[keyof typeof StuckReason];

/** Every reason, in the order operators see them. */
export const STUCK_REASONS: readonly StuckReason[] = Object.values(StuckReason);

/** What each reason is called on screen. */
export const STUCK_REASON_NAMES: Record<StuckReason, LocalizedText> = {
  'task-overdue': { vi: 'Nhiệm vụ quá hạn', en: 'task overdue' },
  'activity-retrying': { vi: 'Hoạt động đang thử lại', en: 'activity retrying' },
  'workflow-task-failing': { vi: 'Mã quy trình lỗi', en: 'workflow task failing' },
  'no-progress': { vi: 'Không tiến triển', en: 'no progress' },
  'awaited-workflow-closed': {
    vi: 'Chờ quy trình đã kết thúc',
    en: 'waiting on a closed workflow',
  },
  'held-for-administrator': {
    vi: 'Tạm dừng chờ quản trị viên',
    en: 'held for an administrator',
  },
};

/** Who holds an open task: the person it is assigned to, or everyone with a role on a unit. */
export type TaskHolder =
  | { kind: 'person'; userId: string; name: string }
  | { kind: 'role'; role: Role; unitId: string; unitName: string; people: string[] };

export interface TaskOverdueEvidence {
  taskId: string;
  taskKey: string;
  taskType: string;
  dueAt: string;
  workingDaysOverdue: number;
  allowedWorkingDays: number;
  heldBy: TaskHolder;
}

export interface ActivityRetryingEvidence {
  activityId: string;
  activityType: string;
  attempt: number;
  /** 0 means unlimited. */
  maximumAttempts: number;
  lastFailure: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
}

export interface WorkflowTaskFailingEvidence {
  attempt: number;
  /** e.g. NON_DETERMINISTIC_ERROR, or TIMED_OUT when the workflow task never answered. */
  cause: string;
  message: string | null;
  failingSince: string | null;
}

export interface NoProgressEvidence {
  lastEventAt: string;
  idleSeconds: number;
  allowedSeconds: number;
}

export interface AwaitedWorkflowClosedEvidence {
  awaited: 'council-meeting' | 'initiative';
  /** The meeting's or the initiative's own id. */
  id: string;
  workflowId: string;
  /** COMPLETED, FAILED, CANCELLED, TERMINATED, TIMED_OUT, CONTINUED_AS_NEW. */
  status: string;
  closedAt: string | null;
}

export interface HeldForAdministratorEvidence {
  activityType: string;
  /** An error code (e.g. DOCUMENT_TEXT_NOT_RENDERABLE) or INPUT_REJECTED_BY_DATABASE. */
  failureType: string;
  /** The failure's own message, e.g. PostgreSQL's. */
  message: string;
  heldSince: string;
}

/** One reason a workflow is stuck, with the evidence an operator acts on. */
export type StuckFinding = {
  /** Since when the condition holds, as far as can be told. */
  since: string | null;
  summary: LocalizedText;
} & (
  | { reason: 'task-overdue'; evidence: TaskOverdueEvidence }
  | { reason: 'activity-retrying'; evidence: ActivityRetryingEvidence }
  | { reason: 'workflow-task-failing'; evidence: WorkflowTaskFailingEvidence }
  | { reason: 'no-progress'; evidence: NoProgressEvidence }
  | { reason: 'awaited-workflow-closed'; evidence: AwaitedWorkflowClosedEvidence }
  | { reason: 'held-for-administrator'; evidence: HeldForAdministratorEvidence }
);

/** Which workflows an operator looks at; every field narrows the selection. */
export interface StuckFilter {
  workflowType?: string;
  stage?: string;
  /** The proposing unit, with its subtree. */
  unitId?: string;
  awardCode?: string;
  year?: number;
  reason?: StuckReason;
  /** Only findings that have held at least this many seconds. */
  minAgeSeconds?: number;
}

/** The dossier behind a workflow, as far as an operator needs it (never the nomination's content). */
export interface OperatedDossier {
  id: string;
  code: string;
  stage: string;
  proposingUnitId: string;
  unitName: string;
  awardCode: string;
  year: number;
}

/**
 * What a workflow other than a dossier's is about, named as people know it (a council meeting's
 * title, an initiative's, a plan's number), so that operators never read a bare id.
 */
export interface OperatedSubject {
  kind: 'council-meeting' | 'initiative' | 'plan' | 'decision';
  label: string;
  unitName: string;
}

/** A stuck workflow in the operator's list. */
export interface StuckWorkflow {
  workflowId: string;
  runId: string;
  workflowType: string;
  startedAt: string;
  dossier: OperatedDossier | null;
  /** For a workflow that is not a dossier's: what it is about. */
  subject: OperatedSubject | null;
  reasons: StuckReason[];
  findings: StuckFinding[];
  temporalUiUrl: string | null;
}

/** Stuck workflows per reason; a workflow stuck for two reasons counts under both. */
export type StuckCounts = Record<StuckReason, number>;

/** The answer of a stuck scan: what matched, how many per reason, and how many running workflows were looked at. */
export interface StuckReport {
  items: StuckWorkflow[];
  counts: StuckCounts;
  scanned: number;
  scannedAt: string;
}

/**
 * One page of the stuck list: the stuck workflows among one page of the running workflows the filter
 * selects (`scanned` of them), their counts, and the token of the next page (null after the last).
 */
export interface StuckPage extends StuckReport {
  nextPageToken: string | null;
}
