import type { IsoDate } from '../calendar/iso-date';
import { getRuleSet, RULE_SETS } from './registry';
import type { RuleSet } from './types';

/**
 * The later rule set a dossier may still benefit from: one whose transition rule covers dossiers
 * received under `pinned` before its cut-over (e.g. VN-2026-10 for a VN-2025-07 dossier received
 * before 1/10/2026), once it is in force on `asOf`. Null when no transition applies. The pinned rule
 * set stays the dossier's rule set; the successor is applied only where it is more favourable.
 */
export function successorUnderTransition(
  pinned: RuleSet,
  receivedOn: IsoDate,
  asOf: IsoDate,
): RuleSet | null {
  const successor = Object.values(RULE_SETS).find(
    (candidate) =>
      candidate.transition !== null &&
      candidate.transition.previous === pinned.baseId &&
      receivedOn < candidate.transition.receivedBefore &&
      asOf >= candidate.effectiveFrom,
  );
  if (successor === undefined) return null;
  if (pinned.profileId === null) return successor;
  try {
    return getRuleSet(`${successor.id}+${pinned.profileId}`);
  } catch {
    return successor;
  }
}

/**
 * True when a dossier pinned to `ruleSet` and received on `receivedOn` is a replay of a past period:
 * the rule set was not in force the day the dossier was really received, so a decision on it is not
 * a legal act of today (e.g. the 2024 demo replayed in 2026 with RULES_AS_OF).
 */
export function isReplayOf(ruleSet: RuleSet, receivedOn: IsoDate): boolean {
  return (
    receivedOn < ruleSet.effectiveFrom ||
    (ruleSet.effectiveTo !== null && receivedOn > ruleSet.effectiveTo)
  );
}
