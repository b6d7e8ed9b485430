import type { AnnualPlanWorkflowInput } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import { itemSnapshot, loadPlanItems, type PlanRecord } from '../plan-records';

/** The workflow input for a plan as the read model holds it now. */
export async function planWorkflowInput(
  manager: EntityManager,
  plan: PlanRecord,
  startAsOf: string | null,
): Promise<AnnualPlanWorkflowInput> {
  return {
    planId: plan.id,
    year: plan.year,
    number: plan.number,
    issuerUnitId: plan.issuerUnitId,
    standingBodyUnitId: plan.standingBodyUnitId,
    reminderOffsets: plan.reminderOffsets,
    items: (await loadPlanItems(manager, plan.id)).map(itemSnapshot),
    startAsOf,
  };
}
