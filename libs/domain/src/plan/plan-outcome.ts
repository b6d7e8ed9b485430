import type { IsoDate } from '../calendar/iso-date';

/**
 * Where an item stands on a given day: done by its due date, done after it, still open after it,
 * or still open before it. Pure and calendar-free, so workflows may use it.
 */
export type PlanItemOutcome = 'ON_TIME' | 'DONE_LATE' | 'OVERDUE' | 'OPEN';

/** The outcome of an item due on `dueOn`, completed on `completedOn` (null if not), as seen on `asOf`. */
export function planItemOutcome(
  dueOn: IsoDate,
  completedOn: IsoDate | null,
  asOf: IsoDate,
): PlanItemOutcome {
  if (completedOn !== null) return completedOn <= dueOn ? 'ON_TIME' : 'DONE_LATE';
  return asOf > dueOn ? 'OVERDUE' : 'OPEN';
}

/**
 * One owner's line in a quarter summary. `late` counts every item that missed its due date, done late
 * or still open; `open` counts every item not done yet, overdue or not. An overdue item is in both.
 */
export interface OwnerTally {
  readonly ownerUnitId: string;
  readonly total: number;
  readonly onTime: number;
  readonly late: number;
  readonly open: number;
}

/** Per-owner tallies, in the order owners first appear, plus the totals (ownerUnitId `*`). */
export function tallyOutcomes(
  items: readonly { ownerUnitId: string; outcome: PlanItemOutcome }[],
): { owners: OwnerTally[]; totals: OwnerTally } {
  const byOwner = new Map<string, OwnerTally>();
  const add = (tally: OwnerTally, outcome: PlanItemOutcome): OwnerTally => ({
    ...tally,
    total: tally.total + 1,
    onTime: tally.onTime + (outcome === 'ON_TIME' ? 1 : 0),
    late: tally.late + (outcome === 'DONE_LATE' || outcome === 'OVERDUE' ? 1 : 0),
    open: tally.open + (outcome === 'OVERDUE' || outcome === 'OPEN' ? 1 : 0),
  });
  const empty = (ownerUnitId: string): OwnerTally => ({
    ownerUnitId,
    total: 0,
    onTime: 0,
    late: 0,
    open: 0,
  });
  let totals = empty('*');
  for (const item of items) {
    byOwner.set(
      item.ownerUnitId,
      add(byOwner.get(item.ownerUnitId) ?? empty(item.ownerUnitId), item.outcome),
    );
    totals = add(totals, item.outcome);
  }
  return { owners: [...byOwner.values()], totals };
}
