import {
  ERROR_CATALOG,
  type ErrorCode,
  type HeldWork,
  type LocalizedText,
  type StuckFinding,
} from '@tdkt/contracts';
import { activityWork } from './activity-work';
import type { WorkflowFacts } from './workflow-facts';

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
    const doing = activityWork(work.activityType);
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
