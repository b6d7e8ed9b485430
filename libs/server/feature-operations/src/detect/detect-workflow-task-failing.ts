import type { StuckFinding } from '@tdkt/contracts';
import type { WorkflowFacts } from './workflow-facts';

/**
 * A workflow task that keeps failing: the workflow code throws on this history (typically a
 * non-deterministic change deployed over running workflows). One timed-out attempt is a worker
 * restarting, not a failure, so a timeout counts only from the third attempt.
 */
export function detectWorkflowTaskFailing(facts: WorkflowFacts): StuckFinding[] {
  const task = facts.pendingWorkflowTask;
  if (task === null || task.attempt < 2) return [];
  const problem = task.lastProblem;
  if (problem === null || (problem.cause === 'TIMED_OUT' && task.attempt < 3)) return [];
  const message = problem.message ?? problem.cause;
  return [
    {
      reason: 'workflow-task-failing',
      since: task.originalScheduledAt?.toISOString() ?? problem.at?.toISOString() ?? null,
      summary: {
        vi: `Mã quy trình lỗi ở lần chạy thứ ${task.attempt} (${problem.cause}): ${message}`,
        en: `Workflow task failing, attempt ${task.attempt} (${problem.cause}): ${message}`,
      },
      evidence: {
        attempt: task.attempt,
        cause: problem.cause,
        message: problem.message,
        failingSince: task.originalScheduledAt?.toISOString() ?? null,
      },
    },
  ];
}
