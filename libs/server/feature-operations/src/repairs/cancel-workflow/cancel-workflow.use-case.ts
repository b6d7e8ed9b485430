import { Injectable } from '@nestjs/common';
import { WorkflowEngine } from '../../engine/workflow-engine';
import type { Operator } from '../operator';
import { assertRunning, RepairTargets } from '../repair-target';

/**
 * Asks a workflow to cancel itself: a dossier closes its open tasks and ends as WITHDRAWN
 * (CANCELLED_BY_ADMINISTRATOR), its read model and notifications done by the workflow itself.
 */
@Injectable()
export class CancelWorkflowUseCase {
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
      () => this.engine.cancel(workflowId, target.workflow.runId),
      () => ({
        action: 'ops.workflow.cancelled',
        reason: request.reason,
        before: { runId: target.workflow.runId, status: target.workflow.status },
        after: { status: 'CANCEL_REQUESTED' },
      }),
    );
  }
}
