import { assertIsoDate, type IsoDate } from '../calendar/iso-date';
import { deepFreeze } from '../shared/deep-freeze';
import { NoRuleSetInForceError, UnknownRuleSetError } from '../shared/errors';
import { DONG_NAI_PROFILE } from './dong-nai';
import { applyProfile, type ProvincialProfile } from './profile';
import type { RuleSet } from './types';
import { VN_2024 } from './vn-2024';
import { VN_2025_07 } from './vn-2025-07';
import { VN_2026_10 } from './vn-2026-10';

/** Released national rule sets by id, oldest first; frozen. */
export const RULE_SETS: Readonly<Record<string, RuleSet>> = deepFreeze({
  'VN-2024': VN_2024,
  'VN-2025-07': VN_2025_07,
  'VN-2026-10': VN_2026_10,
});

/** Provincial profiles that can be layered on a rule set by composite id (`VN-2024+DN`). */
export const PROVINCIAL_PROFILES: Readonly<Record<string, ProvincialProfile>> = deepFreeze({
  DN: DONG_NAI_PROFILE,
});

const composed = new Map<string, RuleSet>();

/** The rule set with this id, including composite ids such as `VN-2025-07+DN`; throws for unknown ids. */
export function getRuleSet(id: string): RuleSet {
  const base = RULE_SETS[id];
  if (base) return base;
  const cached = composed.get(id);
  if (cached) return cached;
  const [baseId, profileId, ...rest] = id.split('+');
  const baseSet = baseId === undefined ? undefined : RULE_SETS[baseId];
  const profile = profileId === undefined ? undefined : PROVINCIAL_PROFILES[profileId];
  if (!baseSet || !profile || rest.length > 0 || !profile.appliesTo.includes(baseSet.id)) {
    throw new UnknownRuleSetError(id);
  }
  const ruleSet = applyProfile(baseSet, profile);
  composed.set(id, ruleSet);
  return ruleSet;
}

/** True when `ruleSet` is in force on `date`. */
export function isInForce(ruleSet: RuleSet, date: IsoDate): boolean {
  return (
    date >= ruleSet.effectiveFrom && (ruleSet.effectiveTo === null || date <= ruleSet.effectiveTo)
  );
}

/** The national rule set in force on `asOf` (with the profile applied when given); throws if none. */
export function ruleSetInForce(asOf: IsoDate, profileId?: string): RuleSet {
  assertIsoDate(asOf, 'asOf');
  const base = Object.values(RULE_SETS).find((ruleSet) => isInForce(ruleSet, asOf));
  if (!base) throw new NoRuleSetInForceError(asOf);
  return profileId === undefined ? base : getRuleSet(`${base.id}+${profileId}`);
}
