import { deepFreeze } from '../shared/deep-freeze';
import { DomainValidationError, fieldIssue } from '../shared/errors';
import { addDays, yearOf, type IsoDate } from './iso-date';
import type { DayOff, OfficialSchedule, YearHolidays } from './holiday-types';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { statutoryDaysOff } from './statutory-holidays';

/** The years the lunar algorithm, and so the calendar, supports. */
export const CALENDAR_MIN_YEAR = 1901;
export const CALENDAR_MAX_YEAR = 2198;

/**
 * Fast membership sets for one year's days off and working Saturdays.
 * @calendarData
 */
export interface HolidayLookup {
  readonly off: ReadonlySet<IsoDate>;
  readonly work: ReadonlySet<IsoDate>;
}

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

/**
 * The public-sector holiday calendar: the official schedule of each year that has one, and the
 * Labour Code's statutory days (provisional) for the others. Immutable; the built-in calendar holds
 * the schedules of this release, and `withSchedules` layers schedules published since (managed data)
 * on top, so a deployment takes a new schedule without a release.
 *
 * Calendar data (`@calendarData`): a function that reads the calendar takes it as a parameter (the
 * built-in one by default), so workflow code, which may not read it, is refused by its type (lint
 * rule tdkt/no-calendar-data-in-workflows).
 * @calendarData
 */
export class HolidayCalendar {
  private readonly years = new Map<number, YearHolidays>();
  private readonly lookups = new Map<number, HolidayLookup>();

  private constructor(
    private readonly schedules: Readonly<Record<number, OfficialSchedule>>,
    /** Which publication this calendar reflects (0 for the release's own data). */
    readonly revision: number,
  ) {}

  /** The schedules this release was built with. */
  static readonly BUILT_IN = new HolidayCalendar(OFFICIAL_SCHEDULES, 0);

  /** This calendar with `schedules` replacing (or adding) whole years; `revision` names the data. */
  withSchedules(schedules: readonly OfficialSchedule[], revision: number): HolidayCalendar {
    const merged: Record<number, OfficialSchedule> = { ...this.schedules };
    for (const schedule of schedules) merged[schedule.year] = schedule;
    return new HolidayCalendar(deepFreeze(merged), revision);
  }

  /** True when `year` follows an announced schedule; false when it is computed from the Labour Code. */
  isOfficial(year: number): boolean {
    assertCalendarYear(year);
    return this.schedules[year] !== undefined;
  }

  /** Years with a recorded official schedule, ascending. */
  officialYears(): readonly number[] {
    return Object.keys(this.schedules)
      .map(Number)
      .sort((a, b) => a - b);
  }

  /** The official schedule of `year`, if one is recorded. */
  scheduleOf(year: number): OfficialSchedule | undefined {
    return this.schedules[year];
  }

  /** Days off and working Saturdays of public servants in `year`, official where announced. */
  holidaysOf(year: number): YearHolidays {
    assertCalendarYear(year);
    const cached = this.years.get(year);
    if (cached) return cached;
    const schedule = this.schedules[year];
    let result: YearHolidays;
    if (schedule) {
      const daysOff: DayOff[] = [];
      for (const holidayBreak of schedule.breaks) {
        for (let d = holidayBreak.from; d <= holidayBreak.to; d = addDays(d, 1)) {
          daysOff.push({ date: d, name: holidayBreak.name, source: holidayBreak.source });
        }
      }
      daysOff.sort((a, b) => a.date.localeCompare(b.date));
      result = { year, official: true, daysOff, workingSaturdays: schedule.workingSaturdays };
    } else {
      result = { year, official: false, daysOff: statutoryDaysOff(year), workingSaturdays: [] };
    }
    deepFreeze(result);
    this.years.set(year, result);
    return result;
  }

  /** The days off and working Saturdays of the year containing `date`, as sets. */
  lookup(date: IsoDate): HolidayLookup {
    const year = yearOf(date);
    let lookup = this.lookups.get(year);
    if (!lookup) {
      const holidays = this.holidaysOf(year);
      lookup = {
        off: new Set(holidays.daysOff.map((d) => d.date)),
        work: new Set(holidays.workingSaturdays.map((d) => d.date)),
      };
      this.lookups.set(year, lookup);
    }
    return lookup;
  }
}

/** True when `year` follows an announced schedule; false when it is computed from the Labour Code. */
export function calendarIsOfficial(
  year: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): boolean {
  return calendar.isOfficial(year);
}

/** Years with a recorded official schedule, ascending. */
export function officialCalendarYears(
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): readonly number[] {
  return calendar.officialYears();
}

/** Days off and working Saturdays of public servants in `year`, official where announced. */
export function holidaysOf(
  year: number,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): YearHolidays {
  return calendar.holidaysOf(year);
}

/** Fast membership sets for one year's days off and working Saturdays. */
export function holidayLookup(
  date: IsoDate,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): HolidayLookup {
  return calendar.lookup(date);
}
