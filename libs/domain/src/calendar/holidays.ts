import { deepFreeze } from '../shared/deep-freeze';
import { DomainValidationError, fieldIssue } from '../shared/errors';
import { addDays, yearOf, type IsoDate } from './iso-date';
import type { DayOff, YearHolidays } from './holiday-types';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { statutoryDaysOff } from './statutory-holidays';

/** The years the lunar algorithm, and so the calendar, supports. */
export const CALENDAR_MIN_YEAR = 1901;
export const CALENDAR_MAX_YEAR = 2198;

const cache = new Map<number, YearHolidays>();
const lookups = new Map<number, { off: ReadonlySet<IsoDate>; work: ReadonlySet<IsoDate> }>();

function assertCalendarYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new DomainValidationError([
      fieldIssue('year', 'calendar-range', {
        vi: `năm phải là số nguyên trong khoảng ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
        en: `year must be an integer within ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
      }),
    ]);
  }
}

/** True when `year` follows an announced schedule; false when it is computed from the Labour Code. */
export function calendarIsOfficial(year: number): boolean {
  assertCalendarYear(year);
  return OFFICIAL_SCHEDULES[year] !== undefined;
}

/** Years with a recorded official schedule, ascending. */
export function officialCalendarYears(): readonly number[] {
  return Object.keys(OFFICIAL_SCHEDULES)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Days off and working Saturdays of public servants in `year`, official where announced. */
export function holidaysOf(year: number): YearHolidays {
  assertCalendarYear(year);
  const cached = cache.get(year);
  if (cached) return cached;
  const schedule = OFFICIAL_SCHEDULES[year];
  let result: YearHolidays;
  if (schedule) {
    const daysOff: DayOff[] = [];
    for (const holidayBreak of schedule.breaks) {
      for (let d = holidayBreak.from; d <= holidayBreak.to; d = addDays(d, 1)) {
        daysOff.push({ date: d, name: holidayBreak.name, source: holidayBreak.source });
      }
    }
    result = { year, official: true, daysOff, workingSaturdays: schedule.workingSaturdays };
  } else {
    result = { year, official: false, daysOff: statutoryDaysOff(year), workingSaturdays: [] };
  }
  deepFreeze(result);
  cache.set(year, result);
  return result;
}

/** Fast membership sets for one year's days off and working Saturdays. */
export function holidayLookup(date: IsoDate): {
  off: ReadonlySet<IsoDate>;
  work: ReadonlySet<IsoDate>;
} {
  const year = yearOf(date);
  let lookup = lookups.get(year);
  if (!lookup) {
    const holidays = holidaysOf(year);
    lookup = {
      off: new Set(holidays.daysOff.map((d) => d.date)),
      work: new Set(holidays.workingSaturdays.map((d) => d.date)),
    };
    lookups.set(year, lookup);
  }
  return lookup;
}
