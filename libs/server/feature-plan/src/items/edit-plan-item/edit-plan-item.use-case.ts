import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, PlanStatus, revisePlanItemUpdate } from '@tdkt/contracts';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { loadPlan, loadPlanItem } from '../../plan-records';
import { planItemView, vietnamToday, type PlanItemView } from '../../read/plan-views';
import { writePlanItemRevision } from '../../plan-item-writer';
import { PlanUnits } from '../../plan-units';
import { planItemChange, type PlanItemInput } from '../plan-item-input';
import { sendPlanItemUpdate } from '../plan-item-update';

export interface EditPlanItemCommand {
  planId: string;
  itemKey: string;
  /**
   * Fields to change. Moving an item is changing `quarter` and/or `dueOn`; a new quarter without a
   * `dueOn` puts it on that quarter's last day.
   */
  changes: Partial<PlanItemInput>;
  actorId: string | null;
  requestId?: string | null;
}

/**
 * Edits or moves an open item. A draft is written directly; a running plan gets an Update and the
 * item's reminders follow its new due date (a date in the past is refused).
 */
@Injectable()
export class EditPlanItemUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
    private readonly units: PlanUnits,
  ) {}

  async execute(command: EditPlanItemCommand): Promise<PlanItemView> {
    const { plan, change } = await this.dataSource.transaction(async (manager) => {
      const plan = await loadPlan(manager, command.planId, true);
      if (plan.status === PlanStatus.CLOSED) throw new AppError('PLAN_NOT_EDITABLE');
      const current = await loadPlanItem(manager, plan.id, command.itemKey);
      if (current.status === 'DONE') throw new AppError('PLAN_ITEM_COMPLETED');
      const { changes } = command;
      const quarterChanged = changes.quarter !== undefined && changes.quarter !== current.quarter;
      const merged: PlanItemInput = {
        quarter: changes.quarter ?? current.quarter,
        dueOn:
          changes.dueOn !== undefined
            ? changes.dueOn
            : quarterChanged || !current.dueExplicit
              ? null
              : current.dueOn,
        ownerUnitId: changes.ownerUnitId ?? current.ownerUnitId,
        kind: changes.kind ?? current.kind,
        text: changes.text ?? { vi: current.textVi, en: current.textEn },
        recurring: changes.recurring ?? current.recurring,
        participantUnitIds: changes.participantUnitIds ?? current.participantUnitIds,
      };
      const change = await planItemChange(manager, this.units, plan, current.key, merged, {
        actorId: command.actorId,
        requestId: command.requestId ?? null,
      });
      if (plan.status === PlanStatus.DRAFT) {
        await writePlanItemRevision(manager, plan.id, change, current.revision + 1);
      }
      return { plan, change };
    });
    if (plan.status === PlanStatus.ACTIVE) {
      await sendPlanItemUpdate(this.updates, plan.workflowId!, revisePlanItemUpdate, change);
    }
    return planItemView(
      await loadPlanItem(this.dataSource.manager, plan.id, command.itemKey),
      vietnamToday(),
    );
  }
}
