import { Injectable } from '@nestjs/common';
import { updateReturning } from '@tdkt/server-database';
import { WorkflowEngine } from '../../engine/workflow-engine';
import type { Operator } from '../operator';
import { assertRunning, RepairTargets } from '../repair-target';

/** Why the read model says a terminated dossier ended. */
export const TERMINATED_BY_ADMINISTRATOR = 'TERMINATED_BY_ADMINISTRATOR';

/**
 * Stops a workflow at once, without running any of its code (the last resort, when it cannot even
 * cancel itself). A terminated workflow can no longer tidy up, so this does it in the same
 * transaction: its open tasks leave the inboxes and its dossier shows as withdrawn, with the reason.
 */
@Injectable()
export class TerminateWorkflowUseCase {
  constructor(
    private readonly targets: RepairTargets,
    private readonly engine: WorkflowEngine,
  ) {}

  async execute(
    workflowId: string,
    request: { reason: string },
    operator: Operator,
  ): Promise<void> {
    const target = await this.targets.find(workflowId, operator);
    assertRunning(target);
    await this.targets.run(
      { ...target, workflowId },
      async (manager) => {
        await this.engine.terminate(workflowId, target.workflow.runId, request.reason);
        const tasks = await updateReturning<{ id: string }>(
          manager,
          `UPDATE tasks SET status = 'CANCELLED', closed_at = now(), updated_at = now()
            WHERE workflow_id = $1 AND status IN ('OPEN', 'CLAIMED') RETURNING id`,
          [workflowId],
        );
        const dossiers = await updateReturning<{ stage: string }>(
          manager,
          `UPDATE dossiers d SET stage = 'WITHDRAWN', outcome_reason = $2, closed_at = now(),
                  stage_due_at = NULL, updated_at = now()
             FROM (SELECT id, stage FROM dossiers WHERE workflow_id = $1 FOR UPDATE) before
            WHERE d.id = before.id AND d.closed_at IS NULL RETURNING before.stage`,
          [workflowId, `${TERMINATED_BY_ADMINISTRATOR}: ${request.reason}`],
        );
        return { cancelledTasks: tasks.map((task) => task.id), stage: dossiers[0]?.stage ?? null };
      },
      (tidied) => ({
        action: 'ops.workflow.terminated',
        reason: request.reason,
        before: {
          runId: target.workflow.runId,
          status: target.workflow.status,
          stage: tidied.stage,
        },
        after: {
          status: 'TERMINATED',
          stage: tidied.stage === null ? null : 'WITHDRAWN',
          cancelledTasks: tidied.cancelledTasks,
        },
      }),
    );
  }
}
