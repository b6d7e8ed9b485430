import { Injectable } from '@nestjs/common';
import type {
  BulkRepairAction,
  BulkRepairItem,
  BulkRepairRequest,
  StuckWorkflow,
} from '@tdkt/contracts';
import type { OperatorScope } from '../../scope/operator-scope';
import { FindStuckWorkflowsUseCase } from '../../scan/find-stuck-workflows/find-stuck-workflows.use-case';

/** What an action would do to one stuck workflow, or null when it does not apply to it. */
export function changeFor(
  action: BulkRepairAction,
  workflow: StuckWorkflow,
  resetTo: string,
): string | null {
  switch (action) {
    case 'retry': {
      const retrying = workflow.findings.flatMap((finding) =>
        finding.reason === 'activity-retrying'
          ? [`${finding.evidence.activityType} (attempt ${finding.evidence.attempt})`]
          : finding.reason === 'held-for-administrator'
            ? [`${finding.evidence.activityType} (held)`]
            : [],
      );
      return retrying.length === 0 ? null : `retry now: ${retrying.join(', ')}`;
    }
    case 'remind': {
      const overdue = workflow.findings.flatMap((finding) =>
        finding.reason === 'task-overdue' ? [finding.evidence.taskKey] : [],
      );
      return overdue.length === 0 ? null : `remind the holders of ${overdue.join(', ')}`;
    }
    case 'reset':
      return `reset run ${workflow.runId} to ${resetTo}`;
    case 'cancel':
      return `cancel run ${workflow.runId}${workflow.dossier ? ` (dossier ${workflow.dossier.code} ends WITHDRAWN)` : ''}`;
    case 'terminate':
      return `terminate run ${workflow.runId}${workflow.dossier ? ` (dossier ${workflow.dossier.code} shown WITHDRAWN, open tasks cancelled)` : ''}`;
  }
}

/**
 * The items of a bulk repair: the stuck workflows the filter selects that the action applies to,
 * each with the change it would make. The dry run shows exactly this; the real run starts with it.
 */
@Injectable()
export class PlanBulkRepairUseCase {
  constructor(private readonly stuck: FindStuckWorkflowsUseCase) {}

  async execute(
    request: Pick<BulkRepairRequest, 'action' | 'filter' | 'resetPoint'>,
    scope: OperatorScope,
  ): Promise<BulkRepairItem[]> {
    const report = await this.stuck.execute(request.filter, scope);
    const resetTo =
      request.resetPoint === null
        ? ''
        : request.resetPoint.to === 'event'
          ? `event ${request.resetPoint.eventId}`
          : request.resetPoint.to;
    return report.items.flatMap((workflow) => {
      const change = changeFor(request.action, workflow, resetTo);
      return change === null
        ? []
        : [
            {
              workflowId: workflow.workflowId,
              runId: workflow.runId,
              workflowType: workflow.workflowType,
              dossierCode: workflow.dossier?.code ?? null,
              reasons: workflow.reasons,
              change,
            },
          ];
    });
  }
}
