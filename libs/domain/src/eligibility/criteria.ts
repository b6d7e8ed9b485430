import {
  ratingRank,
  scopeRank,
  type AwardCode,
  type InitiativeScope,
  type PerformanceRating,
} from '../awards/codes';
import type { IsoDate } from '../calendar/iso-date';
import type { Criterion, RuleSet } from '../rules/types';
import type { LegalRef } from '../shared/legal-ref';
import type { LocalizedText } from '../shared/localized-text';
import type { Initiative, MemberStats, Nominee } from './nominee';
import { ACHIEVEMENT_LABELS } from '../awards/achievements';
import type { EligibilityNote, EligibilityReason, EligibilityReasonCode } from './reasons';

/** What one criterion found: why it fails (empty when met), and what a reviewer should know. */
export interface CriterionOutcome {
  readonly reasons: readonly EligibilityReason[];
  readonly notes: readonly EligibilityNote[];
}

/** What a criterion is evaluated against. */
export interface CriterionContext {
  readonly nominee: Nominee;
  readonly awardCode: AwardCode;
  readonly awardYear: number;
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSet;
}

const RATING_LABEL: Record<PerformanceRating, LocalizedText> = {
  HTXS: { vi: 'hoàn thành xuất sắc nhiệm vụ (HTXS)', en: 'excellent (HTXS)' },
  HTTNV: { vi: 'hoàn thành tốt nhiệm vụ (HTTNV)', en: 'good (HTTNV)' },
  HTNV: { vi: 'hoàn thành nhiệm vụ (HTNV)', en: 'complete (HTNV)' },
  KHTNV: { vi: 'không hoàn thành nhiệm vụ (KHTNV)', en: 'not complete (KHTNV)' },
};
const SCOPE_LABEL: Record<InitiativeScope, LocalizedText> = {
  unit: { vi: 'cấp cơ sở', en: 'unit level' },
  province: { vi: 'cấp tỉnh', en: 'province-wide' },
  national: { vi: 'toàn quốc', en: 'nationwide' },
};

const reason = (
  code: EligibilityReasonCode,
  legalRef: LegalRef,
  vi: string,
  en: string,
): EligibilityReason => ({ code, legalRef, message: { vi, en } });

function ratingIn(nominee: Nominee, year: number): PerformanceRating | undefined {
  return nominee.ratings.find((r) => r.year === year)?.rating;
}

function hasTitle(nominee: Nominee, code: AwardCode, year: number): boolean {
  return nominee.titles.some((t) => t.code === code && t.year === year);
}

function atLeast(rating: PerformanceRating | undefined, minimum: PerformanceRating): boolean {
  return rating !== undefined && ratingRank(rating) >= ratingRank(minimum);
}

function ratingText(rating: PerformanceRating | undefined): LocalizedText {
  return rating ? RATING_LABEL[rating] : { vi: 'chưa có xếp loại', en: 'no rating recorded' };
}

function years(from: number, to: number, step = 1): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y += step) out.push(y);
  return out;
}

function percentText(part: number, whole: number): { vi: string; en: string } {
  const tenths = Math.floor((part * 1000) / whole);
  const whole10 = Math.floor(tenths / 10);
  return { vi: `${whole10},${tenths % 10}%`, en: `${whole10}.${tenths % 10}%` };
}

interface InitiativeCheck {
  readonly ok: boolean;
  readonly usable: readonly Initiative[];
  readonly reasons: readonly EligibilityReason[];
}

