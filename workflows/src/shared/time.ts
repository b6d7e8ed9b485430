import { sleep } from '@temporalio/workflow';
import { vietnamDateOfEpochMillis, type IsoDate } from '@tdkt/domain';

/** Workflow time as an ISO instant (deterministic: Temporal replays it). */
export function nowIso(): string {
  return new Date(Date.now()).toISOString();
}

/** Today's date in Vietnam, in workflow time. */
export function todayInVietnam(): IsoDate {
  return vietnamDateOfEpochMillis(Date.now());
}

/** A durable timer until an instant; returns at once if it has passed. */
export async function sleepUntil(instant: string): Promise<void> {
  const remaining = Date.parse(instant) - Date.now();
  if (remaining > 0) await sleep(remaining);
}
