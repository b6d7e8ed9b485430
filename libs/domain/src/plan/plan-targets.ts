import type { LocalizedText } from '../shared/localized-text';

/**
 * The groups of award recipients a plan may set targets for, as the 2024 Cẩm Mỹ plan and the Law on
 * Emulation and Commendation name them: people who work directly (công nhân, nông dân, người lao động
 * trực tiếp), ethnic minorities, units in remote or disadvantaged areas, women, and people who are not
 * leaders or managers.
 */
export const RECIPIENT_GROUPS = [
  'direct-worker',
  'ethnic-minority',
  'remote-area',
  'woman',
  'non-leader',
] as const;
export type RecipientGroup = (typeof RECIPIENT_GROUPS)[number];

/**
 * What a plan asks of a group's share of awards:
 * - `rising`: higher than the year before ("Phấn đấu tăng dần tỷ lệ …");
 * - `at-least`: at least `percent` % of the awards;
 * - `emphasis`: the plan asks for attention without a figure ("Chú trọng …", "Quan tâm …"); the share
 *   is reported beside it, never judged.
 */
export const TARGET_KINDS = ['rising', 'at-least', 'emphasis'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** A target a yearly plan sets for a group's share of awards, in the plan's own words. */
export interface PlanTarget {
  readonly group: RecipientGroup;
  readonly kind: TargetKind;
  /** For `at-least`: the minimum share in percent. */
  readonly percent: number | null;
  /** The plan's wording (vi) and a gloss (en). */
  readonly text: LocalizedText;
  /** Where in the plan the sentence stands, e.g. "Mục III.1, gạch đầu dòng thứ 4". */
  readonly source: string;
}

/** Names of the groups, as a report prints them. */
export const RECIPIENT_GROUP_NAMES: Readonly<Record<RecipientGroup, LocalizedText>> = {
  'direct-worker': { vi: 'Người lao động trực tiếp', en: 'Direct workers' },
  'ethnic-minority': { vi: 'Người dân tộc thiểu số', en: 'Ethnic minorities' },
  'remote-area': { vi: 'Vùng sâu, vùng xa, vùng khó khăn', en: 'Remote and disadvantaged areas' },
  woman: { vi: 'Nữ', en: 'Women' },
  'non-leader': {
    vi: 'Không giữ chức vụ lãnh đạo, quản lý',
    en: 'Not in a leading or managing post',
  },
};

/** How a group's share measured up to a target: met, not met, or not judged (no figure, no data). */
export type TargetVerdict = 'met' | 'not-met' | 'not-judged';

/** A share of awards: `count` of `of`, null when there were no awards to count. */
export interface Share {
  readonly count: number;
  readonly of: number;
}

/** The share in percent, one decimal; null when nothing was counted. */
export function sharePercent(share: Share): number | null {
  if (share.of === 0) return null;
  return Math.round((share.count / share.of) * 1000) / 10;
}

/**
 * Judges a group's share against a plan target: `rising` needs a share above the previous year's
 * (not judged without one), `at-least` needs the percent, `emphasis` is never judged.
 */
export function judgeTarget(
  target: Pick<PlanTarget, 'kind' | 'percent'>,
  share: Share,
  previous: Share | null,
): TargetVerdict {
  const now = sharePercent(share);
  if (now === null || target.kind === 'emphasis') return 'not-judged';
  if (target.kind === 'at-least')
    return target.percent !== null && now >= target.percent ? 'met' : 'not-met';
  const before = previous === null ? null : sharePercent(previous);
  if (before === null) return 'not-judged';
  return now > before ? 'met' : 'not-met';
}