/** Initiatives recognised (by `asOf`) in award years `from`–`to`, checked for scope and prior use. */
function checkInitiatives(
  ctx: CriterionContext,
  minimum: InitiativeScope,
  from: number,
  to: number,
  needed: number,
  legalRef: LegalRef,
): InitiativeCheck {
  const inPeriod = ctx.nominee.initiatives.filter((i) => {
    const year = Number(i.recognizedOn.slice(0, 4));
    return i.recognizedOn <= ctx.asOf && year >= from && year <= to;
  });
  const wideEnough = inPeriod.filter((i) => scopeRank(i.scope) >= scopeRank(minimum));
  const usable = wideEnough.filter((i) => i.usedForAward === undefined);
  if (usable.length >= needed) return { ok: true, usable, reasons: [] };
  const narrow = inPeriod.filter((i) => scopeRank(i.scope) < scopeRank(minimum));
  const used = wideEnough.filter((i) => i.usedForAward !== undefined);
  const period = from === to ? `${from}` : `${from}–${to}`;
  const reasons: EligibilityReason[] = [];
  for (const i of narrow) {
    reasons.push(
      reason(
        'INITIATIVE_SCOPE_TOO_NARROW',
        legalRef,
        `Sáng kiến "${i.id}" chỉ được công nhận phạm vi ${SCOPE_LABEL[i.scope].vi}; cần phạm vi ${SCOPE_LABEL[minimum].vi} trở lên.`,
        `Initiative "${i.id}" is recognised only at ${SCOPE_LABEL[i.scope].en} scope; ${SCOPE_LABEL[minimum].en} or wider is required.`,
      ),
    );
  }
  for (const i of used) {
    reasons.push(
      reason(
        'INITIATIVE_ALREADY_USED',
        ctx.ruleSet.initiativeSingleUse,
        `Sáng kiến "${i.id}" đã được dùng để đề nghị ${i.usedForAward ?? ''}; mỗi sáng kiến chỉ làm căn cứ cho một lần khen thưởng.`,
        `Initiative "${i.id}" already backed ${i.usedForAward ?? ''}; an initiative can back only one award.`,
      ),
    );
  }
  if ((narrow.length === 0 && used.length === 0) || needed > 1) {
    reasons.push(
      reason(
        'INITIATIVE_REQUIRED',
        legalRef,
        `Cần ${needed} sáng kiến được công nhận phạm vi ${SCOPE_LABEL[minimum].vi} trở lên, chưa sử dụng, trong năm ${period}; hiện có ${usable.length}.`,
        `${needed} unused initiative(s) recognised at ${SCOPE_LABEL[minimum].en} scope or wider in ${period} required; found ${usable.length}.`,
      ),
    );
  }
  return { ok: false, usable, reasons };
}

function statsReason(ctx: CriterionContext, legalRef: LegalRef): EligibilityReason {
  return reason(
    'MEMBER_STATS_REQUIRED',
    legalRef,
    `Thiếu số liệu thành viên của tập thể năm ${ctx.awardYear} (tổng số, số đạt LĐTT, số hoàn thành nhiệm vụ, số CSTĐCS, số bị kỷ luật).`,
    `The collective's member figures for ${ctx.awardYear} are missing (members, LĐTT holders, task completers, CSTĐCS holders, disciplined).`,
  );
}

const MET: CriterionOutcome = { reasons: [], notes: [] };

/**
 * Evaluates one criterion: every reason it fails (none when met), and notes for the reviewer
 * (e.g. met through a claimed achievement they must judge).
 */
export function evaluateCriterion(criterion: Criterion, ctx: CriterionContext): CriterionOutcome {
  if (criterion.kind === 'any-of') return evaluateRoutes(criterion, ctx);
  if (criterion.kind === 'claimed-achievement') return evaluateClaim(criterion, ctx);
  if (criterion.kind === 'cluster-leader')
    return evaluateClusterLeadership(criterion.legalRef, ctx);
  const reasons = evaluateRecordCriterion(criterion, ctx);
  return reasons.length === 0 ? MET : { reasons, notes: [] };
}

function evaluateClaim(
  criterion: Extract<Criterion, { kind: 'claimed-achievement' }>,
  ctx: CriterionContext,
): CriterionOutcome {
  const label = ACHIEVEMENT_LABELS[criterion.achievement];
  if (!(ctx.nominee.claimedAchievements ?? []).includes(criterion.achievement)) {
    return {
      reasons: [
        reason(
          'NO_ROUTE_MET',
          criterion.legalRef,
          `Hồ sơ chưa nêu: ${label.vi}.`,
          `The dossier does not state: ${label.en}.`,
        ),
      ],
      notes: [],
    };
  }
  const notes: EligibilityNote[] = [
    {
      code: 'ACHIEVEMENT_TO_BE_JUDGED',
      legalRef: criterion.legalRef,
      message: {
        vi: `Đơn vị nêu: ${label.vi}; Hội đồng, cơ quan thẩm định đánh giá thành tích này.`,
        en: `The unit states: ${label.en}; the reviewers and the council judge it.`,
      },
    },
  ];
  if (!criterion.confirmed) {
    notes.push({
      code: 'RULE_UNCONFIRMED',
      legalRef: criterion.legalRef,
      message: {
        vi: `Tiêu chuẩn "${label.vi}" chưa được đối chiếu với văn bản gốc; đề nghị kiểm tra căn cứ.`,
        en: `The standard "${label.en}" is not checked against the official text; check the source.`,
      },
    });
  }
  return { reasons: [], notes };
}

