import { condition, sleep } from '@temporalio/workflow';
import type { QuarterSummary } from '@tdkt/contracts';
import {
  planItemOutcome,
  type QuarterSchedule,
  tallyOutcomes,
  vietnamDateOfEpochMillis,
} from '@tdkt/domain';
import { readModel } from '../activities';
import { noticesOf, noticeStatusOf } from '../plan-item-state';
import { quarterSummaryRequest } from '../plan-notifications';
import type { PlanRun } from '../plan-run';

/** After each quarter, once its overdue notices have gone out, its summary is saved and sent. */
export async function summarizeQuarters(run: PlanRun): Promise<void> {
  for (const quarter of run.quarters) {
    const wait = run.clock.msUntil(quarter.summary.at);
    if (wait > 0) await sleep(wait);
    await condition(() => overdueSettledBy(run, quarter.summary.at));
    const summary = summarize(run, quarter);
    await readModel.recordQuarterSummary(summary);
    quarter.summarized = true;
    await run.notify(quarterSummaryRequest(run.input, summary));
  }
}

/** Overdue notices due by `instant` have gone out (or their items are done), so a summary sees them. */
function overdueSettledBy(run: PlanRun, instant: string): boolean {
  return [...run.items.values()].every(
    (state) =>
      state.completion !== null ||
      noticesOf(state).every(
        (notice) =>
          notice.kind !== 'overdue' ||
          Date.parse(notice.at) > Date.parse(instant) ||
          noticeStatusOf(state, notice) !== 'PENDING',
      ),
  );
}

function summarize(run: PlanRun, quarter: QuarterSchedule): QuarterSummary {
  const asOf = quarter.summary.on;
  const quarterItems = [...run.items.values()]
    .filter((state) => state.item.quarter === quarter.quarter)
    .map((state) => {
      const completedOn =
        state.completion === null
          ? null
          : vietnamDateOfEpochMillis(Date.parse(state.completion.completedAt));
      return {
        itemKey: state.item.key,
        ownerUnitId: state.item.ownerUnitId,
        ownerName: state.item.ownerName,
        dueOn: state.item.dueOn,
        completedOn,
        outcome: planItemOutcome(state.item.dueOn, completedOn, asOf),
      };
    });
  const { owners, totals } = tallyOutcomes(quarterItems);
  return {
    planId: run.input.planId,
    year: run.input.year,
    quarter: quarter.quarter,
    asOf,
    items: quarterItems.map(({ ownerName: _ownerName, ...item }) => item),
    owners: owners.map((owner) => ({
      ...owner,
      ownerName: quarterItems.find((i) => i.ownerUnitId === owner.ownerUnitId)!.ownerName,
    })),
    totals,
  };
}
