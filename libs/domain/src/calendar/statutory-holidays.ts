import { hungKingsDate, lunarNewYearsEve, tetDate } from '../lunar/lunar-calendar';
import type { LocalizedText } from '../shared/localized-text';
import { addDays, formatCivil, isWeekend, weekdayOf, type IsoDate } from './iso-date';
import type { DayOff, HolidaySource } from './holiday-types';
import { NQ_28_2026_CULTURE_DAY } from './official-schedules';

/** The first year with Vietnamese Culture Day (24/11) as a day off (in force 2026-07-01). */
export const CULTURE_DAY_FIRST_YEAR = 2026;

/** The Labour Code rule used for years without an announced schedule. */
export const STATUTORY_SOURCE: HolidaySource = {
  document: 'Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 và Điều 111 khoản 3',
  issuedOn: '2019-11-20',
  note: 'Provisional: computed from the Labour Code because no official schedule is recorded for this year.',
};

interface StatutoryDay {
  readonly date: IsoDate;
  readonly name: LocalizedText;
}

/**
 * The adjacent National Day holiday is chosen by the Government each year. Until it is announced
 * we take 1 September when 2 September is a Tuesday, Wednesday or Saturday (as chosen in 2025, 2026
 * and 2023) and 3 September otherwise (as in 2024, when 2 September was a Monday).
 */
export function provisionalNationalDayAdjacent(year: number): IsoDate {
  const nationalDay = formatCivil(year, 9, 2);
  const weekday = weekdayOf(nationalDay);
  return weekday === 2 || weekday === 3 || weekday === 6
    ? formatCivil(year, 9, 1)
    : formatCivil(year, 9, 3);
}

/**
 * The 11 paid holidays of Labour Code 2019 Art. 112(1) for `year`. For Tết we take the last day
 * of the old lunar year plus mùng 1–4, the split the Government chose in 2024–2026 for public servants.
 */
export function statutoryHolidays(year: number): readonly StatutoryDay[] {
  const tet = tetDate(year);
  const tetName = { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' };
  return [
    { date: formatCivil(year, 1, 1), name: { vi: 'Tết Dương lịch', en: "New Year's Day" } },
    { date: lunarNewYearsEve(year), name: tetName },
    ...[0, 1, 2, 3].map((offset) => ({ date: addDays(tet, offset), name: tetName })),
    {
      date: hungKingsDate(year),
      name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration Day" },
    },
    {
      date: formatCivil(year, 4, 30),
      name: { vi: 'Ngày Chiến thắng 30/4', en: 'Reunification Day (30 April)' },
    },
    {
      date: formatCivil(year, 5, 1),
      name: { vi: 'Ngày Quốc tế Lao động 1/5', en: 'International Labour Day (1 May)' },
    },
    {
      date: formatCivil(year, 9, 2),
      name: { vi: 'Quốc khánh 2/9', en: 'National Day (2 September)' },
    },
    {
      date: provisionalNationalDayAdjacent(year),
      name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
    },
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Statutory holidays plus the compensatory days of Art. 111(3): a holiday on a weekend is made
 * up on the next working day after it. From 2026, Vietnamese Culture Day (24/11) too; it is set by
 * a resolution, not by Art. 112(1), so whether a weekend 24/11 is made up is unconfirmed and the
 * provisional calendar does not make it up.
 */
export function statutoryDaysOff(year: number): readonly DayOff[] {
  const holidays = statutoryHolidays(year);
  const taken = new Set(holidays.map((h) => h.date));
  const daysOff: DayOff[] = holidays.map((h) => ({ ...h, source: STATUTORY_SOURCE }));
  if (year >= CULTURE_DAY_FIRST_YEAR) {
    daysOff.push({
      date: formatCivil(year, 11, 24),
      name: { vi: 'Ngày Văn hóa Việt Nam (24/11)', en: 'Vietnamese Culture Day (24 November)' },
      source: { ...NQ_28_2026_CULTURE_DAY, note: STATUTORY_SOURCE.note },
    });
  }
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let candidate = addDays(holiday.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    daysOff.push({
      date: candidate,
      name: {
        vi: `${holiday.name.vi} (nghỉ bù ngày ${holiday.date})`,
        en: `${holiday.name.en} (compensating for ${holiday.date})`,
      },
      source: STATUTORY_SOURCE,
    });
  }
  return daysOff.sort((a, b) => a.date.localeCompare(b.date));
}
