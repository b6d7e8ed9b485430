import { awardOf } from '../awards/deciding';
import type { AwardCode } from '../awards/codes';
import type { DossierTrack, RuleSet } from './types';

/** How a dossier for one award is handled under one rule set: its track and its procedure. */
export interface DossierProcedure {
  readonly track: DossierTrack;
  /** Whether the simplified procedure (thủ tục đơn giản) applies: a short dossier, short limits. */
  readonly simplified: boolean;
  /** Working days to appraise the dossier at each level. */
  readonly reviewWorkingDays: number;
  /** Working days for the leader's decision; null keeps the engine's default. */
  readonly decisionWorkingDays: number | null;
  /** Whether the nominees are disclosed for objections before the decision. */
  readonly publicDisclosure: boolean;
}

/**
 * The procedure a dossier for `awardCode` follows under `ruleSet`: an award handled by the
 * simplified procedure takes that procedure's limits and disclosure rule; every other award the
 * rule set's standard ones.
 */
export function dossierProcedure(ruleSet: RuleSet, awardCode: AwardCode): DossierProcedure {
  const award = awardOf(ruleSet, awardCode);
  const track = award.track ?? 'periodic';
  if (!award.simplifiedProcedure) {
    return {
      track,
      simplified: false,
      reviewWorkingDays: ruleSet.timeLimits.unitReviewWorkingDays,
      decisionWorkingDays: null,
      publicDisclosure: ruleSet.publicDisclosure.required,
    };
  }
  const simplified = ruleSet.simplifiedProcedure;
  return {
    track,
    simplified: true,
    reviewWorkingDays: simplified.reviewWorkingDays,
    decisionWorkingDays: simplified.decisionWorkingDays,
    publicDisclosure: ruleSet.publicDisclosure.required && simplified.publicDisclosure,
  };
}
