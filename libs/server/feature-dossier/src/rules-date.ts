import {
  type IsoDate,
  ruleSetInForce,
  type RuleSet,
  vietnamDateOfEpochMillis,
  yearOf,
} from '@tdkt/domain';
import type { ServerConfig } from '@tdkt/server-config';

/**
 * The date whose rules apply to a new submission: today in Vietnam, or RULES_AS_OF when it replays a
 * past cycle and the dossier's award year belongs to it (not after RULES_AS_OF's year). Without an
 * award year (a council meeting, an initiative) a replay date applies as set.
 */
export function rulesDate(config: Pick<ServerConfig, 'RULES_AS_OF'>, awardYear?: number): IsoDate {
  const replay = config.RULES_AS_OF;
  if (replay !== undefined && (awardYear === undefined || awardYear <= yearOf(replay)))
    return replay;
  return vietnamDateOfEpochMillis(Date.now());
}

/**
 * The rule set a new submission gets: the national one in force on its rules date with the
 * deployment's provincial profile (RULES_PROFILE) on top, e.g. `VN-2026-10+DN`.
 */
export function ruleSetForSubmissions(
  config: Pick<ServerConfig, 'RULES_AS_OF' | 'RULES_PROFILE'>,
  awardYear?: number,
): RuleSet {
  return ruleSetInForce(rulesDate(config, awardYear), config.RULES_PROFILE);
}

/** True when a dossier for `awardYear` is part of the replayed past cycle (RULES_AS_OF). */
export function isReplayedCycle(
  config: Pick<ServerConfig, 'RULES_AS_OF'>,
  awardYear: number,
): boolean {
  return config.RULES_AS_OF !== undefined && awardYear <= yearOf(config.RULES_AS_OF);
}

/**
 * Today in Vietnam: the date receipts, certificates and decisions carry. RULES_AS_OF only chooses
 * which rules apply; documents never claim a date other than the day they were made, so that a
 * decision is never dated before the council meeting it cites, nor a due date before its timer.
 */
export function documentDate(): IsoDate {
  return vietnamDateOfEpochMillis(Date.now());
}
