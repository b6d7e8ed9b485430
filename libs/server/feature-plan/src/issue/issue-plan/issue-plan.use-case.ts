import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  AppError,
  annualPlanWorkflowId,
  PlanStatus,
  WorkflowType,
  type AnnualPlanWorkflow,
  type RoleGrant,
} from '@tdkt/contracts';
import { fieldIssue } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { appendAudit, updateReturning } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { loadPlan } from '../../plan-records';
import { planWorkflowInput } from '../plan-workflow-input';

export interface IssuePlanCommand {
  planId: string;
  actorId: string | null;
  /** The role and unit the person acts under, for the audit trail. */
  actedAs?: RoleGrant | null;
  requestId?: string | null;
  /**
   * Runs the plan's timeline as if it had started at this instant (ISO 8601): demos of a past plan,
   * simulations. Leave unset in normal operation.
   */
  startAsOf?: string | null;
}

export interface IssuePlanResult {
  planId: string;
  workflowId: string;
  status: PlanStatus;
}

/**
 * Issues a draft plan: starts its workflow (one per plan; a repeat joins the running one) and marks
 * it ACTIVE. Issuing an ACTIVE plan again is a no-op; a CLOSED plan cannot be issued.
 */
@Injectable()
export class IssuePlanUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async execute(command: IssuePlanCommand): Promise<IssuePlanResult> {
    const startAsOf = command.startAsOf ?? null;
    if (startAsOf !== null && Number.isNaN(Date.parse(startAsOf))) {
      throw new AppError('VALIDATION_FAILED', [
        fieldIssue('startAsOf', 'iso-timestamp', {
          vi: 'phải là thời điểm ISO 8601',
          en: 'must be an ISO 8601 timestamp',
        }),
      ]);
    }
    const workflowId = annualPlanWorkflowId(command.planId);
    const { input, status } = await this.dataSource.transaction(async (manager) => {
      const plan = await loadPlan(manager, command.planId);
      if (plan.status !== PlanStatus.DRAFT) return { input: null, status: plan.status };
      if (plan.number === null) {
        throw new AppError('VALIDATION_FAILED', [
          fieldIssue('number', 'required', {
            vi: 'kế hoạch cần số văn bản trước khi ban hành',
            en: 'the plan needs a document number before it is issued',
          }),
        ]);
      }
      return { input: await planWorkflowInput(manager, plan, startAsOf), status: plan.status };
    });
    if (input === null) {
      if (status === PlanStatus.CLOSED) throw new AppError('PLAN_NOT_EDITABLE');
      return { planId: command.planId, workflowId, status };
    }
    await this.temporal.workflow.start<AnnualPlanWorkflow>(WorkflowType.annualPlan, {
      workflowId,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    await this.dataSource.transaction(async (manager) => {
      const [row] = await updateReturning<{ issuer_unit_id: string }>(
        manager,
        `UPDATE plans SET status = 'ACTIVE', workflow_id = $2, updated_at = now()
          WHERE id = $1 AND status = 'DRAFT' RETURNING issuer_unit_id`,
        [command.planId, workflowId],
      );
      if (row === undefined) return;
      await appendAudit(manager, {
        action: 'plan.issued',
        entityType: 'plan',
        entityId: command.planId,
        actorKind: command.actorId === null ? 'system' : 'user',
        actorId: command.actorId,
        actorRole: command.actedAs?.role ?? null,
        actorUnitId: command.actedAs?.unitId ?? null,
        unitId: row.issuer_unit_id,
        before: { status: 'DRAFT' },
        after: { status: 'ACTIVE', workflowId, startAsOf },
        requestId: command.requestId ?? null,
        workflowId,
      });
    });
    return { planId: command.planId, workflowId, status: PlanStatus.ACTIVE };
  }
}
