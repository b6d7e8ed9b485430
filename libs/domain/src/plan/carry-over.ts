import { civilOf, daysInMonth, formatCivil, type IsoDate } from '../calendar/iso-date';
import { HolidayCalendar } from '../calendar/holidays';
import { isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBefore } from '../calendar/working-days';
import { quarterOf } from './plan-model';

/*
 * Reads the holiday calendar of the new year: call from activities or use cases, never from workflows.
 */

/**
 * An explicit due date moved to `nextYear`: the same day and month (28 February for 29 February),
 * brought back to the last working day before it when it is a day off, or forward to the next
 * working day when going back would leave its quarter.
 */
export function carryOverDueDate(
  due: IsoDate,
  nextYear: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): IsoDate {
  const { month, day } = civilOf(due);
  const shifted = formatCivil(nextYear, month, Math.min(day, daysInMonth(nextYear, month)));
  if (isWorkingDay(shifted, calendar)) return shifted;
  const before = workingDaysBefore(shifted, 1, calendar);
  return quarterOf(before) === quarterOf(shifted)
    ? before
    : nextWorkingDayOnOrAfter(shifted, calendar);
}

/**
 * The recurring items of a plan, ready for next year's draft: same ids, quarters, owners and texts;
 * explicit due dates moved to the new year's calendar; quarter-end dates stay quarter-end dates.
 */
export function carryOverItems<T extends { recurring: boolean; due: IsoDate | null }>(
  items: readonly T[],
  nextYear: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): T[] {
  return items
    .filter((item) => item.recurring)
    .map((item) => ({
      ...item,
      due: item.due === null ? null : carryOverDueDate(item.due, nextYear, calendar),
    }));
}
