import { vietnamDateOfEpochMillis } from '@tdkt/domain';

/** The plan's notion of now: workflow time, shifted when the plan runs "as of" another instant. */
export interface PlanClock {
  nowMs(): number;
  nowIso(): string;
  /** Today's date in Vietnam by the plan's clock. */
  today(): string;
  /** Milliseconds from now until `instant` (negative when it has passed). */
  msUntil(instant: string): number;
}

/**
 * Workflow time is deterministic (replays see the same Date.now()), so the offset computed on the
 * first run is the same on every replay.
 */
export function createPlanClock(startAsOf: string | null): PlanClock {
  const offset = startAsOf === null ? 0 : Date.parse(startAsOf) - Date.now();
  const nowMs = () => Date.now() + offset;
  return {
    nowMs,
    nowIso: () => new Date(nowMs()).toISOString(),
    today: () => vietnamDateOfEpochMillis(nowMs()),
    msUntil: (instant) => Date.parse(instant) - nowMs(),
  };
}
