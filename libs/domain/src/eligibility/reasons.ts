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
] as const;
export type EligibilityReasonCode = (typeof ELIGIBILITY_REASON_CODES)[number];

/** One failed rule: a stable code, an explanation with the concrete numbers, and its legal basis. */
export interface EligibilityReason {
  readonly code: EligibilityReasonCode;
  readonly message: LocalizedText;
  readonly legalRef: LegalRef;
}
