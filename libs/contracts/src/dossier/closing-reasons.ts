import type { LocalizedText } from '../localized-text';

/**
 * Stable reason codes for dossiers that end without an award. The workflow writes a reason as
 * `CODE` or `CODE: detail` (`COUNCIL_VOTE_FAILED: 7/9`); notices and screens name the code.
 */
export const ClosingReason = {
  rejectedInReview: 'REJECTED_IN_REVIEW',
  supplementDeadlineMissed: 'SUPPLEMENT_DEADLINE_MISSED',
  initiativeRefused: 'INITIATIVE_REFUSED',
  councilVoteFailed: 'COUNCIL_VOTE_FAILED',
  objectionUpheld: 'OBJECTION_UPHELD',
  decisionRefused: 'DECISION_REFUSED',
  refusedByExternalLevel: 'REFUSED_BY_EXTERNAL_LEVEL',
  returnedByCentralLevel: 'RETURNED_BY_CENTRAL_LEVEL',
  withdrawnByUnit: 'WITHDRAWN_BY_UNIT',
  cancelledByAdministrator: 'CANCELLED_BY_ADMINISTRATOR',
} as const;
export type ClosingReason = (typeof ClosingReason)[keyof typeof ClosingReason];

/** Each closing reason as people say it. */
export const CLOSING_REASON_NAMES: Readonly<Record<ClosingReason, LocalizedText>> = {
  REJECTED_IN_REVIEW: { vi: 'hồ sơ không đạt khi thẩm định', en: 'rejected in review' },
  SUPPLEMENT_DEADLINE_MISSED: {
    vi: 'quá hạn nộp bổ sung hồ sơ',
    en: 'the supplementation deadline was missed',
  },
  INITIATIVE_REFUSED: { vi: 'sáng kiến không được công nhận', en: 'an initiative was refused' },
  COUNCIL_VOTE_FAILED: {
    vi: 'Hội đồng bỏ phiếu không đạt, số phiếu đồng ý',
    en: 'the council vote failed, votes in favour',
  },
  OBJECTION_UPHELD: { vi: 'ý kiến phản ánh được chấp nhận', en: 'an objection was upheld' },
  DECISION_REFUSED: { vi: 'lãnh đạo không phê duyệt', en: 'the leader did not approve' },
  REFUSED_BY_EXTERNAL_LEVEL: { vi: 'cấp trên không chấp thuận', en: 'the higher level refused' },
  RETURNED_BY_CENTRAL_LEVEL: {
    vi: 'Trung ương trả lại hồ sơ',
    en: 'returned by the central level',
  },
  WITHDRAWN_BY_UNIT: { vi: 'đơn vị rút hồ sơ', en: 'withdrawn by the unit' },
  CANCELLED_BY_ADMINISTRATOR: {
    vi: 'quản trị hệ thống hủy quy trình',
    en: 'cancelled by an administrator',
  },
};

/** The name of a closing reason code, or undefined for a code this release does not know. */
export function closingReasonName(code: string): LocalizedText | undefined {
  return Object.hasOwn(CLOSING_REASON_NAMES, code)
    ? CLOSING_REASON_NAMES[code as ClosingReason]
    : undefined;
}
