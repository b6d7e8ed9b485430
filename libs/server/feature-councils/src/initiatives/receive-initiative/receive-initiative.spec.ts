import { addCalendarMonths, initiativeDueDate } from './receive-initiative.use-case';

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

describe('the due date of a receipt', () => {
  it.each([
    // Monday 16 December 2024 + 3 months = Sunday 16 March 2025: the limit ends on Monday 17 March.
    ['2024-12-16', '2025-03-17'],
    // Saturday 15 June 2024 → Monday 17 June.
    ['2024-03-15', '2024-06-17'],
    // 2 September 2024, National Day (31 August – 3 September off) → Wednesday 4 September.
    ['2024-06-02', '2024-09-04'],
    // Friday 31 January 2025 falls in Tết (25 January – 2 February off) → Monday 3 February.
    ['2024-10-31', '2025-02-03'],
    // A working day stays as it is: Thursday 13 February 2025.
    ['2024-11-13', '2025-02-13'],
  ])('received %s: due %s', (receivedOn, due) => {
    expect(initiativeDueDate(receivedOn, 3)).toBe(due);
  });
});
