import { type IsoDate, ruleSetInForce, type RuleSet, vietnamDateOfEpochMillis } from '@tdkt/domain';
import type { ServerConfig } from '@tdkt/server-config';

/** The date whose rules apply to new submissions: today in Vietnam, or RULES_AS_OF when replaying a past period. */
export function rulesDate(config: Pick<ServerConfig, 'RULES_AS_OF'>): IsoDate {
  return config.RULES_AS_OF ?? vietnamDateOfEpochMillis(Date.now());
}

/**
 * The rule set new submissions get: the national one in force on the rules date with the
 * deployment's provincial profile (RULES_PROFILE) on top, e.g. `VN-2024+DN`.
 */
export function ruleSetForSubmissions(
  config: Pick<ServerConfig, 'RULES_AS_OF' | 'RULES_PROFILE'>,
): RuleSet {
  return ruleSetInForce(rulesDate(config), config.RULES_PROFILE);
}

/**
 * Today in Vietnam: the date receipts, certificates and decisions carry. RULES_AS_OF only chooses
 * which rules apply; documents never claim a date other than the day they were made, so that a
 * decision is never dated before the council meeting it cites, nor a due date before its timer.
 */
export function documentDate(): IsoDate {
  return vietnamDateOfEpochMillis(Date.now());
}
