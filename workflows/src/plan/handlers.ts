import { setHandler } from '@temporalio/workflow';
import {
  addPlanItemUpdate,
  type AnnualPlanState,
  calendarChangedSignal,
  completePlanItemSignal,
  completeTaskUpdate,
  type PlanItemChange,
  planStateQuery,
  revisePlanItemUpdate,
  type TaskCompletion,
} from '@tdkt/contracts';
import { readModel } from './activities';
import { assertAddable, assertRevisable } from './plan-item-change-rules';
import { itemView, noticesOf, noticeStatusOf } from './plan-item-state';
import type { PlanRun } from './plan-run';
import { applyCalendar, applyChange } from './stages/changes';
import { completeWindowTask, validateWindowCompletion } from './stages/windows';

/** Registers every message a yearly plan answers: its state, completions, edits and calendars. */
export function registerPlanHandlers(run: PlanRun): void {
  const { input, clock, items } = run;
  setHandler(planStateQuery, (): AnnualPlanState => ({
    planId: input.planId,
    year: input.year,
    planNow: clock.nowIso(),
    items: [...items.values()].map(itemView),
    quarters: run.quarters.map((q) => ({
      quarter: q.quarter,
      summaryAt: q.summary.at,
      summarized: q.summarized,
    })),
    draftPlanId: run.draftPlanId,
    failedNotifications: run.failedNotifications,
    finished: run.finished,
  }));

  setHandler(calendarChangedSignal, async (change) => {
    if (change.revision <= run.calendarRevision || run.finished) return;
    run.calendarRevision = change.revision;
    await run.withEditLock(() => applyCalendar(run));
  });

  setHandler(completePlanItemSignal, async (signal) => {
    const state = items.get(signal.itemKey);
    if (state === undefined || state.completion !== null) return;
    // The API stamps the time; a clock ahead of the plan's (or a plan run "as of" the past) is capped.
    const completedAt = new Date(
      Math.min(Date.parse(signal.completedAt), clock.nowMs()),
    ).toISOString();
    state.completion = { ...signal, completedAt };
    for (const notice of noticesOf(state)) {
      if (noticeStatusOf(state, notice) === 'PENDING') state.noticeStatus.set(notice.id, 'SKIPPED');
    }
    await readModel.recordPlanItemCompletion({
      planId: input.planId,
      itemKey: signal.itemKey,
      completion: {
        completedAt,
        completedBy: signal.completedBy,
        // Activity input only (no new command), so recorded histories replay unchanged.
        completedAs: signal.completedAs ?? null,
        evidence: signal.evidence,
        note: signal.note,
      },
      requestId: signal.requestId,
    });
  });

  setHandler(
    addPlanItemUpdate,
    (change) =>
      run.withEditLock(() => {
        assertAddable(run.changeContext(), change);
        return applyChange(run, change, undefined);
      }),
    { validator: (change: PlanItemChange) => assertAddable(run.changeContext(), change) },
  );

  setHandler(
    revisePlanItemUpdate,
    (change) =>
      run.withEditLock(() => {
        assertRevisable(run.changeContext(), change);
        return applyChange(run, change, items.get(change.item.key));
      }),
    { validator: (change: PlanItemChange) => assertRevisable(run.changeContext(), change) },
  );

  setHandler(
    completeTaskUpdate,
    async (completion) => {
      await completeWindowTask(run, completion);
      return { accepted: true as const, stage: 'WINDOW_OPEN' };
    },
    { validator: (completion: TaskCompletion) => validateWindowCompletion(run, completion) },
  );
}