/** Met when one route is met; otherwise the record-based reasons and one line listing every route. */
function evaluateRoutes(
  criterion: Extract<Criterion, { kind: 'any-of' }>,
  ctx: CriterionContext,
): CriterionOutcome {
  const failures: EligibilityReason[] = [];
  for (const route of criterion.routes) {
    const outcomes = route.criteria.map((c) => evaluateCriterion(c, ctx));
    if (outcomes.every((o) => o.reasons.length === 0)) {
      return { reasons: [], notes: outcomes.flatMap((o) => o.notes) };
    }
    for (const o of outcomes)
      for (const r of o.reasons) if (r.code !== 'NO_ROUTE_MET') failures.push(r);
  }
  const list = (lang: 'vi' | 'en') =>
    criterion.routes.map((route, index) => `(${index + 1}) ${route.label[lang]}`).join('; ');
  return {
    reasons: [
      ...failures,
      reason(
        'NO_ROUTE_MET',
        criterion.legalRef,
        `Chưa đạt tiêu chuẩn nào trong các tiêu chuẩn thay thế nhau: ${list('vi')}.`,
        `None of the alternative standards is met: ${list('en')}.`,
      ),
    ],
    notes: [],
  };
}

/**
 * Leading the cluster in the award year: the ranking its review recorded in the engine decides; without
 * one, the unit's own statement is taken, with a note that no ranking backs it.
 */
function evaluateClusterLeadership(ref: LegalRef, ctx: CriterionContext): CriterionOutcome {
  const { nominee, awardYear: year } = ctx;
  const standings = (nominee.clusterStandings ?? []).filter((standing) => standing.year === year);
  const required = (detailVi: string, detailEn: string): CriterionOutcome => ({
    reasons: [
      reason(
        'CLUSTER_LEADERSHIP_REQUIRED',
        ref,
        `Cờ thi đua chỉ tặng tập thể dẫn đầu cụm, khối thi đua của tỉnh năm ${year}${detailVi}.`,
        `The flag goes only to the collective leading its provincial emulation cluster or block in ${year}${detailEn}.`,
      ),
    ],
    notes: [],
  });
  if (standings.length > 0) {
    if (standings.some((standing) => standing.rank === 1)) return MET;
    const places = standings
      .map((standing) => `${standing.clusterName}: ${standing.rank ?? '—'}`)
      .join('; ');
    return required(`; xếp hạng đã ghi nhận: ${places}`, `; recorded ranking: ${places}`);
  }
  if (nominee.leadsEmulationCluster !== true) return required('', '');
  return {
    reasons: [],
    notes: [
      {
        code: 'CLUSTER_RANKING_NOT_RECORDED',
        legalRef: ref,
        message: {
          vi: `Đơn vị tự khai dẫn đầu cụm, khối năm ${year}; hệ thống chưa có kết quả xếp hạng của cụm: đối chiếu biên bản họp cụm.`,
          en: `The unit states it led its cluster or block in ${year}; no cluster ranking is recorded in the engine: check the cluster's minutes.`,
        },
      },
    ],
  };
}

