import type { ScheduleRequest, StatutoryClockJson, StepSchedule } from '@tdkt/contracts';
import { StatutoryClock } from '@tdkt/domain';
import { nowIso, todayInVietnam } from '../time';

/** A step's schedule, and how to compute it again on the calendar in effect later. */
export interface ScheduledStep extends StepSchedule {
  /** The same step (same start, same limit) on the calendar in effect now: a publication may move it. */
  recompute(): Promise<StepSchedule>;
}

/** The local activity that does working-day arithmetic: the calendar is never read in workflow code. */
export type ScheduleCalculator = (request: ScheduleRequest) => Promise<StepSchedule>;

/** When reminders go out and how long past the due date the overdue notice waits. */
export interface ReminderPolicy {
  reminderOffsetsWorkingDays: readonly number[];
  overdueGraceWorkingDays: number;
}

/** A step's time limit: working days from now, a statutory clock that may have been paused, or calendar days. */
export type StepLimit =
  { workingDays: number } | { clock: StatutoryClockJson } | { calendarDays: number };

/** Due date, reminders and overdue instant of a step starting now, on the working-day calendar. */
export async function scheduleStep(
  calculate: ScheduleCalculator,
  policy: ReminderPolicy,
  limit: StepLimit,
  withReminders = true,
): Promise<ScheduledStep> {
  const request: ScheduleRequest = {
    startAt: nowIso(),
    reminderOffsetsWorkingDays: withReminders ? [...policy.reminderOffsetsWorkingDays] : [],
    overdueGraceWorkingDays: policy.overdueGraceWorkingDays,
    ...limit,
  };
  const schedule = await calculate(request);
  return { ...schedule, recompute: () => calculate(request) };
}

/**
 * A statutory time limit in working days that runs while the authority holds the case and stops
 * while the applicant supplements it. Only its start and pauses are kept here; its due date needs the
 * holiday calendar, so `scheduleStep` has an activity compute it.
 */
export const statutoryClock = {
  startToday(workingDays: number): StatutoryClockJson {
    return StatutoryClock.start(todayInVietnam(), workingDays).toJSON();
  },
  pauseToday(clock: StatutoryClockJson): StatutoryClockJson {
    return StatutoryClock.fromJSON(clock).pause(todayInVietnam()).toJSON();
  },
  resumeToday(clock: StatutoryClockJson): StatutoryClockJson {
    return StatutoryClock.fromJSON(clock).resume(todayInVietnam()).toJSON();
  },
};
