import fc from 'fast-check';
import { DomainValidationError } from '../shared/errors';
import { addDays, isoDateFromDayNumber } from './iso-date';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  spansProvisionalDays,
  workingDaysBefore,
  workingDaysBetween,
} from './working-days';

/** Any day from 2023-06-01 to 2028-12-31: official and provisional years. */
const anyDate = fc.integer({ min: 19509, max: 21549 }).map(isoDateFromDayNumber);
const anyCount = fc.integer({ min: 0, max: 60 });

describe('working days', () => {
  it.each([
    ['2024-04-26', true, 'Friday before the 30/4 break'],
    ['2024-04-29', false, 'Monday swapped into the 30/4 break'],
    ['2024-05-04', true, 'Saturday worked in exchange'],
    ['2024-05-05', false, 'ordinary Sunday'],
    ['2025-01-27', false, 'Monday swapped into Tết 2025'],
    ['2025-02-08', true, 'Saturday worked for Tết 2025'],
    ['2025-04-26', true, 'Saturday worked for 2 May 2025'],
    ['2025-05-02', false, 'Friday swapped into the 30/4 break'],
    ['2026-01-02', false, 'Friday swapped into New Year 2026'],
    ['2026-01-10', true, 'Saturday worked for 2 January 2026'],
    ['2026-04-27', false, 'Monday compensating Giỗ Tổ on Sunday'],
    ['2026-08-22', true, 'Saturday worked for 31 August 2026'],
    ['2027-02-10', false, 'provisional compensation for Tết on a Saturday'],
    ['2026-11-24', false, 'Ngày Văn hóa Việt Nam, NQ 28/2026/QH16 Art. 2'],
    ['2026-11-23', true, 'Monday before Culture Day: the proposed swap was not adopted'],
    ['2026-11-28', false, 'Saturday: the proposed swap was not adopted'],
  ])('%s working: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    // Thu 25/4/2024 + 5: Fri 26 = 1; Sat 27–Wed 1/5 off (Mon 29 swapped); Thu 2 = 2; Fri 3 = 3;
    // Sat 4 (worked in exchange) = 4; Sun 5 off; Mon 6 = 5.
    ['2024-04-25', 5, '2024-05-06'],
    // Wed 22/1/2025 + 20 (the unit-review limit): Thu 23 = 1, Fri 24 = 2; Sat 25/1–Sun 2/2 off;
    // Mon 3/2–Fri 7/2 = 3–7; Sat 8/2 (worked) = 8; Mon 10–Fri 14 = 9–13; Mon 17–Fri 21 = 14–18;
    // Mon 24 = 19; Tue 25 = 20.
    ['2025-01-22', 20, '2025-02-25'],
    // Wed 23/4/2025 + 4: Thu 24 = 1, Fri 25 = 2, Sat 26 (worked) = 3; Sun 27 off; Mon 28 = 4.
    ['2025-04-23', 4, '2025-04-28'],
    // Tue 29/4/2025 + 1: Wed 30/4–Sun 4/5 off; Mon 5/5 = 1.
    ['2025-04-29', 1, '2025-05-05'],
    // Fri 13/2/2026 + 3: Tết 14/2–22/2 off; Mon 23 = 1, Tue 24 = 2, Wed 25 = 3.
    ['2026-02-13', 3, '2026-02-25'],
    // Wed 31/12/2025 + 7: 1/1–4/1 off; Mon 5–Fri 9 = 1–5; Sat 10 (worked) = 6; Mon 12 = 7.
    ['2025-12-31', 7, '2026-01-12'],
    // Fri 21/8/2026 + 2: Sat 22 (worked) = 1; Mon 24 = 2.
    ['2026-08-21', 2, '2026-08-24'],
    // NQ 28/2026/QH16 Art. 2 — a dossier received Tue 10/11/2026 gets 20 working days of appraisal
    // (QĐ 638/QĐ-BNV II.B(4)): 11–13/11 = 1–3, 16–20 = 4–8, Mon 23 = 9, Tue 24 off (Culture Day),
    // 25–27 = 10–12, 30/11–4/12 = 13–17, 7–9/12 = 18–20: due Wed 9/12/2026.
    ['2026-11-10', 20, '2026-12-09'],
    // n = 0 lands on the first working day on or after the start.
    ['2025-01-25', 0, '2025-02-03'],
    ['2025-01-24', 0, '2025-01-24'],
  ])('%s + %i working days = %s', (start, n, due) => {
    expect(addWorkingDays(start, n)).toBe(due);
    if (n > 0) expect(workingDaysBetween(start, due)).toBe(n);
  });

  it.each([
    // Reminders before a due date on Mon 6/5/2024: 1 before = Sat 4/5 (worked); 3 before = Thu 2/5.
    ['2024-05-06', 1, '2024-05-04'],
    ['2024-05-06', 3, '2024-05-02'],
    // 1 working day before Mon 3/2/2025 is Fri 24/1/2025 (Tết break in between).
    ['2025-02-03', 1, '2025-01-24'],
    ['2025-02-03', 0, '2025-02-03'],
  ])('%s minus %i working days = %s', (due, n, expected) => {
    expect(workingDaysBefore(due, n)).toBe(expected);
  });

  it('marks a date provisional when it rests on a year without an official schedule', () => {
    expect(spansProvisionalDays('2026-11-10', '2026-12-09')).toBe(false);
    expect(spansProvisionalDays('2026-12-20', '2027-01-20')).toBe(true);
    expect(spansProvisionalDays('2027-01-20', '2026-12-20')).toBe(true);
  });

  it('counts backwards with a negative sign', () => {
    expect(workingDaysBetween('2024-05-06', '2024-04-25')).toBe(-5);
    expect(workingDaysBetween('2024-05-06', '2024-05-06')).toBe(0);
  });

  it.each([-1, 1.5, Number.NaN, 20_000])('rejects the count %p', (n) => {
    expect(() => addWorkingDays('2025-01-02', n)).toThrow(DomainValidationError);
    expect(() => workingDaysBefore('2025-01-02', n)).toThrow(DomainValidationError);
  });

  describe('properties', () => {
    it('a due date is never a day off', () => {
      fc.assert(
        fc.property(anyDate, anyCount, (start, n) => {
          expect(isWorkingDay(addWorkingDays(start, n))).toBe(true);
        }),
      );
    });

    it('adding N working days then counting back gives N', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (start, n) => {
          const due = addWorkingDays(start, n);
          expect(workingDaysBetween(start, due)).toBe(n);
          expect(workingDaysBefore(due, n) <= start).toBe(true);
          expect(workingDaysBefore(due, n - 1) > start).toBe(true);
        }),
      );
    });

    it('more days never give an earlier date, and one more day gives a later one', () => {
      fc.assert(
        fc.property(anyDate, anyCount, anyCount, (start, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(addWorkingDays(start, lo) <= addWorkingDays(start, hi)).toBe(true);
          // From a day off, 0 days is the next working day, which is also where 1 day lands.
          const strictlyLater = hi > 0 || isWorkingDay(start);
          const [current, next] = [addWorkingDays(start, hi), addWorkingDays(start, hi + 1)];
          expect(strictlyLater ? next > current : next >= current).toBe(true);
        }),
      );
    });

    it('a later start never gives an earlier due date', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 0, max: 30 }), anyCount, (start, shift, n) => {
          expect(addWorkingDays(start, n) <= addWorkingDays(addDays(start, shift), n)).toBe(true);
        }),
      );
    });

    it('workingDaysBefore lands on a working day n working days earlier', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (due, n) => {
          const earlier = workingDaysBefore(due, n);
          expect(isWorkingDay(earlier)).toBe(true);
          expect(workingDaysBetween(earlier, due)).toBe(n - 1 + (isWorkingDay(due) ? 1 : 0));
          expect(nextWorkingDayOnOrAfter(earlier)).toBe(earlier);
        }),
      );
    });
  });
});
