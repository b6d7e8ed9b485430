import { CancellationScope, condition, patched } from '@temporalio/workflow';
import type {
  LocalizedText,
  NotificationRecipient,
  StepSchedule,
  TaskCompletion,
} from '@tdkt/contracts';
import type { ScheduledStep } from './deadline';
import type { HumanStepHost } from './host';
import type { OpenStep } from './open-steps';
import { moveDeadline, revisionSeenAtOpening } from './reschedule';
import { type StepProgress, startTimers } from './reminders';
import { closeTaskCommand, type HumanTask, openTaskCommand, type StepEnd } from './task';

/** Candidates are told when a task opens (a dossier to review, a decision to sign), not only by reminders. */
export const ANNOUNCE_OPENED_TASKS = 'announce-opened-tasks';

export interface HumanStepSpec {
  task: HumanTask;
  /**
   * The deadline with its reminders and overdue instant; null for a step without one (it waits as
   * long as it takes). With `recompute`, it follows holiday schedules published while it is open.
   */
  schedule: StepSchedule | ScheduledStep | null;
  /**
   * `escalate` (the default): after the deadline, tell the heads and keep waiting. `expire`: the
   * deadline ends the step.
   */
  onDeadline?: 'escalate' | 'expire';
  /** Who hears about an overdue step besides its candidates (e.g. the unit's head). */
  overdueRecipients?: NotificationRecipient[];
  /** Ends the step early when it becomes true (e.g. a batch decision covered it). */
  until?: () => boolean;
  /** Called once the task is in the inbox. */
  onOpened?: () => void;
  /**
   * Tell the candidates at once that the task is theirs, with why it comes now (empty when it is
   * simply new). Without it they learn of it from the inbox or its reminders.
   */
  announce?: LocalizedText;
}

export type HumanStepResult =
  { kind: 'completed'; completion: TaskCompletion } | { kind: 'expired' } | { kind: 'superseded' };

/**
 * Puts a task in the inbox and waits for a person to complete it (through the `completeTask` update,
 * whose validator hands it to `host.steps`), while durable timers send reminders before the deadline
 * and an overdue notice after it, and a published holiday schedule moves the deadline.
 */
export async function runHumanStep<Step extends OpenStep>(
  host: HumanStepHost<Step>,
  spec: HumanStepSpec,
): Promise<HumanStepResult> {
  const { task, schedule } = spec;
  // Known as open before the inbox row exists: a completion may arrive as soon as the row is written.
  host.steps.add(host.openStepOf(task));
  await host.inbox.openTask(openTaskCommand(host.workflowId, task));
  spec.onOpened?.();
  host.taskOpened?.(task.taskKey);
  const announce = spec.announce;
  // Like a reminder, an announcement on its way is sent in full, even if the step ends meanwhile.
  if (announce !== undefined && patched(ANNOUNCE_OPENED_TASKS))
    await CancellationScope.nonCancellable(() =>
      host.notify(`${task.taskKey}:opened`, [task.candidates], 'task.opened', {
        taskTitle: task.title.vi,
        taskTitleEn: task.title.en,
        dueDate: schedule?.dueDate ?? null,
        note: announce.vi,
        noteEn: announce.en,
      }),
    );

  let expired = false;
  const finished = () =>
    host.steps.completions.has(task.taskKey) || expired || (spec.until?.() ?? false);
  if (schedule === null) await condition(finished);
  else {
    // Inline, not a helper: an extra await here would let other coroutines issue commands first.
    const progress: StepProgress = {
      schedule,
      remindersSent: new Set(),
      overdueSent: false,
      moved: false,
    };
    const expire = () => (expired = true);
    let timers = startTimers(host, spec, progress, expire);
    // A published holiday schedule only adds commands when it moves this step's deadline.
    for (let seen = revisionSeenAtOpening(host, schedule); ;) {
      await condition(() => finished() || (host.latestCalendarChange?.()?.revision ?? 0) > seen);
      if (finished()) break;
      seen = host.latestCalendarChange?.()?.revision ?? 0;
      if (!(await moveDeadline(host, spec, progress))) continue;
      timers.scope.cancel();
      await timers.done;
      if (finished()) break;
      timers = startTimers(host, spec, progress, expire);
    }
    timers.scope.cancel();
    await timers.done;
  }

  const completion = host.steps.completions.get(task.taskKey);
  host.steps.remove(task.taskKey);
  const end: StepEnd = completion
    ? { kind: 'completed', completion }
    : expired
      ? { kind: 'expired' }
      : { kind: 'superseded' };
  const closing = host.inbox.closeTask(closeTaskCommand(host.workflowId, task.taskKey, end));
  if (closing !== undefined) await closing;
  if (completion) {
    host.completionTaken?.(task.taskKey);
    return { kind: 'completed', completion };
  }
  return expired ? { kind: 'expired' } : { kind: 'superseded' };
}
