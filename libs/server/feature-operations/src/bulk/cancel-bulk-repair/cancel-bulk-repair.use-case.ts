import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  AppError,
  type BulkRepairProgress,
  bulkRepairWorkflowId,
  cancelBulkRepairSignal,
} from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';
import type { OperatorScope } from '../../scope/operator-scope';
import { GetBulkRepairUseCase } from '../get-bulk-repair/get-bulk-repair.use-case';

/**
 * Stops a bulk repair that is still running: the items under way finish, the others are not started.
 * Audited with the reason before the workflow is told, like every repair.
 */
@Injectable()
export class CancelBulkRepairUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: GetBulkRepairUseCase,
    private readonly temporal: Client,
  ) {}

  async execute(
    operationId: string,
    reason: string,
    actor: Actor,
    scope: OperatorScope,
  ): Promise<BulkRepairProgress> {
    const before = await this.progress.execute(operationId, actor.user.id, scope);
    if (before.finished) throw new AppError('WORKFLOW_NOT_RUNNING');
    const workflowId = bulkRepairWorkflowId(operationId);
    await this.dataSource.transaction(async (manager) => {
      await appendAudit(manager, {
        ...auditContextOf(actor),
        action: 'ops.bulk_repair.cancelled',
        entityType: 'bulk_operation',
        entityId: operationId,
        before: { done: before.done, total: before.total },
        after: { reason },
        workflowId,
      });
      await this.temporal.workflow.getHandle(workflowId).signal(cancelBulkRepairSignal);
    });
    return this.progress.execute(operationId, actor.user.id, scope);
  }
}
