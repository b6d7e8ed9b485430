import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import {
  AppError,
  type BulkRepairInput,
  type BulkRepairProgress,
  bulkRepairWorkflowId,
  type RepairItemResult,
} from '@tdkt/contracts';
import type { Actor } from '@tdkt/server-feature-identity';
import { OperationsReadModel } from '../read-model/operations-read-model';
import { RepairTargets } from '../repairs/repair-target';
import type { OperatorScope } from '../scope/operator-scope';
import { StartBulkRepairUseCase } from './start-bulk-repair.usecase';

/**
 * Sends a task's holders its reminder again. The worker delivers notifications (it has the e-mail and
 * webhook settings), so this is a one-item repair run there; the answer waits for its result.
 */
@Injectable()
export class ResendReminderUseCase {
  constructor(
    private readonly readModel: OperationsReadModel,
    private readonly targets: RepairTargets,
    private readonly bulk: StartBulkRepairUseCase,
    private readonly temporal: Client,
  ) {}

  async execute(
    taskId: string,
    request: { reason: string },
    actor: Actor,
    scope: OperatorScope,
  ): Promise<RepairItemResult> {
    const owner = await this.readModel.taskOwner(taskId);
    if (owner === null) throw new AppError('TASK_NOT_FOUND');
    await this.targets.auditOf({ kind: 'signed-in', actor, scope }, owner.unitId, taskId);
    const started = await this.bulk.execute(
      {
        action: 'remind',
        filter: {},
        reason: request.reason,
        resetPoint: null,
        dryRun: false,
        concurrency: 1,
      },
      actor,
      scope,
      [
        {
          workflowId: owner.workflowId,
          runId: '',
          workflowType: '',
          dossierCode: null,
          reasons: [],
          change: `remind the holders of task ${taskId}`,
          taskId,
        },
      ],
    );
    const progress = await this.temporal.workflow
      .getHandle<(input: BulkRepairInput) => Promise<BulkRepairProgress>>(
        bulkRepairWorkflowId(started.operationId),
      )
      .result();
    const result = progress.results[0];
    if (result === undefined)
      throw new Error(`reminder operation ${started.operationId} reported nothing`);
    return result;
  }
}
