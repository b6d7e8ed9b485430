import type { LegalRef } from '../shared/legal-ref';
import type { LocalizedText } from '../shared/localized-text';

/** Stable codes of the reasons a nominee is not eligible. Never rename one. */
export const ELIGIBILITY_REASON_CODES = [
  'NOMINEE_KIND_MISMATCH',
  'UNIT_LEVEL_NOT_IN_RULE_SET',
  'DISCIPLINE_PENDING',
  'INSPECTION_PENDING',
  'REGISTRATION_REQUIRED',
  'RATING_HTTNV_REQUIRED',
  'RATING_HTXS_REQUIRED',
  'LDTT_REQUIRED',
  'RATING_HTXS_OR_INITIATIVE_REQUIRED',
  'CONSECUTIVE_TITLES_REQUIRED',
  'INITIATIVE_REQUIRED',
  'INITIATIVE_SCOPE_TOO_NARROW',
  'INITIATIVE_ALREADY_USED',
  'BANG_KHEN_RECORD_REQUIRED',
  'COLLECTIVE_EXCELLENCE_REQUIRED',
  'MEMBER_STATS_REQUIRED',
  'COLLECTIVE_LDTT_SHARE_TOO_LOW',
  'MEMBER_DISCIPLINED',
  'MEMBERS_NOT_ALL_COMPLETED',
  'COLLECTIVE_CSTDCS_REQUIRED',
  'CLUSTER_LEADERSHIP_REQUIRED',
  'NO_ROUTE_MET',
] as const;
export type EligibilityReasonCode = (typeof ELIGIBILITY_REASON_CODES)[number];

/**
 * Stable codes of what a reviewer should know about an eligible nominee. A note never makes a
 * nominee ineligible. Never rename one.
 */
export const ELIGIBILITY_NOTE_CODES = [
  /** Met through an achievement the unit states and the reviewers judge. */
  'ACHIEVEMENT_TO_BE_JUDGED',
  /** Met under a rule whose text is not confirmed: the reviewer checks it against the source. */
  'RULE_UNCONFIRMED',
  /** The nominee is in an area the rule set gives priority to. */
  'PRIORITY_AREA',
  /** A dossier received under the previous rule set is judged under the new, more favourable one. */
  'TRANSITION_MORE_FAVOURABLE',
  /** Cluster leadership as the unit states it: no ranking is recorded for the cluster's year. */
  'CLUSTER_RANKING_NOT_RECORDED',
] as const;
export type EligibilityNoteCode = (typeof ELIGIBILITY_NOTE_CODES)[number];

/** Something a reviewer should know, with its legal basis. */
export interface EligibilityNote {
  readonly code: EligibilityNoteCode;
  readonly message: LocalizedText;
  readonly legalRef: LegalRef;
}

/** One failed rule: a stable code, an explanation with the concrete numbers, and its legal basis. */
export interface EligibilityReason {
  readonly code: EligibilityReasonCode;
  readonly message: LocalizedText;
  readonly legalRef: LegalRef;
}
