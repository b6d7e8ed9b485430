import type { LocalizedText } from '@tdkt/contracts';

/** What each activity the worker runs does, in the words of the people who use the system. */
const WORK: Record<string, LocalizedText> = {
  alertStuckThreshold: { vi: 'cảnh báo số hồ sơ bị kẹt', en: 'alerting on the stuck count' },
  applyDossierChanges: { vi: 'cập nhật nội dung hồ sơ', en: "applying the dossier's changes" },
  closePlan: { vi: 'khép lại kế hoạch năm', en: "closing the year's plan" },
  closeTask: { vi: 'đóng nhiệm vụ', en: 'closing a task' },
  computePlanSchedule: { vi: 'lập lịch kế hoạch', en: "computing the plan's schedule" },
  createNextYearDraft: { vi: 'tạo dự thảo kế hoạch năm sau', en: "drafting next year's plan" },
  decideInitiative: {
    vi: 'ghi kết quả công nhận sáng kiến',
    en: 'recording the initiative decision',
  },
  dossiersCitingInitiative: {
    vi: 'tìm hồ sơ dựa trên sáng kiến',
    en: 'finding the dossiers citing the initiative',
  },
  finishDossierImport: { vi: 'hoàn tất nhập hồ sơ từ tệp', en: 'finishing the dossier import' },
  forwardToExternalSystem: { vi: 'chuyển hồ sơ lên cấp trên', en: 'forwarding the dossier' },
  initiativeDecisions: {
    vi: 'tra cứu kết quả công nhận sáng kiến',
    en: "reading the initiatives' decisions",
  },
  issueDecision: { vi: 'cấp số quyết định', en: 'numbering the decision' },
  listCalendarDependents: {
    vi: 'tìm việc phụ thuộc lịch nghỉ lễ',
    en: 'finding the work depending on the holiday calendar',
  },
  openTask: { vi: 'giao nhiệm vụ', en: 'opening a task' },
  planMeetingReminders: {
    vi: 'lên lịch nhắc họp Hội đồng',
    en: 'scheduling the meeting reminders',
  },
  prepareDossierImport: { vi: 'chuẩn bị nhập hồ sơ từ tệp', en: 'preparing the dossier import' },
  projectCouncilMeeting: { vi: 'cập nhật phiên họp Hội đồng', en: 'updating the council meeting' },
  projectDossier: { vi: 'cập nhật hồ sơ', en: 'updating the dossier' },
  receiveInitiative: { vi: 'tiếp nhận sáng kiến', en: 'receiving the initiative' },
  pinClusterScoringTable: {
    vi: 'chốt bảng tiêu chí chấm điểm của cụm',
    en: "pinning the cluster's scoring table",
  },
  recordClusterReview: {
    vi: 'ghi kết quả họp cụm, xếp hạng',
    en: "recording the cluster's review and ranking",
  },
  recordClusterStatus: {
    vi: 'cập nhật bước năm thi đua của cụm',
    en: "updating the cluster year's stage",
  },
  recordPactSignature: { vi: 'ghi nhận ký giao ước thi đua', en: 'recording a pact signature' },
  recordSelfScore: { vi: 'ghi nhận kết quả tự chấm điểm', en: 'recording a self-score' },
  recordCouncilMeeting: { vi: 'ghi nhận phiên họp Hội đồng', en: 'recording the council meeting' },
  recordDossierSubmitted: { vi: 'ghi nhận hồ sơ đã nộp', en: 'recording the submitted dossier' },
  recordPlanItemCompletion: {
    vi: 'ghi nhận hoàn thành việc trong kế hoạch',
    en: 'recording a plan item as done',
  },
  recordPlanItemRevision: {
    vi: 'ghi nhận điều chỉnh việc trong kế hoạch',
    en: 'recording a plan item revision',
  },
  recordPlanWindow: {
    vi: 'ghi nhận đợt thu nhận, đăng ký',
    en: 'recording a collection or registration window',
  },
  receiveComplaint: { vi: 'tiếp nhận đơn khiếu nại', en: 'recording a complaint' },
  recordComplaintStep: {
    vi: 'ghi nhận bước giải quyết khiếu nại',
    en: "recording a complaint's step",
  },
  recordQuarterSummary: { vi: 'ghi nhận sơ kết quý', en: 'recording the quarter summary' },
  renderCouncilMinutes: { vi: 'tạo biên bản họp', en: 'generating the minutes' },
  renderDecisionDocuments: {
    vi: 'tạo văn bản quyết định',
    en: 'generating the decision documents',
  },
  repairWorkflow: { vi: 'sửa quy trình bị kẹt', en: 'repairing a stuck workflow' },
  rescheduleTask: { vi: 'dời hạn nhiệm vụ', en: 'rescheduling a task' },
  scheduleStep: { vi: 'tính hạn bước xử lý', en: "scheduling a step's deadline" },
  sendNotification: { vi: 'gửi thông báo', en: 'sending a notification' },
  submitImportedDossier: { vi: 'nộp hồ sơ nhập từ tệp', en: 'submitting an imported dossier' },
  takeStuckCensus: { vi: 'thống kê hồ sơ bị kẹt', en: 'counting the stuck workflows' },
};

/** The activity's work in words; an activity not named yet keeps its code rather than vanish. */
export function activityWork(activityType: string): LocalizedText {
  return WORK[activityType] ?? { vi: activityType, en: activityType };
}
