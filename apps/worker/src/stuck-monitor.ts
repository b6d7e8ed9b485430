import type { Client } from '@temporalio/client';
import { STUCK_MONITOR_WORKFLOW_ID, WorkflowType } from '@tdkt/contracts';

/**
 * Makes sure the namespace's stuck monitor runs: started once, by whichever worker boots first;
 * every other start finds it running and leaves it be.
 */
export async function ensureStuckMonitor(client: Client, taskQueue: string): Promise<void> {
  await client.workflow.start(WorkflowType.stuckMonitor, {
    workflowId: STUCK_MONITOR_WORKFLOW_ID,
    taskQueue,
    args: [{ above: {} }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}
