import { HolidayCalendar } from './holidays';
import { addDays, localTimeToUtcIso, vietnamDateOfEpochMillis, type IsoDate } from './iso-date';
import { StatutoryClock, type StatutoryClockSnapshot } from './statutory-clock';
import {
  addWorkingDays,
  nextWorkingDayOnOrAfter,
  spansProvisionalDays,
  workingDaysBefore,
} from './working-days';

/** Office hours in Vietnam: reminders go out at the start of the day, deadlines fall at its end. */
export const REMINDER_TIME = '08:00';
export const DEADLINE_TIME = '17:00';

export interface StepScheduleRequest {
  /** When the step starts (ISO instant). */
  readonly startAt: string;
  readonly reminderOffsetsWorkingDays: readonly number[];
  readonly overdueGraceWorkingDays: number;
}

export interface StepScheduleResult {
  readonly dueDate: IsoDate;
  readonly dueAt: string;
  readonly reminders: readonly { readonly offsetWorkingDays: number; readonly at: string }[];
  readonly overdueAt: string;
  /** True when a day of the step falls in a year without an official schedule: the dates may move. */
  readonly provisional: boolean;
  /** The calendar publication the dates were computed on (0: this release's own data). */
  readonly calendarRevision: number;
}

/**
 * The deadline of a human step and the instants around it: reminders at 08:00 on the working day
 * `offset` working days before the due date (only those still ahead of the start), the deadline at
 * 17:00 on the due date, and the overdue notice at 08:00 on the first working day after the grace.
 * The limit is a number of working days from the start day (not counted), a statutory clock, or
 * a number of calendar days (the Law on Complaints' "ngày"): the start day is not counted and a
 * limit ending on a day off ends on the next working day (Civil Code 2015 Art. 147–148).
 */
export function computeStepSchedule(
  request: StepScheduleRequest &
    ({ workingDays: number } | { clock: StatutoryClockSnapshot } | { calendarDays: number }),
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): StepScheduleResult {
  const startDay = vietnamDateOfEpochMillis(Date.parse(request.startAt));
  const dueDate =
    'clock' in request
      ? (StatutoryClock.fromJSON(request.clock).dueDate(calendar) ?? startDay)
      : 'calendarDays' in request
        ? nextWorkingDayOnOrAfter(addDays(startDay, request.calendarDays), calendar)
        : addWorkingDays(startDay, request.workingDays, calendar);
  const reminders = [...new Set(request.reminderOffsetsWorkingDays)]
    .sort((a, b) => b - a)
    .map((offset) => ({
      offsetWorkingDays: offset,
      at: localTimeToUtcIso(workingDaysBefore(dueDate, offset, calendar), REMINDER_TIME),
    }))
    .filter((reminder) => reminder.at > request.startAt);
  const overdueOn = addWorkingDays(dueDate, request.overdueGraceWorkingDays + 1, calendar);
  return {
    dueDate,
    dueAt: localTimeToUtcIso(dueDate, DEADLINE_TIME),
    reminders,
    overdueAt: localTimeToUtcIso(overdueOn, REMINDER_TIME),
    provisional: spansProvisionalDays(startDay, overdueOn, calendar),
    calendarRevision: calendar.revision,
  };
}
