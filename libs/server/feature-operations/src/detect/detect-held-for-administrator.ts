import {
  ERROR_CATALOG,
  type ErrorCode,
  type HeldWork,
  type LocalizedText,
  type StuckFinding,
} from '@tdkt/contracts';
import type { WorkflowFacts } from './workflow-facts';

/** What each held activity was doing, in the words of the people who use the system. */
const WORK: Record<string, LocalizedText> = {
  recordDossierSubmitted: { vi: 'ghi nhận hồ sơ đã nộp', en: 'recording the submitted dossier' },
  projectDossier: { vi: 'cập nhật hồ sơ', en: 'updating the dossier' },
  openTask: { vi: 'giao nhiệm vụ', en: 'opening a task' },
  closeTask: { vi: 'đóng nhiệm vụ', en: 'closing a task' },
  rescheduleTask: { vi: 'dời hạn nhiệm vụ', en: 'rescheduling a task' },
  sendNotification: { vi: 'gửi thông báo', en: 'sending a notification' },
  forwardToExternalSystem: { vi: 'chuyển hồ sơ lên cấp trên', en: 'forwarding the dossier' },
  receiveInitiative: { vi: 'tiếp nhận sáng kiến', en: 'receiving the initiative' },
  decideInitiative: {
    vi: 'ghi kết quả công nhận sáng kiến',
    en: 'recording the initiative decision',
  },
  recordCouncilMeeting: { vi: 'ghi nhận phiên họp Hội đồng', en: 'recording the council meeting' },
  projectCouncilMeeting: { vi: 'cập nhật phiên họp Hội đồng', en: 'updating the council meeting' },
  renderCouncilMinutes: { vi: 'tạo biên bản họp', en: 'generating the minutes' },
  issueDecision: { vi: 'cấp số quyết định', en: 'numbering the decision' },
  renderDecisionDocuments: {
    vi: 'tạo văn bản quyết định',
    en: 'generating the decision documents',
  },
};

const INPUT_REJECTED: LocalizedText = {
  vi: 'cơ sở dữ liệu từ chối dữ liệu đầu vào',
  en: 'the database refused the input',
};

/**
 * Work the workflow holds for an administrator: an activity failed on its input and retrying could
 * not help. The summary says what was being done and why it stopped; the evidence keeps the failure.
 * An administrator fixes the cause (e.g. corrects the text) and retries it.
 */
export function detectHeldForAdministrator(facts: WorkflowFacts): StuckFinding[] {
  return facts.heldWork.map((work) => {
    const doing = WORK[work.activityType] ?? { vi: work.activityType, en: work.activityType };
    const why = causeOf(work);
    return {
      reason: 'held-for-administrator',
      since: work.since,
      summary: {
        vi: `Tạm dừng chờ quản trị viên khi ${doing.vi} (${work.activityType}): ${why.vi} — ${work.message}. Sửa nguyên nhân rồi chọn "thử lại".`,
        en: `Held for an administrator while ${doing.en} (${work.activityType}): ${why.en} — ${work.message}. Fix the cause, then retry.`,
      },
      evidence: {
        activityType: work.activityType,
        failureType: work.failureType,
        message: work.message,
        heldSince: work.since,
      },
    } satisfies StuckFinding;
  });
}

function causeOf(work: HeldWork): LocalizedText {
  if (work.failureType in ERROR_CATALOG)
    return ERROR_CATALOG[work.failureType as ErrorCode].message;
  if (work.failureType === 'INPUT_REJECTED_BY_DATABASE') return INPUT_REJECTED;
  return { vi: `lỗi ${work.failureType}`, en: `error ${work.failureType}` };
}
