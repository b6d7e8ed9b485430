/** How `npm start` brings back a process that ended on its own (see README, "npm start"). */
export interface RestartPolicy {
  /** Wait before the first restart; it doubles with each restart in a row, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** A process that ran this long before it ended was healthy: the wait starts again from initialDelayMs. */
  healthyAfterMs: number;
  /** Gives up once this many restarts (attempts, failed or not) fall within windowMs. */
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  healthyAfterMs: 60_000,
  maxRestarts: 5,
  windowMs: 10 * 60_000,
};

/** What a process has been through: when it was restarted (attempts) and the wait before the last one. */
export interface RestartHistory {
  attempts: number[];
  lastDelayMs: number | null;
}

export type RestartDecision =
  { restart: true; delayMs: number } | { restart: false; reason: string };

/**
 * Whether and when to restart a process that ended at `now` after running `ranForMs` (0 when the
 * restart itself failed): with a delay that doubles while it keeps ending, back to the first after a
 * healthy run, and not at all once restarts keep failing (maxRestarts within windowMs).
 */
export function restartDecision(
  history: RestartHistory,
  now: number,
  ranForMs: number,
  policy: RestartPolicy,
): RestartDecision {
  const recent = history.attempts.filter((at) => now - at < policy.windowMs);
  if (recent.length >= policy.maxRestarts)
    return {
      restart: false,
      reason: `restarted ${recent.length} times within ${Math.round(policy.windowMs / 1000)} s`,
    };
  const delayMs =
    history.lastDelayMs === null || ranForMs >= policy.healthyAfterMs
      ? policy.initialDelayMs
      : Math.min(history.lastDelayMs * 2, policy.maxDelayMs);
  return { restart: true, delayMs };
}

/** The policy with TDKT_RESTART_MAX and TDKT_RESTART_WINDOW_SECONDS applied, each a positive integer. */
export function restartPolicyFromEnv(env: NodeJS.ProcessEnv): RestartPolicy {
  const positive = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (!/^[1-9]\d{0,5}$/.test(value))
      throw new Error(`${name} must be a positive whole number, not "${value}"`);
    return Number(value);
  };
  return {
    ...DEFAULT_RESTART_POLICY,
    maxRestarts: positive('TDKT_RESTART_MAX', DEFAULT_RESTART_POLICY.maxRestarts),
    windowMs:
      positive('TDKT_RESTART_WINDOW_SECONDS', DEFAULT_RESTART_POLICY.windowMs / 1000) * 1000,
  };
}
