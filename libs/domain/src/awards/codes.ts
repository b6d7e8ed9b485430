/** Stable award codes, used in dossiers, workflows, the API and reports. Never rename one. */
export const AWARD_CODES = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTD_TOAN_QUOC',
  'TTLDTT',
  'TTLDXS',
  'CO_THI_DUA_TINH',
  'GIAY_KHEN',
  'BANG_KHEN_TINH',
  'GIAY_KHEN_DOT_XUAT',
  'BANG_KHEN_TINH_DOT_XUAT',
  'GIAY_KHEN_CHUYEN_DE',
  'BANG_KHEN_TINH_CHUYEN_DE',
  'BANG_KHEN_THU_TUONG',
  'CO_THI_DUA_CHINH_PHU',
] as const;

/** One of the award codes in `AWARD_CODES`. */
export type AwardCode = (typeof AWARD_CODES)[number];

/** True when `value` is a known award code. */
export function isAwardCode(value: unknown): value is AwardCode {
  return typeof value === 'string' && (AWARD_CODES as readonly string[]).includes(value);
}

/** Whether the nominee is a person, a collective (unit, team) or a household (hộ gia đình). */
export const NOMINEE_KINDS = ['individual', 'collective', 'household'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** Vietnamese names of the nominee kinds, as decisions and messages write them. */
export const NOMINEE_KIND_NAMES: Readonly<Record<NomineeKind, { vi: string; en: string }>> = {
  individual: { vi: 'cá nhân', en: 'individual' },
  collective: { vi: 'tập thể', en: 'collective' },
  household: { vi: 'hộ gia đình', en: 'household' },
};

/**
 * Achievements a unit states in the dossier and the reviewers judge, because no record proves
 * them: the alternative routes of Bằng khen and Giấy khen, and LĐTT for workers and farmers.
 */
export const ACHIEVEMENT_CLAIMS = [
  'movement-achievement',
  'influential-achievement',
  'socio-economic-contribution',
  'production-achievement',
  'productive-labour',
  'household-contribution',
  'innovation-digital-leadership',
  'thematic-achievement',
] as const;
export type AchievementClaim = (typeof ACHIEVEMENT_CLAIMS)[number];

/** Annual rating of task completion: excellent, good, complete, not complete. */
export const PERFORMANCE_RATINGS = ['HTXS', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

/** How widely an initiative's effect was recognised: within the unit, the province or the nation. */
export const INITIATIVE_SCOPES = ['unit', 'province', 'national'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

/** Ordinal of a scope, so "province or wider" is a comparison. */
export function scopeRank(scope: InitiativeScope): number {
  return INITIATIVE_SCOPES.indexOf(scope);
}

/** Ordinal of a rating, higher is better. */
export function ratingRank(rating: PerformanceRating): number {
  return PERFORMANCE_RATINGS.length - 1 - PERFORMANCE_RATINGS.indexOf(rating);
}
