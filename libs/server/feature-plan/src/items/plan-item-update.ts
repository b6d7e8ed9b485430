import type { UpdateDefinition } from '@temporalio/client';
import type { PlanItemChange, PlanItemStateView } from '@tdkt/contracts';
import type { WorkflowUpdates } from '@tdkt/server-temporal-client';

/**
 * Sends an add or revise Update to a running plan; a rejection by the workflow's validator comes back
 * as the same AppError the API gives for its own validation (the workflow names code and fields). The
 * same change sent again is the same update, whatever request carried it.
 */
export function sendPlanItemUpdate(
  updates: WorkflowUpdates,
  workflowId: string,
  update: UpdateDefinition<PlanItemStateView, [PlanItemChange]>,
  change: PlanItemChange,
): Promise<PlanItemStateView> {
  return updates.execute(workflowId, update, [change], {
    request: { item: change.item, actorId: change.actorId },
  });
}
