import type { StatutoryClockJson, StepSchedule } from '@tdkt/contracts';
import { nowIso } from '../shared/time';
import { calendar } from './activities';
import type { DossierRun } from './dossier-run';

/** Due date, reminders and overdue instant of a step starting now, on the working-day calendar. */
export function scheduleStep(
  run: DossierRun,
  limit: { workingDays: number } | { clock: StatutoryClockJson },
  withReminders = true,
): Promise<StepSchedule> {
  const { reminderOffsetsWorkingDays, overdueGraceWorkingDays } = run.input.timeLimits;
  return calendar.scheduleStep({
    startAt: nowIso(),
    reminderOffsetsWorkingDays: withReminders ? reminderOffsetsWorkingDays : [],
    overdueGraceWorkingDays,
    ...limit,
  });
}
