import { allHandlersFinished, condition } from '@temporalio/workflow';
import type { AnnualPlanOutcome, AnnualPlanWorkflowInput } from '@tdkt/contracts';
import { computePlanSchedule, readModel } from './activities';
import { registerPlanHandlers } from './handlers';
import { applySchedule } from './plan-item-state';
import { draftReadyRequest } from './plan-notifications';
import { PlanRun } from './plan-run';
import { runNotices } from './stages/notices';
import { summarizeQuarters } from './stages/quarters';
import { runWindow } from './stages/windows';

/**
 * One yearly plan (kế hoạch thi đua, khen thưởng), from issue to year end. Every item has its own
 * durable timers: reminders to the owner's officers on working days before the due date, an overdue
 * notice to the owner's head and the standing body, and for window kinds the opening and closing of
 * a dossier-collection or registration window with one inbox task per participant. After each quarter
 * a summary is saved and sent; after the last, next year's draft is created for the standing body.
 *
 * Started after some dates have passed (e.g. the 2024 seed plan loaded today), it skips reminders
 * already past, sends one overdue notice per item already overdue, skips windows already closed and
 * sends each past quarter's summary once, in order.
 */
export async function annualPlanWorkflow(
  input: AnnualPlanWorkflowInput,
): Promise<AnnualPlanOutcome> {
  const run = new PlanRun(input, [runNotices, runWindow]);
  registerPlanHandlers(run);

  const schedule = await computePlanSchedule(
    run.scheduleRequest([...run.items.values()].map((s) => s.item)),
  );
  for (const state of run.items.values()) {
    applySchedule(state, schedule.items[state.item.key]!);
    run.startRunners(state);
  }
  run.quarters = schedule.quarters.map((quarter) => ({ ...quarter, summarized: false }));
  run.scheduled = true;

  await summarizeQuarters(run);

  const draft = await readModel.createNextYearDraft({ planId: input.planId });
  run.draftPlanId = draft.draftPlanId;
  await run.notify(draftReadyRequest(input, draft.draftPlanId, draft.items));

  await condition(() => run.runners.size === 0 && !run.editing && allHandlersFinished());
  await readModel.closePlan({ planId: input.planId });
  run.finished = true;
  const states = [...run.items.values()];
  return {
    itemsDone: states.filter((s) => s.completion !== null).length,
    itemsOpen: states.filter((s) => s.completion === null).length,
    quarterSummaries: run.quarters.filter((q) => q.summarized).length,
    draftPlanId: run.draftPlanId,
  };
}
