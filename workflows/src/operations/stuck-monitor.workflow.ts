import { continueAsNew, sleep } from '@temporalio/workflow';
import { STUCK_REASONS, type StuckReason } from '@tdkt/contracts';
import { nowIso } from '../shared/time';
import { alerts, census } from './activities';

/** What the monitor carries into its next run: the reasons above their threshold, since when. */
export interface StuckMonitorInput {
  above: Partial<Record<StuckReason, string>>;
}

/** Rounds per run before continuing as new, which keeps the history short. */
const ROUNDS_PER_RUN = 100;

/**
 * Counts stuck workflows per reason on a durable timer and alerts the administrators when a count
 * reaches its threshold: once per crossing (the count must fall below again before the next alert).
 * One per namespace, with a fixed workflow id; the worker starts it if it is not running.
 */
export async function stuckMonitorWorkflow(input: StuckMonitorInput): Promise<void> {
  const above = { ...input.above };
  for (let round = 0; round < ROUNDS_PER_RUN; round += 1) {
    const { counts, thresholds, intervalSeconds } = await census.takeStuckCensus();
    for (const reason of STUCK_REASONS) {
      const threshold = thresholds[reason];
      const over = threshold !== undefined && counts[reason] >= threshold;
      if (over && above[reason] === undefined) {
        const crossedAt = nowIso();
        above[reason] = crossedAt;
        await alerts.alertStuckThreshold({ reason, count: counts[reason], threshold, crossedAt });
      } else if (!over) {
        delete above[reason];
      }
    }
    await sleep(intervalSeconds * 1000);
  }
  await continueAsNew<typeof stuckMonitorWorkflow>({ above });
}
