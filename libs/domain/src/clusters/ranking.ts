import { fieldIssue, type DomainFieldIssue } from '../shared/errors';

/** A member's final total as the cluster's review adopted it; null when the member was never scored. */
export interface MemberTotal {
  readonly unitId: string;
  readonly total: number | null;
}

/** A member's place: shared places are explicit (`tiedWith`), never settled silently by input order. */
export interface RankedMember {
  readonly unitId: string;
  readonly total: number | null;
  /** 1 for the leader; members with equal totals share a rank unless the meeting broke the tie. Null: not scored. */
  readonly rank: number | null;
  /** The other members sharing this rank (đồng hạng). */
  readonly tiedWith: readonly string[];
  /** True when the rank comes from the meeting's decision between equal totals, not the totals alone. */
  readonly decidedByMeeting: boolean;
}

/**
 * Ranks a cluster's members by total, highest first (competition ranking: 1, 1, 3). Equal totals share a
 * rank unless `tieBreak`, the order the review meeting agreed between members with equal totals, sets
 * them apart; it only ever orders members whose totals are equal. Members never scored come last,
 * without a rank.
 */
export function rankMembers(
  members: readonly MemberTotal[],
  tieBreak: readonly string[] = [],
): RankedMember[] {
  const position = new Map(tieBreak.map((unitId, index) => [unitId, index]));
  const scored = members.filter((member) => member.total !== null);
  const sorted = [...scored].sort(
    (a, b) =>
      (b.total ?? 0) - (a.total ?? 0) ||
      (position.get(a.unitId) ?? Infinity) - (position.get(b.unitId) ?? Infinity) ||
      a.unitId.localeCompare(b.unitId),
  );
  const ranked: RankedMember[] = [];
  for (const head of sorted) {
    if (ranked.some((member) => member.unitId === head.unitId)) continue;
    const total = head.total;
    const group = sorted.filter((member) => member.total === total);
    const rankBase = ranked.length + 1;
    // Within equal totals, the members the meeting ordered take successive places; the rest share one.
    const ordered = group.filter((member) => position.has(member.unitId));
    const unordered = group.filter((member) => !position.has(member.unitId));
    ordered.forEach((member, offset) =>
      ranked.push({
        unitId: member.unitId,
        total,
        rank: rankBase + offset,
        tiedWith: [],
        decidedByMeeting: group.length > 1,
      }),
    );
    const sharedRank = rankBase + ordered.length;
    for (const member of unordered)
      ranked.push({
        unitId: member.unitId,
        total,
        rank: sharedRank,
        tiedWith: unordered.filter((other) => other !== member).map((other) => other.unitId),
        decidedByMeeting: false,
      });
  }
  for (const member of members)
    if (member.total === null)
      ranked.push({
        unitId: member.unitId,
        total: null,
        rank: null,
        tiedWith: [],
        decidedByMeeting: false,
      });
  return ranked;
}

/** The members sharing first place: the cluster's leader must be one member, so the meeting decides. */
export function unresolvedLeadTie(ranking: readonly RankedMember[]): string[] {
  const first = ranking.filter((member) => member.rank === 1);
  return first.length > 1 ? first.map((member) => member.unitId) : [];
}

/** What is wrong with a tie-break: every member named once, and only members of the cluster. */
export function tieBreakIssues(
  tieBreak: readonly string[],
  memberIds: readonly string[],
  field = 'tieBreak',
): DomainFieldIssue[] {
  const members = new Set(memberIds);
  const seen = new Set<string>();
  const issues: DomainFieldIssue[] = [];
  tieBreak.forEach((unitId, index) => {
    if (!members.has(unitId))
      issues.push(
        fieldIssue(`${field}[${index}]`, 'cluster-member', {
          vi: `đơn vị ${unitId} không thuộc cụm`,
          en: `unit ${unitId} is not a member of the cluster`,
        }),
      );
    if (seen.has(unitId))
      issues.push(
        fieldIssue(`${field}[${index}]`, 'unique', {
          vi: `đơn vị ${unitId} được nêu hai lần`,
          en: `unit ${unitId} is named twice`,
        }),
      );
    seen.add(unitId);
  });
  return issues;
}
