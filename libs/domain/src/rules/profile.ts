import type { AwardCode, NomineeKind } from '../awards/codes';
import { deepFreeze } from '../shared/deep-freeze';
import { ProfileNotApplicableError } from '../shared/errors';
import type { LocalizedText } from '../shared/localized-text';
import type {
  AwardDefinition,
  Criterion,
  LegalInstrument,
  QuorumRule,
  RatioCap,
  RuleSet,
  SubmissionCutoff,
  TimeLimits,
  UnconfirmedItem,
} from './types';

/** A province's own settings layered on a national rule set. */
export interface ProvincialProfile {
  /** Short code used in composite rule-set ids, e.g. "DN" in "VN-2024+DN". */
  readonly id: string;
  readonly province: LocalizedText;
  /** Base rule sets this profile was written for. */
  readonly appliesTo: readonly string[];
  readonly legalBasis: readonly LegalInstrument[];
  readonly timeLimits?: Partial<TimeLimits>;
  readonly disclosureWindowWorkingDays?: number;
  readonly quorum?: QuorumRule;
  readonly councilSecretBallot?: boolean;
  readonly registrationRequiredForTitles?: boolean;
  readonly ratioCaps?: Readonly<Partial<Record<AwardCode, RatioCap>>>;
  readonly submissionCutoffs?: readonly SubmissionCutoff[];
  /** Replaces an award's criteria for the given nominee kinds. */
  readonly awardCriteria?: Readonly<
    Partial<Record<AwardCode, Readonly<Partial<Record<NomineeKind, readonly Criterion[]>>>>>
  >;
  readonly unconfirmed: readonly UnconfirmedItem[];
}

/** A new frozen rule set with the profile's settings applied; its id is `${base}+${profile}`. */
export function applyProfile(ruleSet: RuleSet, profile: ProvincialProfile): RuleSet {
  if (ruleSet.profileId !== null || !profile.appliesTo.includes(ruleSet.baseId)) {
    throw new ProfileNotApplicableError(profile.id, ruleSet.id);
  }
  const awards = { ...ruleSet.awards } as Record<AwardCode, AwardDefinition>;
  for (const [code, criteria] of Object.entries(profile.awardCriteria ?? {}) as [
    AwardCode,
    Partial<Record<NomineeKind, readonly Criterion[]>>,
  ][]) {
    const award = awards[code];
    if (award !== undefined)
      awards[code] = { ...award, criteria: { ...award.criteria, ...criteria } };
  }
  const result: RuleSet = {
    ...ruleSet,
    id: `${ruleSet.baseId}+${profile.id}`,
    profileId: profile.id,
    name: {
      vi: `${ruleSet.name.vi} — ${profile.province.vi}`,
      en: `${ruleSet.name.en} — ${profile.province.en}`,
    },
    legalBasis: [...ruleSet.legalBasis, ...profile.legalBasis],
    awards,
    timeLimits: { ...ruleSet.timeLimits, ...profile.timeLimits },
    publicDisclosure: {
      ...ruleSet.publicDisclosure,
      windowWorkingDays:
        profile.disclosureWindowWorkingDays ?? ruleSet.publicDisclosure.windowWorkingDays,
    },
    quorum: profile.quorum ?? ruleSet.quorum,
    councilBallot: {
      ...ruleSet.councilBallot,
      secret: profile.councilSecretBallot ?? ruleSet.councilBallot.secret,
    },
    registration: {
      ...ruleSet.registration,
      requiredForTitles:
        profile.registrationRequiredForTitles ?? ruleSet.registration.requiredForTitles,
    },
    ratioCaps: { ...ruleSet.ratioCaps, ...profile.ratioCaps },
    submissionCutoffs: [...ruleSet.submissionCutoffs, ...(profile.submissionCutoffs ?? [])],
    unconfirmed: [...ruleSet.unconfirmed, ...profile.unconfirmed],
  };
  return deepFreeze(result);
}
