import { CancellationScope, isCancellation } from '@temporalio/workflow';
import type { StepSchedule } from '@tdkt/contracts';
import { nowIso, sleepUntil } from '../time';
import type { HumanStepHost } from './host';
import type { HumanStepSpec } from './run-step';

/** What the step's timers have done, so that a moved deadline never repeats a notice. */
export interface StepProgress {
  schedule: StepSchedule;
  remindersSent: Set<number>;
  overdueSent: boolean;
  /** True once the deadline moved: reminders whose new time has passed are skipped, not sent late. */
  moved: boolean;
}

export interface StepTimers {
  scope: CancellationScope;
  done: Promise<void>;
}

/** Runs the reminders and the deadline of the step's current schedule in a scope of their own. */
export function startTimers(
  host: HumanStepHost,
  spec: HumanStepSpec,
  progress: StepProgress,
  expire: () => void,
): StepTimers {
  const scope = new CancellationScope();
  const done = scope
    .run(() => remindAndEscalate(host, spec, progress, expire))
    .catch((error: unknown) => {
      if (!isCancellation(error)) throw error;
    });
  return { scope, done };
}

/**
 * Reminds the candidates on each reminder day, then at the deadline either ends the step (`expire`)
 * or, once the grace period is over, tells them and the overdue recipients that it is late.
 */
async function remindAndEscalate(
  host: HumanStepHost,
  spec: HumanStepSpec,
  progress: StepProgress,
  expire: () => void,
): Promise<void> {
  const { schedule } = progress;
  const { task } = spec;
  const params = {
    taskTitle: task.title.vi,
    taskTitleEn: task.title.en,
    dueDate: schedule.dueDate,
  };
  for (const reminder of schedule.reminders) {
    if (progress.remindersSent.has(reminder.offsetWorkingDays)) continue;
    // After a move, a reminder whose new time has already passed would only confuse.
    if (progress.moved && reminder.at <= nowIso()) continue;
    await sleepUntil(reminder.at);
    // Once a reminder is on its way it is sent and recorded in full, even if the step ends meanwhile.
    await CancellationScope.nonCancellable(async () => {
      await host.notify(
        `${task.taskKey}:reminder:${reminder.offsetWorkingDays}`,
        [task.candidates],
        'task.reminder',
        { ...params, workingDaysLeft: reminder.offsetWorkingDays },
      );
      await host.recordStepEvent?.({
        type: 'task.reminded',
        taskKey: task.taskKey,
        workingDaysLeft: reminder.offsetWorkingDays,
      });
      if (host.flushWrites !== null) await host.flushWrites();
      progress.remindersSent.add(reminder.offsetWorkingDays);
    });
  }
  if (spec.onDeadline === 'expire') {
    await sleepUntil(schedule.dueAt);
    expire();
    return;
  }
  if (progress.overdueSent) return;
  await sleepUntil(schedule.overdueAt);
  await CancellationScope.nonCancellable(async () => {
    await host.notify(
      `${task.taskKey}:overdue`,
      [task.candidates, ...(spec.overdueRecipients ?? [])],
      'task.overdue',
      params,
    );
    await host.recordStepEvent?.({
      type: 'task.overdue',
      taskKey: task.taskKey,
      dueDate: schedule.dueDate,
    });
    if (host.flushWrites !== null) await host.flushWrites();
    progress.overdueSent = true;
  });
}
