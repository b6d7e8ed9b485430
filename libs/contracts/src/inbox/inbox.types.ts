import type { Role } from '../identity/roles';
import type { ComplaintTaskType } from '../complaint/complaint.types';
import type { ClusterTaskType } from '../cluster/cluster.types';
import type { CouncilTaskType } from '../council/council.types';
import type { DossierTaskType } from '../dossier/dossier.tasks';
import type { InitiativeTaskType } from '../initiative/initiative.types';
import type { LocalizedText } from '../localized-text';
import type { PlanTaskType } from '../plan/plan.types';

/** Where a task stands in the inbox. */
export const TaskStatus = {
  OPEN: 'OPEN',
  CLAIMED: 'CLAIMED',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
} as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

/** Who may take a task: one person, or anyone holding a role on a unit (and its subtree's ancestors' grants). */
export type TaskCandidates = { userId: string } | { role: Role; unitId: string };

/** Every kind of human step a workflow opens; decides which outcomes are valid. */
export type TaskType =
  | DossierTaskType
  | InitiativeTaskType
  | CouncilTaskType
  | PlanTaskType
  | ComplaintTaskType
  | ClusterTaskType;

/** What a task can be about; stored in `tasks.subject_type`. */
export const TaskSubjectType = {
  dossier: 'dossier',
  initiative: 'initiative',
  councilMeeting: 'council-meeting',
  planItem: 'plan-item',
  complaint: 'complaint',
  clusterYear: 'cluster-year',
} as const;
export type TaskSubjectType = (typeof TaskSubjectType)[keyof typeof TaskSubjectType];

/** What a task is about, for display and for scope checks. */
export interface TaskSubject {
  type: TaskSubjectType;
  id: string;
  /** e.g. the dossier code and nominee, shown in the inbox. */
  label: string;
  /** The unit whose data the task touches; reads of the task are scoped by it. */
  unitId: string;
}

/**
 * A human step that a workflow waits for. Opening is idempotent by (workflowId, taskKey): a retried
 * activity never creates a second task.
 */
export interface OpenTaskCommand {
  workflowId: string;
  /** Unique within the workflow, e.g. `unit-review#2`. */
  taskKey: string;
  /** Task type code, e.g. `dossier.review`; decides which outcomes are valid. */
  type: TaskType;
  title: LocalizedText;
  subject: TaskSubject;
  candidates: TaskCandidates;
  /** ISO timestamp of the deadline, if the step has one. */
  dueAt: string | null;
  /** Extra facts to show with the task (e.g. return reasons). */
  details?: Record<string, unknown>;
}

export interface CloseTaskCommand {
  workflowId: string;
  taskKey: string;
  status: typeof TaskStatus.COMPLETED | typeof TaskStatus.CANCELLED;
  /** Who completed it (null when the workflow cancelled it, e.g. on a deadline). */
  closedBy: string | null;
  outcome?: Record<string, unknown>;
}

/** Activities that keep the inbox (the `tasks` read model) in step with workflows. */
export interface InboxActivities {
  openTask(command: OpenTaskCommand): Promise<{ taskId: string }>;
  closeTask(command: CloseTaskCommand): Promise<void>;
  /** Moves a task's deadline (e.g. after a council rescheduled), keeping it open. */
  rescheduleTask(command: {
    workflowId: string;
    taskKey: string;
    dueAt: string | null;
    /** Merged into the task's details (e.g. the new `dueDate` and whether it is provisional). */
    details?: Record<string, unknown>;
  }): Promise<void>;
}
