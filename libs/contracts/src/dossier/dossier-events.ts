import type { LocalizedText } from '../localized-text';

/**
 * What each entry of a dossier's timeline is called, for people (timelines, reset points). Its keys
 * are the event types: the dossier workflow records only these, and the read model matches them.
 */
export const DOSSIER_EVENT_NAMES = {
  'dossier.submitted': { vi: 'Nộp hồ sơ', en: 'Submitted' },
  'review.started': { vi: 'Bắt đầu thẩm định', en: 'Review started' },
  'review.accepted': { vi: 'Thẩm định đạt', en: 'Review accepted' },
  'review.returned': { vi: 'Trả lại để bổ sung', en: 'Returned for supplementation' },
  'review.rejected': { vi: 'Thẩm định không đạt', en: 'Review rejected' },
  'dossier.supplemented': { vi: 'Đã bổ sung hồ sơ', en: 'Supplemented' },
  'supplement.expired': { vi: 'Quá hạn bổ sung', en: 'Supplementation deadline missed' },
  'initiatives.awaited': { vi: 'Chờ công nhận sáng kiến', en: 'Awaiting initiatives' },
  'initiative.recognized': { vi: 'Sáng kiến được công nhận', en: 'Initiative recognised' },
  'initiative.refused': { vi: 'Sáng kiến không được công nhận', en: 'Initiative refused' },
  'council.awaited': { vi: 'Chờ Hội đồng xét', en: 'Awaiting the council' },
  'council.scheduled': { vi: 'Đưa vào phiên họp Hội đồng', en: 'Placed on a council meeting' },
  'council.unscheduled': { vi: 'Rút khỏi phiên họp Hội đồng', en: 'Taken off a council meeting' },
  'council.voted': { vi: 'Hội đồng đã bỏ phiếu', en: 'Council voted' },
  'disclosure.opened': { vi: 'Bắt đầu công khai', en: 'Public disclosure opened' },
  'disclosure.closed': { vi: 'Kết thúc công khai', en: 'Public disclosure closed' },
  'objection.filed': { vi: 'Có ý kiến phản ánh', en: 'Objection filed' },
  'objection.upheld': { vi: 'Ý kiến phản ánh được chấp nhận', en: 'Objection upheld' },
  'objection.dismissed': { vi: 'Ý kiến phản ánh không được chấp nhận', en: 'Objection dismissed' },
  'decision.requested': { vi: 'Trình ký quyết định', en: 'Decision requested' },
  'decision.approved': { vi: 'Lãnh đạo phê duyệt', en: 'Approved by the leader' },
  'decision.refused': { vi: 'Lãnh đạo không phê duyệt', en: 'Refused by the leader' },
  'decision.issued': { vi: 'Ban hành quyết định', en: 'Decision issued' },
  'dossier.escalated': { vi: 'Chuyển lên cấp trên', en: 'Escalated' },
  'dossier.forwarded': { vi: 'Chuyển sang hệ thống cấp trên', en: 'Forwarded to another system' },
  'dossier.external-outcome': { vi: 'Nhận kết quả từ cấp trên', en: 'Outcome received' },
  'central.sent': {
    vi: 'Gửi hồ sơ đề nghị Trung ương',
    en: 'Sent to the Central Emulation & Commendation Board',
  },
  'central.accepted': {
    vi: 'Trung ương quyết định khen thưởng',
    en: 'Awarded by the central level',
  },
  'central.returned': { vi: 'Trung ương trả lại hồ sơ', en: 'Returned by the central level' },
  'dossier.closed': { vi: 'Kết thúc hồ sơ', en: 'Closed' },
  'task.reminded': { vi: 'Nhắc việc', en: 'Reminder sent' },
  'task.overdue': { vi: 'Quá hạn xử lý', en: 'Task overdue' },
  'task.rescheduled': {
    vi: 'Dời hạn xử lý theo lịch nghỉ mới công bố',
    en: 'Deadline moved by a published calendar',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** The type of a dossier timeline entry. */
export type DossierEventType = keyof typeof DOSSIER_EVENT_NAMES;

/** Whether a stored type is one this release records (older rows may hold others). */
export function isDossierEventType(type: string): type is DossierEventType {
  return Object.hasOwn(DOSSIER_EVENT_NAMES, type);
}

/** The name of a timeline entry's type; an unknown type is shown as it is written. */
export function dossierEventName(type: string): LocalizedText {
  return isDossierEventType(type) ? DOSSIER_EVENT_NAMES[type] : { vi: type, en: type };
}
