import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type AuditAction } from '@tdkt/contracts';
import { type AuditContext, appendAudit } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { type DescribedWorkflow, WorkflowEngine } from '../engine/workflow-engine';
import { OperationsReadModel } from '../read-model/operations-read-model';
import { OperatorScopes } from '../scope/operator-scope';
import type { Operator } from './operator';

/** A workflow about to be repaired, and how the repair is audited. */
export interface RepairTarget {
  workflow: DescribedWorkflow;
  unitId: string | null;
  dossierCode: string | null;
  audit: AuditContext;
  /** Set for bulk items: a retried activity records its item once. */
  idempotencyKey: string | null;
}

/** What every repair records: what it did to which workflow, why, and the state before and after. */
export interface RepairRecord {
  action: AuditAction;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * Finds the workflow a repair is about (404 outside the operator's scope) and writes its audit row.
 * A repair runs in a transaction opened before Temporal is asked: with PostgreSQL down nothing is
 * changed, since nothing could be recorded.
 */
@Injectable()
export class RepairTargets {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engine: WorkflowEngine,
    private readonly readModel: OperationsReadModel,
    private readonly scopes: OperatorScopes,
  ) {}

  async find(workflowId: string, operator: Operator, runId?: string): Promise<RepairTarget> {
    const workflow = await this.engine.describe(workflowId, runId);
    const dossier = (await this.readModel.dossiers([workflowId])).get(workflowId) ?? null;
    const unitId = dossier?.proposingUnitId ?? null;
    return {
      workflow,
      unitId,
      dossierCode: dossier?.code ?? null,
      ...(await this.auditOf(operator, unitId, workflowId)),
    };
  }

  /** The audit fields and (for bulk items) idempotency key of an action on something of `unitId`. */
  async auditOf(
    operator: Operator,
    unitId: string | null,
    itemKey: string,
  ): Promise<{ audit: AuditContext; idempotencyKey: string | null }> {
    if (operator.kind === 'recorded')
      return {
        audit: { actorKind: 'user', ...operator.audit },
        idempotencyKey: `ops:${operator.operationId}:${itemKey}`,
      };
    return {
      audit: await this.scopes.auditFor(operator.actor, operator.scope, unitId),
      idempotencyKey: null,
    };
  }

  /** Runs the Temporal side of a repair and records it, in one transaction. */
  async run<T>(
    target: Pick<RepairTarget, 'audit' | 'idempotencyKey' | 'unitId'> & { workflowId: string },
    change: (manager: EntityManager) => Promise<T>,
    record: (result: T) => RepairRecord,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const result = await change(manager);
      const { action, reason, before, after } = record(result);
      await appendAudit(manager, {
        ...target.audit,
        action,
        entityType: 'workflow',
        entityId: target.workflowId,
        unitId: target.unitId,
        workflowId: target.workflowId,
        before,
        after: { ...after, reason },
        idempotencyKey: target.idempotencyKey,
      });
      return result;
    });
  }
}

/** Refuses a repair that needs a running workflow. */
export function assertRunning(target: RepairTarget): void {
  if (target.workflow.status !== 'RUNNING') throw new AppError('WORKFLOW_NOT_RUNNING');
}
