import type { NomineeKind } from '../awards/codes';
import {
  judgeTarget,
  type PlanTarget,
  RECIPIENT_GROUPS,
  type RecipientGroup,
  type Share,
  sharePercent,
  type TargetVerdict,
} from '../plan/plan-targets';

/** An award counted by the statistics: its nominee's categories as the dossier states them. */
export interface AwardedNominee {
  readonly kind: NomineeKind;
  readonly female: boolean | null;
  readonly directWorker: boolean | null;
  readonly ethnicMinority: boolean | null;
  readonly leader: boolean | null;
  /** The proposing unit's remote-area classification when the dossier was submitted. */
  readonly remoteArea: boolean | null;
}

/** A group's share of a year's awards, with how many awards did not state the category. */
export interface GroupShare extends Share {
  readonly unstated: number;
}

/**
 * Which awards count towards each group's denominator: a person's gender and post describe
 * individuals only; direct work and ethnicity describe individuals and households; every award
 * has a proposing unit, hence a remote area or not.
 */
const GROUP_KINDS: Readonly<Record<RecipientGroup, readonly NomineeKind[]>> = {
  woman: ['individual'],
  'non-leader': ['individual'],
  'direct-worker': ['individual', 'household'],
  'ethnic-minority': ['individual', 'household'],
  'remote-area': ['individual', 'collective', 'household'],
};

function inGroup(group: RecipientGroup, award: AwardedNominee): boolean | null {
  switch (group) {
    case 'woman':
      return award.female;
    case 'non-leader':
      return award.leader === null ? null : !award.leader;
    case 'direct-worker':
      return award.directWorker;
    case 'ethnic-minority':
      return award.ethnicMinority;
    case 'remote-area':
      return award.remoteArea;
  }
}

/**
 * Each group's share of the awards it can describe. An award that does not state the category counts
 * in the denominator and as `unstated`: leaving a category blank never makes a group look larger.
 */
export function groupShares(awards: readonly AwardedNominee[]): Record<RecipientGroup, GroupShare> {
  const shares = {} as Record<RecipientGroup, GroupShare>;
  for (const group of RECIPIENT_GROUPS) {
    const described = awards.filter((award) => GROUP_KINDS[group].includes(award.kind));
    const answers = described.map((award) => inGroup(group, award));
    shares[group] = {
      count: answers.filter((answer) => answer === true).length,
      of: described.length,
      unstated: answers.filter((answer) => answer === null).length,
    };
  }
  return shares;
}

/** A group's share this year and the year before, judged against the plan's target for it if any. */
export interface GroupShareReport {
  readonly group: RecipientGroup;
  readonly share: GroupShare;
  readonly percent: number | null;
  readonly previous: GroupShare;
  readonly previousPercent: number | null;
  readonly target: PlanTarget | null;
  readonly verdict: TargetVerdict;
}

/** The year's shares beside the year before's, each judged against the plan's target for its group. */
export function reportGroupShares(
  year: readonly AwardedNominee[],
  previousYear: readonly AwardedNominee[],
  targets: readonly PlanTarget[],
): GroupShareReport[] {
  const now = groupShares(year);
  const before = groupShares(previousYear);
  return RECIPIENT_GROUPS.map((group) => {
    const target = targets.find((candidate) => candidate.group === group) ?? null;
    const previous = before[group];
    return {
      group,
      share: now[group],
      percent: sharePercent(now[group]),
      previous,
      previousPercent: sharePercent(previous),
      target,
      verdict:
        target === null
          ? 'not-judged'
          : judgeTarget(target, now[group], previous.of === 0 ? null : previous),
    };
  });
}
