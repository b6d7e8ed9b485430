import fc from 'fast-check';
import { isoDateFromDayNumber } from '../calendar/iso-date';
import { DomainValidationError } from '../shared/errors';
import { hungKingsDate, lunarToSolar, solarToLunar, tetDate } from './lunar-calendar';

/*
 * Published Vietnamese dates of mùng 1 Tết and Giỗ Tổ Hùng Vương (10/3 âm lịch). Cross-checked
 * independently with PyEphem new moons and solar terms at UTC+7. 2030 is 2 February in Vietnam:
 * the new moon falls at 23:07 ICT on 2 Feb (00:07 on 3 Feb in China, whose Tết is 3 February).
 * Giỗ Tổ 2024–2026 match the official schedules (18/4/2024, 7/4/2025, 26/4/2026).
 */
const PUBLISHED: readonly [number, string, string][] = [
  [2020, '2020-01-25', '2020-04-02'],
  [2021, '2021-02-12', '2021-04-21'],
  [2022, '2022-02-01', '2022-04-10'],
  [2023, '2023-01-22', '2023-04-29'],
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  [2030, '2030-02-02', '2030-04-12'],
  [2031, '2031-01-23', '2031-04-01'],
  [2032, '2032-02-11', '2032-04-19'],
  [2033, '2033-01-31', '2033-04-09'],
  [2034, '2034-02-19', '2034-04-28'],
  [2035, '2035-02-08', '2035-04-17'],
];

describe('Vietnamese lunar calendar', () => {
  it.each(PUBLISHED)('%i: Tết on %s, Giỗ Tổ on %s', (year, tet, hungKings) => {
    expect(tetDate(year)).toBe(tet);
    expect(hungKingsDate(year)).toBe(hungKings);
    expect(solarToLunar(tet)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it.each([
    ['2024-02-09', { day: 30, month: 12, year: 2023, leap: false }],
    ['2025-01-28', { day: 29, month: 12, year: 2024, leap: false }],
    ['2026-02-14', { day: 27, month: 12, year: 2025, leap: false }],
    ['2023-03-22', { day: 1, month: 2, year: 2023, leap: true }],
    ['2025-07-25', { day: 1, month: 6, year: 2025, leap: true }],
  ])('%s is %o', (date, lunar) => {
    expect(solarToLunar(date)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(date);
  });

  it('round-trips every day of 1950–2150', () => {
    fc.assert(
      fc.property(fc.integer({ min: -7305, max: 66000 }), (days) => {
        const date = isoDateFromDayNumber(days);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
    );
  });

  it('rejects a leap month the year does not have', () => {
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2024, leap: true })).toThrow(
      DomainValidationError,
    );
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toThrow(
      DomainValidationError,
    );
  });

  it('rejects years outside the algorithm range', () => {
    expect(() => tetDate(2300)).toThrow(DomainValidationError);
  });
});
