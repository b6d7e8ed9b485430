import { todayInVietnam } from './unit-tree';

describe('todayInVietnam', () => {
  it.each([
    ['2025-06-30T16:59:59Z', '2025-06-30'],
    ['2025-06-30T17:00:00Z', '2025-07-01'],
    ['2024-12-31T23:00:00Z', '2025-01-01'],
  ])('at %s it is %s in Việt Nam', (instant, date) => {
    expect(todayInVietnam(new Date(instant))).toBe(date);
  });
});
