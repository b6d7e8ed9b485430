import { patched } from '@temporalio/workflow';
import type { StepSchedule } from '@tdkt/contracts';
import type { HumanStepHost } from './host';
import type { StepProgress } from './reminders';
import type { HumanStepSpec } from './run-step';

/**
 * A holiday schedule published while the step was being scheduled and opened (its signal arrived
 * during those activities) moves the step too; before this patch it was taken as already seen.
 */
export const CALENDAR_CHANGE_WHILE_OPENING = 'calendar-change-while-opening';

/** The last publication the step's schedule already reflects. */
export function revisionSeenAtOpening(host: HumanStepHost, schedule: StepSchedule): number {
  const received = host.latestCalendarChange?.()?.revision ?? 0;
  const computedOn = schedule.calendarRevision ?? 0;
  return received > computedOn && patched(CALENDAR_CHANGE_WHILE_OPENING) ? computedOn : received;
}

/**
 * Recomputes the step's schedule on the calendar now in effect. When the deadline moved, the task in
 * the inbox and the timeline follow, and the people who hold the step are told once per publication.
 * Returns whether anything moved.
 */
export async function moveDeadline(
  host: HumanStepHost,
  spec: HumanStepSpec,
  progress: StepProgress,
): Promise<boolean> {
  const change = host.latestCalendarChange?.() ?? null;
  const schedule = spec.schedule;
  if (change === null || schedule === null || !('recompute' in schedule)) return false;
  const next = await schedule.recompute();
  const previous = progress.schedule;
  if (
    next.dueAt === previous.dueAt &&
    next.overdueAt === previous.overdueAt &&
    JSON.stringify(next.reminders) === JSON.stringify(previous.reminders)
  ) {
    return false;
  }
  const { task } = spec;
  progress.schedule = next;
  progress.moved = true;
  host.steps.move(task.taskKey, next.dueAt);
  await host.inbox.rescheduleTask({
    workflowId: host.workflowId,
    taskKey: task.taskKey,
    dueAt: next.dueAt,
    details: { dueDate: next.dueDate, dueDateProvisional: next.provisional ?? false },
  });
  await host.recordStepEvent?.({
    type: 'task.rescheduled',
    taskKey: task.taskKey,
    previous,
    next,
    change,
  });
  await host.notify(
    `${task.taskKey}:rescheduled:${change.revision}`,
    [task.candidates],
    'task.rescheduled',
    {
      taskTitle: task.title.vi,
      taskTitleEn: task.title.en,
      previousDueDate: previous.dueDate,
      dueDate: next.dueDate,
      document: change.document,
    },
  );
  return true;
}
