import type {
  CalendarChange,
  NotificationRecipient,
  NotificationTemplate,
  StepSchedule,
} from '@tdkt/contracts';
import type { OpenStep, OpenSteps } from './open-steps';
import type { HumanTask, TaskInbox } from './task';

/** What a step's timers and calendar did, for the subject's own timeline. */
export type StepEvent =
  | { type: 'task.reminded'; taskKey: string; workingDaysLeft: number }
  | { type: 'task.overdue'; taskKey: string; dueDate: string }
  | {
      type: 'task.rescheduled';
      taskKey: string;
      previous: StepSchedule;
      next: StepSchedule;
      change: CalendarChange;
    };

/**
 * The workflow a human step runs in: where its tasks are written, how it tells people and records
 * what happened, and which holiday publication it last heard of.
 */
export interface HumanStepHost<Step extends OpenStep = OpenStep> {
  readonly workflowId: string;
  readonly steps: OpenSteps<Step>;
  readonly inbox: TaskInbox;
  /** Tells people once: the key makes a retried delivery a no-op. */
  notify(
    key: string,
    recipients: NotificationRecipient[],
    template: NotificationTemplate,
    params: Record<string, string | number | boolean | null>,
  ): Promise<unknown>;
  /** Records a reminder, an overdue notice or a moved deadline in the subject's timeline, if it keeps one. */
  recordStepEvent?(event: StepEvent): Promise<void>;
  /**
   * Writes what waits for the read model, where the workflow batches its writes; null where each write
   * is an activity of its own (no extra await then: older histories replay command for command).
   */
  readonly flushWrites: (() => Promise<void>) | null;
  /** The open step as the workflow keeps it (its own fields beside the task's). */
  openStepOf(task: HumanTask): Step;
  /** The task is in the inbox: updates whose steps led here may answer. */
  taskOpened?(taskKey: string): void;
  /** The step took its completion; the next recorded event settles it. */
  completionTaken?(taskKey: string): void;
  /**
   * The latest holiday publication this workflow was told of; open steps move their deadlines. Absent
   * where the workflow does not follow publications (its steps keep the deadline they opened with).
   */
  latestCalendarChange?(): CalendarChange | null;
}
