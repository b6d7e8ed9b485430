import { carryOverDueDate, carryOverItems } from './carry-over';

describe('carrying a plan over to next year', () => {
  it.each([
    ['2024-06-11', 2025, '2025-06-11', 'a working Wednesday stays'],
    ['2024-06-14', 2025, '2025-06-13', 'Saturday 14/6/2025 goes back to Friday'],
    ['2024-02-29', 2025, '2025-02-28', 'leap day becomes 28 February'],
    ['2024-04-30', 2025, '2025-04-29', 'Reunification Day 2025 goes back to the last working day'],
    ['2024-04-01', 2028, '2028-04-03', 'Saturday 1/4/2028 would leave Q2, so it moves forward'],
  ])('%s → %s in %s (%s)', (due, year, expected) => {
    expect(carryOverDueDate(due, year)).toBe(expected);
  });

  it('keeps only recurring items and leaves quarter-end items at the quarter end', () => {
    const items = [
      { key: 'a', recurring: true, due: null },
      { key: 'b', recurring: false, due: '2024-06-11' },
      { key: 'c', recurring: true, due: '2024-06-11' },
    ];
    expect(carryOverItems(items, 2025)).toEqual([
      { key: 'a', recurring: true, due: null },
      { key: 'c', recurring: true, due: '2025-06-11' },
    ]);
  });
});
