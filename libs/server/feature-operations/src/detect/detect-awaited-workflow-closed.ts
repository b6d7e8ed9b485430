import type { StuckFinding } from '@tdkt/contracts';
import type { WorkflowFacts } from './workflow-facts';

const NAMES = {
  'council-meeting': { vi: 'Phiên họp Hội đồng', en: 'Council meeting' },
  initiative: { vi: 'Sáng kiến', en: 'Initiative' },
} as const;

/**
 * The dossier still waits for a council meeting or an initiative whose workflow has closed without
 * telling it. A workflow Temporal does not know is left alone: it may not have started yet, or its
 * history may have passed the namespace's retention.
 */
export function detectAwaitedWorkflowClosed(facts: WorkflowFacts): StuckFinding[] {
  return facts.awaited
    .filter((awaited) => awaited.status !== 'RUNNING' && awaited.status !== 'NOT_FOUND')
    .map((awaited) => ({
      reason: 'awaited-workflow-closed',
      since: awaited.closedAt?.toISOString() ?? null,
      summary: {
        vi: `${NAMES[awaited.awaited].vi} ${awaited.id} đã kết thúc (${awaited.status}) mà hồ sơ vẫn đang chờ`,
        en: `${NAMES[awaited.awaited].en} ${awaited.id} closed (${awaited.status}) while the dossier still waits for it`,
      },
      evidence: {
        awaited: awaited.awaited,
        id: awaited.id,
        workflowId: awaited.workflowId,
        status: awaited.status,
        closedAt: awaited.closedAt?.toISOString() ?? null,
      },
    }));
}
