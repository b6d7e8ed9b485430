import { DomainValidationError, fieldIssue } from '../shared/errors';
import { addDays, assertIsoDate, isWeekend, yearOf, type IsoDate } from './iso-date';
import { HolidayCalendar } from './holidays';

/** Upper bound on a count of working days, to stop runaway loops on bad input (about 40 years). */
const MAX_WORKING_DAYS = 10_000;

function assertCount(n: number, field: string): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new DomainValidationError([
      fieldIssue(field, 'non-negative-integer', {
        vi: `phải là số nguyên từ 0 đến ${MAX_WORKING_DAYS}`,
        en: `must be an integer from 0 to ${MAX_WORKING_DAYS}`,
      }),
    ]);
  }
}

/** True when public servants work on `date`: a weekday that is not a day off, or a swapped Saturday. */
export function isWorkingDay(
  date: IsoDate,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): boolean {
  assertIsoDate(date);
  const { off, work } = calendar.lookup(date);
  if (work.has(date)) return true;
  return !isWeekend(date) && !off.has(date);
}

/** The first working day on or after `date`. */
export function nextWorkingDayOnOrAfter(
  date: IsoDate,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): IsoDate {
  let day = assertIsoDate(date);
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/**
 * The date `n` working days after `start`. The start day itself is not counted (Civil Code 2015
 * Art. 147); with n = 0 the result is the first working day on or after `start`.
 */
export function addWorkingDays(
  start: IsoDate,
  n: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): IsoDate {
  assertIsoDate(start, 'start');
  assertCount(n, 'n');
  if (n === 0) return nextWorkingDayOnOrAfter(start, calendar);
  let day = start;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/**
 * Working days in the half-open interval (a, b]: the inverse of `addWorkingDays`.
 * Negative when b is before a.
 */
export function workingDaysBetween(
  a: IsoDate,
  b: IsoDate,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): number {
  assertIsoDate(a, 'a');
  assertIsoDate(b, 'b');
  if (b < a) return -workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}

/** The working day `n` working days before `due` (for reminders); `due` itself when n = 0. */
export function workingDaysBefore(
  due: IsoDate,
  n: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): IsoDate {
  assertIsoDate(due, 'due');
  assertCount(n, 'n');
  let day = due;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, -1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/**
 * True when a date computed over `from`–`to` rests on a provisional year: one whose days off come
 * from the Labour Code because no official schedule is recorded yet. Such a date may still move.
 */
export function spansProvisionalDays(
  from: IsoDate,
  to: IsoDate,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): boolean {
  const [first, last] = from <= to ? [from, to] : [to, from];
  for (let year = yearOf(first); year <= yearOf(last); year += 1) {
    if (!calendar.isOfficial(year)) return true;
  }
  return false;
}
