import type {
  CloseTaskCommand,
  LocalizedText,
  OpenTaskCommand,
  TaskCandidates,
  TaskCompletion,
  TaskSubject,
  TaskType,
} from '@tdkt/contracts';

/** What a workflow declares to put a task in someone's inbox. */
export interface HumanTask {
  /** Unique within the workflow, e.g. `review:district#2`. */
  taskKey: string;
  type: TaskType;
  title: LocalizedText;
  subject: TaskSubject;
  candidates: TaskCandidates;
  /** The deadline, if the step has one. */
  dueAt: string | null;
  details?: Record<string, unknown>;
}

/** Where a workflow's tasks are written: the inbox activities, or a batch of read-model writes. */
export interface TaskInbox {
  openTask(command: OpenTaskCommand): Promise<unknown>;
  /** Undefined where the close is queued for the next batched write (nothing to await). */
  closeTask(command: CloseTaskCommand): Promise<void> | undefined;
  rescheduleTask(command: {
    workflowId: string;
    taskKey: string;
    dueAt: string | null;
    details?: Record<string, unknown>;
  }): Promise<void>;
}

export function openTaskCommand(workflowId: string, task: HumanTask): OpenTaskCommand {
  return { workflowId, ...task };
}

/** How a step ended, as the inbox keeps it. */
export type StepEnd =
  | { kind: 'completed'; completion: TaskCompletion }
  | { kind: 'expired' }
  | { kind: 'superseded' }
  | { kind: 'cancelled'; outcome?: Record<string, unknown> };

/** Closing a task: completed by its holder, or ended by the workflow (deadline, superseded, cancelled). */
export function closeTaskCommand(
  workflowId: string,
  taskKey: string,
  end: StepEnd,
): CloseTaskCommand {
  switch (end.kind) {
    case 'completed':
      return {
        workflowId,
        taskKey,
        status: 'COMPLETED',
        closedBy: end.completion.actor.userId,
        outcome: end.completion.outcome,
      };
    case 'expired':
      return {
        workflowId,
        taskKey,
        status: 'CANCELLED',
        closedBy: null,
        outcome: { expired: true },
      };
    case 'superseded':
      return {
        workflowId,
        taskKey,
        status: 'COMPLETED',
        closedBy: null,
        outcome: { superseded: true },
      };
    case 'cancelled':
      return {
        workflowId,
        taskKey,
        status: 'CANCELLED',
        closedBy: null,
        ...(end.outcome === undefined ? {} : { outcome: end.outcome }),
      };
  }
}
