import type { LocalizedText } from '../localized-text';
import type {
  ActivityRetryingEvidence,
  OperatedDossier,
  OperatedSubject,
  StuckFinding,
  TaskHolder,
} from './stuck.types';

/** Everything an operator sees about one workflow: where it is, what it waits for, why it is stuck. */
export interface WorkflowInspection {
  workflowId: string;
  runId: string;
  workflowType: string;
  /** RUNNING, COMPLETED, FAILED, CANCELLED, TERMINATED, CONTINUED_AS_NEW, TIMED_OUT. */
  status: string;
  startedAt: string;
  closedAt: string | null;
  taskQueue: string;
  historyLength: number;
  dossier: OperatedDossier | null;
  /** For a workflow that is not a dossier's: what it is about. */
  subject: OperatedSubject | null;
  /** The dossier's timeline without its content: event types, stages, levels, who, when. */
  timeline: {
    seq: number;
    type: string;
    stage: string;
    level: string | null;
    actorId: string | null;
    actorName: string | null;
    at: string;
  }[];
  pendingActivities: (ActivityRetryingEvidence & { scheduledAt: string | null })[];
  pendingWorkflowTask: { attempt: number; failingSince: string | null } | null;
  timers: { timerId: string; firesAt: string | null }[];
  openTasks: {
    taskId: string;
    taskKey: string;
    taskType: string;
    dueAt: string | null;
    heldBy: TaskHolder;
  }[];
  awaited: {
    awaited: string;
    id: string;
    workflowId: string;
    status: string;
    closedAt: string | null;
  }[];
  findings: StuckFinding[];
  /**
   * WorkflowTaskCompleted events a reset may go back to, oldest first, each named after what the
   * workflow had just done (the last timeline entry before it), e.g. "after «Thẩm định đạt»".
   */
  resetPoints: { eventId: number; at: string | null; label: LocalizedText }[];
  temporalUiUrl: string | null;
}
