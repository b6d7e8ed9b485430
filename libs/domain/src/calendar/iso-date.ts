import { DomainValidationError, fieldIssue } from '../shared/errors';

/** A calendar day in Vietnam written as `YYYY-MM-DD`; no time, no zone. */
export type IsoDate = string;

/** Vietnam keeps UTC+7 all year (no daylight saving time). */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_DAY = 86_400_000;

/** Day of the week, 0 = Sunday … 6 = Saturday (the JavaScript convention). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Parts of an ISO date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar day written as `YYYY-MM-DD` (years 1000–9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Returns the value as an IsoDate or throws a validation error naming `field`. */
export function assertIsoDate(value: unknown, field = 'date'): IsoDate {
  if (!isIsoDate(value)) {
    throw new DomainValidationError([
      fieldIssue(field, 'iso-date', {
        vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD',
        en: 'must be a valid date written YYYY-MM-DD',
      }),
    ]);
  }
  return value;
}

/** Splits an ISO date into numbers (the input must already be valid). */
export function civilOf(date: IsoDate): CivilDate {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Days since 1970-01-01 (negative before), by Hinnant's proleptic Gregorian algorithm. */
export function dayNumberOf(date: IsoDate): number {
  const { year, month, day } = civilOf(assertIsoDate(date));
  return dayNumberFromCivil(year, month, day);
}

/** Days since 1970-01-01 for a year, month and day given as numbers. */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date of a day number (days since 1970-01-01). */
export function isoDateFromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatCivil(year, month, day);
}

/** Formats numbers as `YYYY-MM-DD`. */
export function formatCivil(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` calendar days after (or before, if negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateFromDayNumber(dayNumberOf(date) + days);
}

/** Day of the week of a date (0 = Sunday). */
export function weekdayOf(date: IsoDate): Weekday {
  return ((((dayNumberOf(date) + 4) % 7) + 7) % 7) as Weekday;
}

/** True on Saturdays and Sundays, the weekly rest days of the public sector. */
export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** Calendar year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return civilOf(date).year;
}

/**
 * The UTC instant (ISO 8601, `Z`) of a local Vietnamese wall-clock time on `date`;
 * 08:00 in Hà Nội on 2024-05-06 is `2024-05-06T01:00:00Z`.
 */
export function localTimeToUtcIso(date: IsoDate, time: string): string {
  const day = dayNumberOf(assertIsoDate(date, 'date'));
  const match = HH_MM.exec(time);
  if (!match) {
    throw new DomainValidationError([
      fieldIssue('time', 'hh-mm', {
        vi: 'phải là giờ dạng HH:mm (00:00–23:59)',
        en: 'must be a time written HH:mm (00:00–23:59)',
      }),
    ]);
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]) - VIETNAM_UTC_OFFSET_HOURS * 60;
  const dayShift = Math.floor(minutes / 1440);
  const minuteOfDay = minutes - dayShift * 1440;
  const utcDate = isoDateFromDayNumber(day + dayShift);
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${utcDate}T${hh}:${mm}:00Z`;
}

/** The Vietnamese calendar day containing an instant given as milliseconds since the Unix epoch. */
export function vietnamDateOfEpochMillis(epochMillis: number): IsoDate {
  return isoDateFromDayNumber(
    Math.floor((epochMillis + VIETNAM_UTC_OFFSET_HOURS * 3_600_000) / MS_PER_DAY),
  );
}