/** A criterion read from the nominee's records: every reason it fails (empty when it passes). */
function evaluateRecordCriterion(
  criterion: Exclude<
    Criterion,
    { kind: 'any-of' } | { kind: 'claimed-achievement' } | { kind: 'cluster-leader' }
  >,
  ctx: CriterionContext,
): EligibilityReason[] {
  const { nominee, awardYear: year } = ctx;
  const ref = criterion.legalRef;
  const withStats = (check: (stats: MemberStats) => EligibilityReason[]): EligibilityReason[] =>
    nominee.memberStats ? check(nominee.memberStats) : [statsReason(ctx, ref)];

  switch (criterion.kind) {
    case 'rating-at-least': {
      const rating = ratingIn(nominee, year);
      if (atLeast(rating, criterion.minimum)) return [];
      const label = RATING_LABEL[criterion.minimum];
      const actual = ratingText(rating);
      return [
        reason(
          criterion.minimum === 'HTXS' ? 'RATING_HTXS_REQUIRED' : 'RATING_HTTNV_REQUIRED',
          ref,
          `Năm ${year} cần xếp loại ${label.vi}${criterion.minimum === 'HTXS' ? '' : ' trở lên'}; hiện: ${actual.vi}.`,
          `${year} requires a rating of ${label.en}${criterion.minimum === 'HTXS' ? '' : ' or better'}; actual: ${actual.en}.`,
        ),
      ];
    }
    case 'ldtt-standard': {
      const rating = ratingIn(nominee, year);
      if (hasTitle(nominee, 'LDTT', year) || atLeast(rating, 'HTTNV')) return [];
      const actual = ratingText(rating);
      return [
        reason(
          'LDTT_REQUIRED',
          ref,
          `Năm ${year} chưa đạt tiêu chuẩn Lao động tiên tiến (cần danh hiệu LĐTT hoặc xếp loại HTTNV trở lên; hiện: ${actual.vi}).`,
          `${year} does not meet the Advanced Worker standard (LĐTT title or a rating of HTTNV or better needed; actual: ${actual.en}).`,
        ),
      ];
    }
    case 'htxs-or-initiative': {
      const rating = ratingIn(nominee, year);
      if (rating === 'HTXS') return [];
      const initiatives = checkInitiatives(ctx, criterion.initiativeScope, year, year, 1, ref);
      if (initiatives.ok) return [];
      const actual = ratingText(rating);
      return [
        reason(
          'RATING_HTXS_OR_INITIATIVE_REQUIRED',
          ref,
          `Năm ${year} cần xếp loại HTXS hoặc có sáng kiến được cơ sở công nhận; hiện: ${actual.vi}, ${initiatives.usable.length} sáng kiến dùng được.`,
          `${year} requires an HTXS rating or an initiative recognised by the unit; actual: ${actual.en}, ${initiatives.usable.length} usable initiative(s).`,
        ),
        ...initiatives.reasons.filter((r) => r.code !== 'INITIATIVE_REQUIRED'),
      ];
    }
    case 'consecutive-titles': {
      const from = year - criterion.intervalYears * (criterion.count - 1);
      const required = years(from, year, criterion.intervalYears);
      const missing = required.filter((y) => !hasTitle(nominee, criterion.titleCode, y));
      if (missing.length === 0) return [];
      const name = ctx.ruleSet.awards[criterion.titleCode]?.name ?? {
        vi: criterion.titleCode,
        en: criterion.titleCode,
      };
      return [
        reason(
          'CONSECUTIVE_TITLES_REQUIRED',
          ref,
          `Cần ${criterion.count} lần liên tục danh hiệu "${name.vi}" (năm ${required.join(', ')}); còn thiếu năm ${missing.join(', ')}.`,
          `${criterion.count} consecutive "${name.en}" titles required (years ${required.join(', ')}); missing ${missing.join(', ')}.`,
        ),
      ];
    }
    case 'initiative':
      return [
        ...checkInitiatives(
          ctx,
          criterion.minimumScope,
          year - criterion.periodYears + 1,
          year,
          1,
          ref,
        ).reasons,
      ];
    case 'bang-khen-record': {
      const cstdcsYears = years(year - criterion.consecutiveCstdcs + 1, year);
      const missingCstdcs = cstdcsYears.filter((y) => !hasTitle(nominee, 'CSTDCS', y));
      if (missingCstdcs.length === 0) return [];
      const htxsYears = years(year - criterion.htxsYears + 1, year);
      const missingHtxs = htxsYears.filter((y) => ratingIn(nominee, y) !== 'HTXS');
      const initiatives = checkInitiatives(
        ctx,
        'unit',
        year - criterion.htxsYears + 1,
        year,
        criterion.unitInitiatives,
        ref,
      );
      if (missingHtxs.length === 0 && initiatives.ok) return [];
      return [
        reason(
          'BANG_KHEN_RECORD_REQUIRED',
          ref,
          `Cần ${criterion.consecutiveCstdcs} lần liên tục CSTĐCS (năm ${cstdcsYears.join(', ')}; thiếu ${missingCstdcs.join(', ')}), hoặc HTXS ${criterion.htxsYears} năm liên tục (năm ${htxsYears.join(', ')}; thiếu ${missingHtxs.join(', ') || 'không'}) kèm ${criterion.unitInitiatives} sáng kiến cấp cơ sở chưa sử dụng (hiện có ${initiatives.usable.length}).`,
          `${criterion.consecutiveCstdcs} consecutive CSTĐCS titles required (years ${cstdcsYears.join(', ')}; missing ${missingCstdcs.join(', ')}), or HTXS for ${criterion.htxsYears} consecutive years (${htxsYears.join(', ')}; missing ${missingHtxs.join(', ') || 'none'}) with ${criterion.unitInitiatives} unused unit-level initiatives (found ${initiatives.usable.length}).`,
        ),
        ...initiatives.reasons.filter((r) => r.code === 'INITIATIVE_ALREADY_USED'),
      ];
    }
    case 'collective-excellence-years': {
      const required = years(year - criterion.years + 1, year);
      const missing = required.filter(
        (y) => ratingIn(nominee, y) !== 'HTXS' && !hasTitle(nominee, 'TTLDXS', y),
      );
      if (missing.length === 0) return [];
      return [
        reason(
          'COLLECTIVE_EXCELLENCE_REQUIRED',
          ref,
          `Cần ${criterion.years} năm liên tục HTXS hoặc Tập thể lao động xuất sắc (năm ${required.join(', ')}); còn thiếu năm ${missing.join(', ')}.`,
          `${criterion.years} consecutive years rated HTXS or titled Excellent Labour Collective required (${required.join(', ')}); missing ${missing.join(', ')}.`,
        ),
      ];
    }
    case 'member-ldtt-share':
      return withStats((stats) => {
        if (stats.ldttMembers * 100 >= criterion.minimumPercent * stats.members) return [];
        const share = percentText(stats.ldttMembers, stats.members);
        return [
          reason(
            'COLLECTIVE_LDTT_SHARE_TOO_LOW',
            ref,
            `Chỉ ${stats.ldttMembers}/${stats.members} thành viên (${share.vi}) đạt Lao động tiên tiến; cần tối thiểu ${criterion.minimumPercent}%.`,
            `Only ${stats.ldttMembers}/${stats.members} members (${share.en}) are Advanced Workers; at least ${criterion.minimumPercent}% required.`,
          ),
        ];
      });
    case 'no-disciplined-members':
      return withStats((stats) =>
        stats.disciplinedMembers === 0
          ? []
          : [
              reason(
                'MEMBER_DISCIPLINED',
                ref,
                `Có ${stats.disciplinedMembers} thành viên bị kỷ luật từ hình thức cảnh cáo trở lên.`,
                `${stats.disciplinedMembers} member(s) disciplined at "warning" (cảnh cáo) or worse.`,
              ),
            ],
      );
    case 'all-members-completed':
      return withStats((stats) =>
        stats.completedTasksMembers === stats.members
          ? []
          : [
              reason(
                'MEMBERS_NOT_ALL_COMPLETED',
                ref,
                `Chỉ ${stats.completedTasksMembers}/${stats.members} thành viên hoàn thành nhiệm vụ; cần 100%.`,
                `Only ${stats.completedTasksMembers}/${stats.members} members completed their tasks; 100% required.`,
              ),
            ],
      );
    case 'has-cstdcs-member':
      return withStats((stats) =>
        stats.cstdcsMembers >= 1
          ? []
          : [
              reason(
                'COLLECTIVE_CSTDCS_REQUIRED',
                ref,
                'Tập thể cần có ít nhất 1 cá nhân đạt Chiến sĩ thi đua cơ sở; hiện có 0.',
                'The collective needs at least 1 Grassroots Emulation Fighter; it has 0.',
              ),
            ],
      );
  }
}
