import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AnnualPlanState,
  CompletePlanItemSignal,
  PlanItemChange,
  PlanItemStateView,
} from './plan.types';

/** A person marked an item done (with evidence) through the API. */
export const completePlanItemSignal = defineSignal<[CompletePlanItemSignal]>('completePlanItem');

/** Adds an item to a running plan; answers with the item's new schedule once it is recorded. */
export const addPlanItemUpdate = defineUpdate<PlanItemStateView, [PlanItemChange]>('addPlanItem');

/** Moves or edits an open item of a running plan; its reminders follow the new due date. */
export const revisePlanItemUpdate = defineUpdate<PlanItemStateView, [PlanItemChange]>(
  'revisePlanItem',
);

/** Items, notices, windows and quarters as the workflow sees them now. */
export const planStateQuery = defineQuery<AnnualPlanState>('planState');
