import { DomainValidationError, fieldIssue } from '../shared/errors';
import { dayNumberOf, isoDateFromDayNumber, type IsoDate } from '../calendar/iso-date';

/**
 * Vietnamese lunisolar calendar after Hồ Ngọc Đức's astronomical algorithm
 * ("Thuật toán tính âm lịch"), evaluated at UTC+7. Vietnam and China share the rules but
 * not the meridian, so a Chinese-calendar library (UTC+8) would misplace some months.
 * Valid for 1900–2199, the range the algorithm's series are accurate for.
 */
export interface LunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** True in a leap (intercalary) month, tháng nhuận. */
  readonly leap: boolean;
}

const TIME_ZONE = 7;
const UNIX_EPOCH_JULIAN_DAY = 2440588;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_1900_JD = 2415021.076998695;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const INT = Math.floor;
const DEG = Math.PI / 180;

function newMoonJulian(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DEG) + 0.0021 * Math.sin(2 * DEG * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * F) - 0.0051 * Math.sin(DEG * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (M - Mpr)) + 0.0004 * Math.sin(DEG * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * F - M)) - 0.0006 * Math.sin(DEG * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * F - Mpr)) + 0.0005 * Math.sin(DEG * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

function sunLongitudeRadians(julianDay: number): number {
  const T = (julianDay - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DEG * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DEG * 2 * M) + 0.00029 * Math.sin(DEG * 3 * M);
  const L = (L0 + DL) * DEG;
  return L - Math.PI * 2 * INT(L / (Math.PI * 2));
}

function newMoonDay(k: number): number {
  return INT(newMoonJulian(k) + 0.5 + TIME_ZONE / 24);
}

/** Which of the 12 major solar terms (0–11) the sun is in at local midnight starting `julianDay`. */
function solarTermIndex(julianDay: number): number {
  return INT((sunLongitudeRadians(julianDay - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** Julian day of the first day of lunar month 11 (which contains the winter solstice) of `year`. */
function lunarMonth11(year: number): number {
  const off = julianDayOf(year, 12, 31) - 2415021;
  const k = INT(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return solarTermIndex(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Offset, in months after month 11, of the first month without a major solar term (the leap month). */
function leapMonthOffset(a11: number): number {
  const k = INT((a11 - NEW_MOON_1900_JD) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarTermIndex(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = solarTermIndex(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function julianDayOf(year: number, month: number, day: number): number {
  return (
    dayNumberOf(
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ) + UNIX_EPOCH_JULIAN_DAY
  );
}

function assertYearInRange(year: number, field: string): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainValidationError([
      fieldIssue(field, 'lunar-range', {
        vi: `năm phải trong khoảng ${MIN_YEAR}–${MAX_YEAR}`,
        en: `year must be within ${MIN_YEAR}–${MAX_YEAR}`,
      }),
    ]);
  }
}

/** Converts a Gregorian date to the Vietnamese lunar date (UTC+7). */
export function solarToLunar(date: IsoDate): LunarDate {
  const dayNumber = dayNumberOf(date) + UNIX_EPOCH_JULIAN_DAY;
  const year = Number(date.slice(0, 4));
  assertYearInRange(year, 'date');
  const k = INT((dayNumber - NEW_MOON_1900_JD) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/** Converts a Vietnamese lunar date to the Gregorian date; throws if the leap month does not exist. */
export function lunarToSolar(lunar: {
  day: number;
  month: number;
  year: number;
  leap?: boolean;
}): IsoDate {
  assertYearInRange(lunar.year, 'lunar.year');
  const { day, month, year } = lunar;
  const leap = lunar.leap ?? false;
  if (
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > 30
  ) {
    throw new DomainValidationError([
      fieldIssue('lunar', 'lunar-date', {
        vi: 'tháng âm lịch 1–12, ngày 1–30',
        en: 'lunar month must be 1–12 and day 1–30',
      }),
    ]);
  }
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  const k = INT(0.5 + (a11 - NEW_MOON_1900_JD) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) throw noSuchLeapMonth(year, month);
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw noSuchLeapMonth(year, month);
  }
  const monthStart = newMoonDay(k + off);
  return isoDateFromDayNumber(monthStart + day - 1 - UNIX_EPOCH_JULIAN_DAY);
}

function noSuchLeapMonth(year: number, month: number): DomainValidationError {
  return new DomainValidationError([
    fieldIssue('lunar.leap', 'leap-month-exists', {
      vi: `năm âm lịch ${year} không có tháng ${month} nhuận`,
      en: `lunar year ${year} has no leap month ${month}`,
    }),
  ]);
}

/** Mùng 1 Tết (first day of lunar month 1) of the lunar year starting in Gregorian `year`. */
export function tetDate(year: number): IsoDate {
  return lunarToSolar({ day: 1, month: 1, year });
}

/** The last day of the lunar year before Tết of `year` (29 or 30 tháng Chạp). */
export function lunarNewYearsEve(year: number): IsoDate {
  return isoDateFromDayNumber(dayNumberOf(tetDate(year)) - 1);
}

/** Giỗ Tổ Hùng Vương, the 10th day of lunar month 3, in Gregorian `year`. */
export function hungKingsDate(year: number): IsoDate {
  return lunarToSolar({ day: 10, month: 3, year });
}
