import { workingDaysLeft } from './display-names';

/** An instant at hh:mm on a day in Vietnam (UTC+7). */
const vietnam = (day: string, time = '09:00') => new Date(`${day}T${time}:00+07:00`);

describe('working days left to a deadline, as people in Vietnam count them', () => {
  it.each([
    // now, due, working days left
    ['2024-12-16', '2024-12-16', 0],
    ['2024-12-16', '2024-12-17', 1],
    // Friday to Monday: the weekend does not count.
    ['2024-12-13', '2024-12-16', 1],
    ['2024-12-16', '2024-12-13', -1],
    // Tết 2025 (27/01–31/01 off): from the Friday before to the Monday after is one working day.
    ['2025-01-24', '2025-02-03', 1],
    // 1 January is a day off: 19 working days, not 20.
    ['2024-12-16', '2025-01-13', 19],
  ])('from %s to a deadline on %s: %d', (now, due, left) => {
    expect(workingDaysLeft(vietnam(due, '17:00'), vietnam(now).getTime())).toBe(left);
  });

  it('takes the day in Vietnam, not in UTC: 23:30 on the 16th there is still the 16th', () => {
    expect(
      workingDaysLeft(vietnam('2024-12-17', '08:00'), vietnam('2024-12-16', '23:30').getTime()),
    ).toBe(1);
  });

  it('has nothing to count without a deadline', () => {
    expect(workingDaysLeft(null)).toBeNull();
  });
});
