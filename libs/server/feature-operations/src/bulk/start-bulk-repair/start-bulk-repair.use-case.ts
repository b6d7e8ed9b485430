import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  type BulkRepairInput,
  type BulkRepairItem,
  type BulkRepairProgress,
  type BulkRepairRequest,
  bulkRepairWorkflowId,
  WorkflowType,
} from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';
import type { OperatorScope } from '../../scope/operator-scope';
import { OperationsSettings } from '../../settings/operations-settings';
import { PlanBulkRepairUseCase } from '../plan-bulk-repair/plan-bulk-repair.use-case';

/** A started bulk repair: its id (for progress) and the items it works through. */
export interface StartedBulkRepair {
  operationId: string;
  items: BulkRepairItem[];
}

/**
 * Starts a bulk repair as a workflow of its own: it works through the items with bounded
 * concurrency, survives restarts, and reports progress and a result per item. The items are fixed
 * now, from the same plan the dry run shows; the start is audited with the filter and the items.
 */
@Injectable()
export class StartBulkRepairUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plan: PlanBulkRepairUseCase,
    private readonly temporal: Client,
    private readonly settings: OperationsSettings,
  ) {}

  async execute(
    request: BulkRepairRequest,
    actor: Actor,
    scope: OperatorScope,
    items?: BulkRepairItem[],
  ): Promise<StartedBulkRepair> {
    const chosen = items ?? (await this.plan.execute(request, scope));
    const operationId = randomUUID();
    const audit = auditContextOf(actor);
    const input: BulkRepairInput = {
      operationId,
      action: request.action,
      reason: request.reason,
      resetPoint: request.resetPoint,
      filter: request.filter,
      items: chosen,
      concurrency: request.concurrency,
      audit: {
        actorId: actor.user.id,
        actorRole: audit.actorRole ?? null,
        actorUnitId: audit.actorUnitId ?? null,
        requestId: audit.requestId ?? null,
      },
    };
    await this.dataSource.transaction(async (manager) => {
      await appendAudit(manager, {
        ...audit,
        action: 'ops.bulk_repair.started',
        entityType: 'bulk_operation',
        entityId: operationId,
        before: null,
        after: {
          action: request.action,
          reason: request.reason,
          filter: { ...request.filter },
          resetPoint: request.resetPoint,
          items: chosen.map((item) => item.workflowId),
        },
        workflowId: bulkRepairWorkflowId(operationId),
      });
      await this.temporal.workflow.start<(input: BulkRepairInput) => Promise<BulkRepairProgress>>(
        WorkflowType.bulkRepair,
        {
          workflowId: bulkRepairWorkflowId(operationId),
          taskQueue: this.settings.taskQueue,
          args: [input],
        },
      );
    });
    return { operationId, items: chosen };
  }
}
