import type { HeldWork, OperatedDossier, TaskHolder } from '@tdkt/contracts';

/** An activity Temporal has scheduled and not seen finish, from `describe`. */
export interface PendingActivityFact {
  activityId: string;
  activityType: string;
  attempt: number;
  maximumAttempts: number;
  lastFailure: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  /** When the first attempt was scheduled (not the current one's schedule time, which retries move). */
  scheduledAt: Date | null;
}

/** The workflow task Temporal is waiting on, from `describe`, with the last failure the history records. */
export interface PendingWorkflowTaskFact {
  attempt: number;
  originalScheduledAt: Date | null;
  /** The latest WorkflowTaskFailed or TimedOut since the last completed workflow task, if fetched. */
  lastProblem: { cause: string; message: string | null; at: Date | null } | null;
}

/** An open inbox task of the workflow, from the read model. */
export interface OpenTaskFact {
  taskId: string;
  taskKey: string;
  taskType: string;
  dueAt: Date | null;
  heldBy: TaskHolder;
}

/** A workflow the dossier waits for (a council meeting it was scheduled at, an initiative it relies on). */
export interface AwaitedWorkflowFact {
  awaited: 'council-meeting' | 'initiative';
  id: string;
  workflowId: string;
  /** RUNNING, COMPLETED, ..., or NOT_FOUND when Temporal does not know it (any more). */
  status: string;
  closedAt: Date | null;
}

/** Everything the detectors look at for one running workflow. */
export interface WorkflowFacts {
  workflowId: string;
  runId: string;
  workflowType: string;
  startedAt: Date;
  dossier: OperatedDossier | null;
  pendingActivities: PendingActivityFact[];
  pendingWorkflowTask: PendingWorkflowTaskFact | null;
  /** Work the workflow holds for an administrator (its memo), from `describe`. */
  heldWork: HeldWork[];
  openTasks: OpenTaskFact[];
  awaited: AwaitedWorkflowFact[];
  /** When the workflow last did something a person would call progress (its last event). */
  lastProgressAt: Date | null;
  /** Timers started and not yet fired or cancelled; null when the history was not read. */
  pendingTimers: number | null;
}
