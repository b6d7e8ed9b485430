import { planItemOutcome, tallyOutcomes } from './plan-outcome';

describe('plan item outcomes', () => {
  it.each([
    ['2024-06-11', '2024-06-11', '2024-07-01', 'ON_TIME'],
    ['2024-06-11', '2024-06-12', '2024-07-01', 'DONE_LATE'],
    ['2024-06-11', null, '2024-06-12', 'OVERDUE'],
    ['2024-06-11', null, '2024-06-11', 'OPEN'],
  ] as const)('due %s, done %s, seen %s: %s', (due, done, asOf, expected) => {
    expect(planItemOutcome(due, done, asOf)).toBe(expected);
  });

  it('tallies per owner: late = missed the due date, open = not done; an overdue item counts in both', () => {
    const { owners, totals } = tallyOutcomes([
      { ownerUnitId: 'pnv', outcome: 'ON_TIME' },
      { ownerUnitId: 'pnv', outcome: 'OVERDUE' },
      { ownerUnitId: 'pgd', outcome: 'DONE_LATE' },
      { ownerUnitId: 'pnv', outcome: 'OPEN' },
    ]);
    expect(owners).toEqual([
      { ownerUnitId: 'pnv', total: 3, onTime: 1, late: 1, open: 2 },
      { ownerUnitId: 'pgd', total: 1, onTime: 0, late: 1, open: 0 },
    ]);
    expect(totals).toEqual({ ownerUnitId: '*', total: 4, onTime: 1, late: 2, open: 2 });
  });
});
