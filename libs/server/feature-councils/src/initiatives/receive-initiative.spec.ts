import { addCalendarMonths } from './receive-initiative.usecase';

describe('the initiative decision due date', () => {
  it.each([
    ['2024-03-15', 3, '2024-06-15'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2024-10-31', 3, '2025-01-31'],
  ])('%s + %i months = %s', (from, months, due) => {
    expect(addCalendarMonths(from, months)).toBe(due);
  });
});
