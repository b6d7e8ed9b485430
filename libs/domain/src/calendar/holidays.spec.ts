import { DomainValidationError } from '../shared/errors';
import { addDays, isWeekend, weekdayOf, yearOf } from './iso-date';
import { calendarIsOfficial, HolidayCalendar, holidaysOf, officialCalendarYears } from './holidays';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { provisionalNationalDayAdjacent, statutoryHolidays } from './statutory-holidays';

const daysOff = (year: number) => holidaysOf(year).daysOff.map((d) => d.date);

describe('holiday calendar', () => {
  it('records official schedules for 2024, 2025 and 2026', () => {
    expect(officialCalendarYears()).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    expect(calendarIsOfficial(2025)).toBe(true);
    expect(calendarIsOfficial(2027)).toBe(false);
    expect(holidaysOf(2027).official).toBe(false);
  });

  it.each(officialCalendarYears())(
    '%i: every statutory holiday lies in an official break',
    (year) => {
      const off = new Set(daysOff(year));
      for (const holiday of statutoryHolidays(year)) expect(off).toContain(holiday.date);
    },
  );

  it.each(officialCalendarYears())('%i: breaks are inside the year and cite a source', (year) => {
    for (const b of OFFICIAL_SCHEDULES[year]?.breaks ?? []) {
      expect(yearOf(b.from)).toBe(year);
      expect(yearOf(b.to)).toBe(year);
      expect(b.from <= b.to).toBe(true);
      expect(b.source.document).not.toBe('');
    }
  });

  it.each(officialCalendarYears())(
    '%i: each working Saturday is a Saturday swapped for a weekday inside a break',
    (year) => {
      const off = new Set(daysOff(year));
      for (const s of holidaysOf(year).workingSaturdays) {
        expect(weekdayOf(s.date)).toBe(6);
        expect(isWeekend(s.inLieuOf)).toBe(false);
        expect(off).toContain(s.inLieuOf);
        expect(off).not.toContain(s.date);
      }
    },
  );

  it.each([
    // 2024: Tết 08/02–14/02; 30/4 break 27/4–1/5 with Saturday 04/05 worked for Monday 29/04.
    [2024, ['2024-02-08', '2024-02-14', '2024-04-18', '2024-04-29', '2024-09-03'], ['2024-05-04']],
    // 2025: Tết 25/01–02/02 (Sat 08/02 worked for Mon 27/01); 30/4–04/5 (Sat 26/04 for Fri 02/05).
    [
      2025,
      ['2025-01-27', '2025-02-02', '2025-04-07', '2025-05-02', '2025-09-01'],
      ['2025-02-08', '2025-04-26'],
    ],
    // 2026: 01/01–04/01 (Sat 10/01 for Fri 02/01); Tết 14/02–22/02; Giỗ Tổ Sun 26/04 → Mon 27/04;
    // Quốc khánh 29/08–02/09 (Sat 22/08 for Mon 31/08); Ngày Văn hóa Việt Nam Tue 24/11 (NQ 28/2026/QH16).
    [
      2026,
      ['2026-01-02', '2026-02-16', '2026-02-20', '2026-04-27', '2026-08-31', '2026-11-24'],
      ['2026-01-10', '2026-08-22'],
    ],
  ])('%i official days off include %j and working Saturdays are %j', (year, off, saturdays) => {
    expect(daysOff(year)).toEqual(expect.arrayContaining(off));
    expect(holidaysOf(year).workingSaturdays.map((s) => s.date)).toEqual(saturdays);
  });

  it('computes a provisional 2027 from the Labour Code, compensating weekend holidays', () => {
    // Tết 2027: eve Fri 05/02, mùng 1 Sat 06/02 → compensated Wed 10/02, Sun 07/02 → Thu 11/02.
    // 1/5/2027 is a Saturday → Monday 03/05. 2/9/2027 is a Thursday → adjacent day Friday 03/09.
    // 24/11/2027 (Ngày Văn hóa Việt Nam, NQ 28/2026/QH16 Art. 2) is a Wednesday.
    expect(daysOff(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
      '2027-11-24',
    ]);
    expect(holidaysOf(2027).daysOff.every((d) => d.source.note?.includes('Provisional'))).toBe(
      true,
    );
  });

  it.each([
    [2023, '2023-09-01'], // Saturday 2/9: the Government took Friday 1/9
    [2024, '2024-09-03'], // Monday 2/9
    [2025, '2025-09-01'], // Tuesday 2/9
    [2026, '2026-09-01'], // Wednesday 2/9: the Government took Tuesday 1/9
    [2027, '2027-09-03'], // Thursday 2/9
  ])('%i provisional National Day adjacent day is %s', (year, adjacent) => {
    expect(provisionalNationalDayAdjacent(year)).toBe(adjacent);
  });

  it('gives 11 statutory holidays a year', () => {
    for (let year = 2020; year <= 2040; year += 1) expect(statutoryHolidays(year)).toHaveLength(11);
  });

  it('compensates every weekend statutory holiday on a distinct weekday', () => {
    for (let year = 2027; year <= 2060; year += 1) {
      const statutory = statutoryHolidays(year).map((h) => h.date);
      const cultureDay = `${year}-11-24`;
      const weekdaysOff = daysOff(year).filter((d) => !isWeekend(d));
      // Each of the 11 holidays costs exactly one weekday: itself, or its compensation day; Culture
      // Day costs one more when it falls on a weekday (a weekend one is not made up: unconfirmed).
      expect(weekdaysOff).toHaveLength(statutory.length + (isWeekend(cultureDay) ? 0 : 1));
      expect(daysOff(year)).toContain(cultureDay);
      expect(new Set(daysOff(year)).size).toBe(daysOff(year).length);
      for (const holiday of statutory.filter(isWeekend)) {
        const compensation = daysOff(year).filter(
          (d) => d > holiday && !isWeekend(d) && !statutory.includes(d),
        );
        expect(compensation.some((d) => d <= addDays(holiday, 14))).toBe(true);
      }
    }
  });

  it.each([
    [2025, false, 'before NQ 28/2026/QH16 was in force'],
    [2026, true, 'NQ 28/2026/QH16 Art. 2, in force 2026-07-01'],
    [2027, true, 'NQ 28/2026/QH16 Art. 2, provisional year'],
  ])('%i: 24 November is a day off: %s (%s)', (year, off) => {
    expect(daysOff(year).includes(`${year}-11-24`)).toBe(off);
  });

  it('takes NQ 28/2026/QH16 as unconfirmed and does not take the proposed 23/11 ↔ 28/11/2026 swap', () => {
    const cultureDay = holidaysOf(2026).daysOff.find((d) => d.date === '2026-11-24');
    expect(cultureDay?.source).toEqual(
      expect.objectContaining({ article: '2', status: 'unconfirmed' }),
    );
    expect(daysOff(2026)).not.toContain('2026-11-23');
    expect(holidaysOf(2026).workingSaturdays.map((s) => s.date)).not.toContain('2026-11-28');
  });

  it('layers a published schedule over the built-in one, year by year, without changing the default', () => {
    const published = HolidayCalendar.BUILT_IN.withSchedules(
      [
        {
          year: 2027,
          breaks: [
            {
              from: '2027-02-04',
              to: '2027-02-12',
              name: { vi: 'Tết Nguyên đán', en: 'Tết' },
              source: { document: 'Thông báo X/TB-BNV', status: 'confirmed' },
            },
          ],
          workingSaturdays: [],
        },
      ],
      7,
    );
    expect(published.revision).toBe(7);
    expect(published.isOfficial(2027)).toBe(true);
    expect(published.holidaysOf(2027).daysOff.map((d) => d.date)).toContain('2027-02-12');
    expect(published.holidaysOf(2026)).toEqual(holidaysOf(2026));
    expect(calendarIsOfficial(2027)).toBe(false);
  });

  it('freezes the returned calendar', () => {
    expect(Object.isFrozen(holidaysOf(2025).daysOff)).toBe(true);
  });

  it.each([1800, 2024.5, 2300])('rejects the year %p', (year) => {
    expect(() => holidaysOf(year)).toThrow(DomainValidationError);
  });
});
