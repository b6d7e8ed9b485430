import type { ScheduleRequest, StatutoryClockJson, StepSchedule } from '@tdkt/contracts';
import { nowIso } from '../shared/time';
import { calendar } from './activities';
import type { DossierRun } from './dossier-run';

/** A step's schedule, and how to compute it again on the calendar in effect later. */
export interface ScheduledStep extends StepSchedule {
  /** The same step (same start, same limit) on the calendar in effect now: a publication may move it. */
  recompute(): Promise<StepSchedule>;
}

/** Due date, reminders and overdue instant of a step starting now, on the working-day calendar. */
export async function scheduleStep(
  run: DossierRun,
  limit: { workingDays: number } | { clock: StatutoryClockJson },
  withReminders = true,
): Promise<ScheduledStep> {
  const { reminderOffsetsWorkingDays, overdueGraceWorkingDays } = run.input.timeLimits;
  const request: ScheduleRequest = {
    startAt: nowIso(),
    reminderOffsetsWorkingDays: withReminders ? reminderOffsetsWorkingDays : [],
    overdueGraceWorkingDays,
    ...limit,
  };
  const schedule = await calendar.scheduleStep(request);
  return { ...schedule, recompute: () => calendar.scheduleStep(request) };
}
