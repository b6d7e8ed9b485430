import fc from 'fast-check';
import { DomainValidationError } from '../shared/errors';
import {
  addDays,
  dayNumberOf,
  isIsoDate,
  isoDateFromDayNumber,
  localTimeToUtcIso,
  vietnamDateOfEpochMillis,
  weekdayOf,
} from './iso-date';

describe('ISO dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['2025-01-29', 20117],
  ])('%s is day %i since the Unix epoch', (date, days) => {
    expect(dayNumberOf(date)).toBe(days);
    expect(isoDateFromDayNumber(days)).toBe(date);
  });

  it('agrees with the JavaScript Date for any day in 1900–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (days) => {
        const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(isoDateFromDayNumber(days)).toBe(expected);
        expect(dayNumberOf(expected)).toBe(days);
        expect(weekdayOf(expected)).toBe(new Date(days * 86_400_000).getUTCDay());
      }),
    );
  });

  it.each(['2023-02-29', '2024-13-01', '2024-04-31', '24-01-01', '2024-1-1', '', 20240101])(
    'rejects %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => dayNumberOf(value as string)).toThrow(DomainValidationError);
    },
  );

  it('adds calendar days across a leap day', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it.each([
    ['2024-05-06', '08:00', '2024-05-06T01:00:00Z'],
    ['2024-05-06', '06:59', '2024-05-05T23:59:00Z'],
    ['2025-01-01', '00:00', '2024-12-31T17:00:00Z'],
    ['2025-01-01', '23:30', '2025-01-01T16:30:00Z'],
  ])('%s %s in Hà Nội is %s', (date, time, utc) => {
    expect(localTimeToUtcIso(date, time)).toBe(utc);
  });

  it.each(['8:00', '24:00', '12:60', 'noon'])('rejects the time %p', (time) => {
    let caught: unknown;
    try {
      localTimeToUtcIso('2024-05-06', time);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainValidationError);
    expect((caught as DomainValidationError).errors).toEqual([
      expect.objectContaining({ field: 'time', rule: 'hh-mm' }),
    ]);
  });

  it('finds the Vietnamese day of an instant (UTC+7)', () => {
    expect(vietnamDateOfEpochMillis(Date.UTC(2024, 11, 31, 16, 59))).toBe('2024-12-31');
    expect(vietnamDateOfEpochMillis(Date.UTC(2024, 11, 31, 17, 0))).toBe('2025-01-01');
  });
});
