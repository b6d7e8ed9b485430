import type { PlanItemChange, PlanItemStateView } from '@tdkt/contracts';
import { computePlanSchedule, readModel } from '../activities';
import { applySchedule, itemView, newItemState, type PlanItemState } from '../plan-item-state';
import type { PlanRun } from '../plan-run';
import { rescheduleWindowTasks } from './windows';

/**
 * A holiday schedule was published: the open items' reminders and overdue notices are computed
 * again on the calendar now in effect, and those that moved are rescheduled (a notice already
 * sent keeps its status, so nothing goes out twice).
 */
export async function applyCalendar(run: PlanRun): Promise<void> {
  const open = [...run.items.values()].filter((state) => state.completion === null);
  if (open.length === 0) return;
  const fresh = await computePlanSchedule(run.scheduleRequest(open.map((state) => state.item)));
  for (const state of open) {
    const next = fresh.items[state.item.key];
    if (next === undefined || JSON.stringify(next) === JSON.stringify(state.schedule)) continue;
    const previousClose = state.window?.closesAt;
    applySchedule(state, next);
    await rescheduleWindowTasks(run, state, previousClose);
    run.startRunners(state);
  }
}

/** Adds an item, or records a revision of one, with its new schedule and timers. */
export async function applyChange(
  run: PlanRun,
  change: PlanItemChange,
  existing: PlanItemState | undefined,
): Promise<PlanItemStateView> {
  const state = existing ?? newItemState({ ...change.item, completion: null, revision: 0 });
  const [schedule] = Object.values(
    (await computePlanSchedule(run.scheduleRequest([change.item]))).items,
  );
  const revision = state.revision + 1;
  await readModel.recordPlanItemRevision({ planId: run.input.planId, change, revision });
  const previousClose = state.window?.closesAt;
  state.item = change.item;
  state.revision = revision;
  applySchedule(state, schedule!);
  run.items.set(state.item.key, state);
  await rescheduleWindowTasks(run, state, previousClose);
  run.startRunners(state);
  return itemView(state);
}
