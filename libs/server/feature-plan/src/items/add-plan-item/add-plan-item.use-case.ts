import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addPlanItemUpdate, AppError, PlanStatus } from '@tdkt/contracts';
import { fieldIssue, planItemKeyIssues } from '@tdkt/domain';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { loadPlan, loadPlanItem } from '../../plan-records';
import { planItemView, vietnamToday, type PlanItemView } from '../../read/plan-views';
import { writePlanItemRevision } from '../../plan-item-writer';
import { PlanUnits } from '../../plan-units';
import { planItemChange, type PlanItemInput } from '../plan-item-input';
import { sendPlanItemUpdate } from '../plan-item-update';

export interface AddPlanItemCommand {
  planId: string;
  item: PlanItemInput & { key: string };
  actorId: string | null;
  requestId?: string | null;
}

/**
 * Adds an item to a plan. A draft is written directly; a running plan gets an Update, so the item's
 * reminders start at once (an item due in the past, or in an already summarised quarter, is refused).
 */
@Injectable()
export class AddPlanItemUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
    private readonly units: PlanUnits,
  ) {}

  async execute(command: AddPlanItemCommand): Promise<PlanItemView> {
    const keyIssues = planItemKeyIssues(command.item.key, 'key');
    if (keyIssues.length > 0) throw new AppError('VALIDATION_FAILED', [...keyIssues]);
    const { plan, change } = await this.dataSource.transaction(async (manager) => {
      const plan = await loadPlan(manager, command.planId, true);
      if (plan.status === PlanStatus.CLOSED) throw new AppError('PLAN_NOT_EDITABLE');
      const taken = await manager.query<unknown[]>(
        `SELECT 1 FROM plan_items WHERE plan_id = $1 AND item_key = $2`,
        [plan.id, command.item.key],
      );
      if (taken.length > 0) {
        throw new AppError('VALIDATION_FAILED', [
          fieldIssue('key', 'unique-item-key', {
            vi: `kế hoạch đã có nhiệm vụ "${command.item.key}"`,
            en: `the plan already has an item "${command.item.key}"`,
          }),
        ]);
      }
      const change = await planItemChange(
        manager,
        this.units,
        plan,
        command.item.key,
        command.item,
        {
          actorId: command.actorId,
          requestId: command.requestId ?? null,
        },
      );
      if (plan.status === PlanStatus.DRAFT)
        await writePlanItemRevision(manager, plan.id, change, 1);
      return { plan, change };
    });
    if (plan.status === PlanStatus.ACTIVE) {
      await sendPlanItemUpdate(this.updates, plan.workflowId!, addPlanItemUpdate, change);
    }
    return planItemView(
      await loadPlanItem(this.dataSource.manager, plan.id, command.item.key),
      vietnamToday(),
    );
  }
}
