import { CancellationScope, condition, isCancellation, patched } from '@temporalio/workflow';
import {
  type CloseTaskCommand,
  type OpenTaskCommand,
  type LocalizedText,
  type NotificationRecipient,
  type StepSchedule,
  type TaskCandidates,
  type TaskCompletion,
  TaskSubjectType,
  type DossierTaskType,
} from '@tdkt/contracts';
import { nowIso, sleepUntil } from '../shared/time';
import { activities } from './activities';
import type { DossierRun } from './dossier-run';
import type { ScheduledStep } from './schedule';

export interface HumanStepSpec {
  /** Unique within the workflow, e.g. `review:district#2`. */
  taskKey: string;
  type: DossierTaskType;
  title: LocalizedText;
  candidates: TaskCandidates;
  /** With `recompute`, the deadline follows holiday schedules published while the step is open. */
  schedule: StepSchedule | ScheduledStep;
  /** `escalate`: after the deadline, tell the heads and keep waiting. `expire`: the deadline ends the step. */
  onDeadline: 'escalate' | 'expire';
  /** Who hears about an overdue step besides its candidates (e.g. the unit's head). */
  overdueRecipients: NotificationRecipient[];
  details?: Record<string, unknown>;
  /** Ends the step early when it becomes true (e.g. a batch decision covered it). */
  until?: () => boolean;
  /** Called once the task is in the inbox. */
  onOpened?: () => void;
  /**
   * Tell the candidates at once that the task is theirs, with why it comes now (empty when it is
   * simply new). Without it they learn of it from the inbox or its reminders.
   */
  announce?: LocalizedText;
}

/** Candidates are told when a task opens (a dossier to review, a decision to sign), not only by reminders. */
export const ANNOUNCE_OPENED_TASKS = 'announce-opened-tasks';
/**
 * A holiday schedule published while the step was being scheduled and opened (its signal arrived
 * during those activities) moves the step too; before this patch it was taken as already seen.
 */
export const CALENDAR_CHANGE_WHILE_OPENING = 'calendar-change-while-opening';

export type HumanStepResult =
  { kind: 'completed'; completion: TaskCompletion } | { kind: 'expired' } | { kind: 'superseded' };

/** What the step's timers have done, so that a moved deadline never repeats a notice. */
interface StepProgress {
  schedule: StepSchedule;
  remindersSent: Set<number>;
  overdueSent: boolean;
  /** True once the deadline moved: reminders whose new time has passed are skipped, not sent late. */
  moved: boolean;
}

/**
 * Puts a task in the inbox and waits for a person to complete it (through the `completeTask` update),
 * while durable timers send reminders before the deadline and an overdue notice after it.
 */
export async function runHumanStep(run: DossierRun, spec: HumanStepSpec): Promise<HumanStepResult> {
  const level = run.level;
  // Known as open before the inbox row exists: a completion may arrive as soon as the row is written.
  run.addOpenStep({
    taskKey: spec.taskKey,
    type: spec.type,
    level: level.level,
    dueAt: spec.schedule.dueAt,
    candidates: spec.candidates,
  });
  const task: OpenTaskCommand = {
    workflowId: run.workflowId,
    taskKey: spec.taskKey,
    type: spec.type,
    title: spec.title,
    subject: {
      type: TaskSubjectType.dossier,
      id: run.input.dossierId,
      label: `${run.input.code} · ${run.input.nominee.name} · ${run.input.awardName.vi}`,
      unitId: run.input.proposingUnit.id,
    },
    candidates: spec.candidates,
    dueAt: spec.schedule.dueAt,
    details: {
      level: level.level,
      levelUnitId: level.unitId,
      dueDate: spec.schedule.dueDate,
      ...(spec.schedule.provisional === undefined
        ? {}
        : { dueDateProvisional: spec.schedule.provisional }),
      ...spec.details,
    },
  };
  if (run.batchesWrites) await run.flush(task);
  else await activities.openTask(task);
  spec.onOpened?.();
  run.settleConsumed();
  const announce = spec.announce;
  // Like a reminder, an announcement on its way is sent in full, even if the dossier is withdrawn.
  if (announce !== undefined && patched(ANNOUNCE_OPENED_TASKS))
    await CancellationScope.nonCancellable(() =>
      run.notify(`${spec.taskKey}:opened`, [spec.candidates], 'task.opened', {
        taskTitle: spec.title.vi,
        taskTitleEn: spec.title.en,
        dueDate: spec.schedule.dueDate,
        note: announce.vi,
        noteEn: announce.en,
      }),
    );

  let expired = false;
  const progress: StepProgress = {
    schedule: spec.schedule,
    remindersSent: new Set(),
    overdueSent: false,
    moved: false,
  };
  const finished = () => run.completions.has(spec.taskKey) || expired || (spec.until?.() ?? false);
  let timers = startTimers(run, spec, progress, () => (expired = true));
  // A published holiday schedule only adds commands when it moves this step's deadline.
  for (let seen = revisionSeenAtOpening(run, spec); ;) {
    await condition(() => finished() || (run.calendarChange?.revision ?? 0) > seen);
    if (finished()) break;
    seen = run.calendarChange?.revision ?? 0;
    if (!(await moveDeadline(run, spec, progress))) continue;
    timers.scope.cancel();
    await timers.done;
    if (finished()) break;
    timers = startTimers(run, spec, progress, () => (expired = true));
  }
  timers.scope.cancel();
  await timers.done;

  const completion = run.completions.get(spec.taskKey);
  run.removeOpenStep(spec.taskKey);
  const close: CloseTaskCommand = {
    workflowId: run.workflowId,
    taskKey: spec.taskKey,
    status: completion || !expired ? 'COMPLETED' : 'CANCELLED',
    closedBy: completion?.actor.userId ?? null,
    outcome: completion?.outcome ?? (expired ? { expired: true } : { superseded: true }),
  };
  if (run.batchesWrites) run.queueTaskClose(close);
  else await activities.closeTask(close);
  if (completion) {
    run.consumed.add(spec.taskKey);
    return { kind: 'completed', completion };
  }
  return expired ? { kind: 'expired' } : { kind: 'superseded' };
}

/** The last publication the step's schedule already reflects. */
function revisionSeenAtOpening(run: DossierRun, spec: HumanStepSpec): number {
  const received = run.calendarChange?.revision ?? 0;
  const computedOn = spec.schedule.calendarRevision ?? 0;
  return received > computedOn && patched(CALENDAR_CHANGE_WHILE_OPENING) ? computedOn : received;
}

/** Closes every task still open, e.g. when the dossier is withdrawn or cancelled. */
export async function cancelOpenSteps(run: DossierRun): Promise<void> {
  for (const step of run.allOpenSteps()) {
    const close: CloseTaskCommand = {
      workflowId: run.workflowId,
      taskKey: step.taskKey,
      status: 'CANCELLED',
      closedBy: null,
    };
    if (run.batchesWrites) run.queueTaskClose(close);
    else await activities.closeTask(close);
    run.removeOpenStep(step.taskKey);
  }
}

/** Runs the reminders and the deadline of the step's current schedule in a scope of their own. */
function startTimers(
  run: DossierRun,
  spec: HumanStepSpec,
  progress: StepProgress,
  expire: () => void,
): { scope: CancellationScope; done: Promise<void> } {
  const scope = new CancellationScope();
  const done = scope
    .run(() => remindAndEscalate(run, spec, progress, expire))
    .catch((error: unknown) => {
      if (!isCancellation(error)) throw error;
    });
  return { scope, done };
}

/**
 * Recomputes the step's schedule on the calendar now in effect. When the deadline moved, the task in
 * the inbox, the timeline and the stage deadline follow, and the people who hold the step are told
 * once per publication. Returns whether anything moved.
 */
async function moveDeadline(
  run: DossierRun,
  spec: HumanStepSpec,
  progress: StepProgress,
): Promise<boolean> {
  const change = run.calendarChange;
  if (change === null || !('recompute' in spec.schedule)) return false;
  const next = await spec.schedule.recompute();
  const previous = progress.schedule;
  if (
    next.dueAt === previous.dueAt &&
    next.overdueAt === previous.overdueAt &&
    JSON.stringify(next.reminders) === JSON.stringify(previous.reminders)
  ) {
    return false;
  }
  progress.schedule = next;
  progress.moved = true;
  run.moveOpenStep(spec.taskKey, next.dueAt);
  await activities.rescheduleTask({
    workflowId: run.workflowId,
    taskKey: spec.taskKey,
    dueAt: next.dueAt,
    details: { dueDate: next.dueDate, dueDateProvisional: next.provisional ?? false },
  });
  const movesStage = run.state.stageDueAt === previous.dueAt;
  await run.record(
    'task.rescheduled',
    {
      taskKey: spec.taskKey,
      from: previous.dueDate,
      to: next.dueDate,
      provisional: next.provisional ?? false,
      revision: change.revision,
      document: change.document,
    },
    movesStage ? { stageDueAt: next.dueAt } : {},
  );
  await run.notify(
    `${spec.taskKey}:rescheduled:${change.revision}`,
    [spec.candidates],
    'task.rescheduled',
    {
      taskTitle: spec.title.vi,
      taskTitleEn: spec.title.en,
      previousDueDate: previous.dueDate,
      dueDate: next.dueDate,
      document: change.document,
    },
  );
  return true;
}

async function remindAndEscalate(
  run: DossierRun,
  spec: HumanStepSpec,
  progress: StepProgress,
  expire: () => void,
): Promise<void> {
  const { schedule } = progress;
  const params = {
    taskTitle: spec.title.vi,
    taskTitleEn: spec.title.en,
    dueDate: schedule.dueDate,
  };
  for (const reminder of schedule.reminders) {
    if (progress.remindersSent.has(reminder.offsetWorkingDays)) continue;
    // After a move, a reminder whose new time has already passed would only confuse.
    if (progress.moved && reminder.at <= nowIso()) continue;
    await sleepUntil(reminder.at);
    // Once a reminder is on its way it is sent and recorded in full, even if the step ends meanwhile.
    await CancellationScope.nonCancellable(async () => {
      await run.notify(
        `${spec.taskKey}:reminder:${reminder.offsetWorkingDays}`,
        [spec.candidates],
        'task.reminder',
        {
          ...params,
          workingDaysLeft: reminder.offsetWorkingDays,
        },
      );
      await run.record('task.reminded', {
        taskKey: spec.taskKey,
        workingDaysLeft: reminder.offsetWorkingDays,
      });
      if (run.batchesWrites) await run.flush();
      progress.remindersSent.add(reminder.offsetWorkingDays);
    });
  }
  if (spec.onDeadline === 'expire') {
    await sleepUntil(schedule.dueAt);
    expire();
    return;
  }
  if (progress.overdueSent) return;
  await sleepUntil(schedule.overdueAt);
  await CancellationScope.nonCancellable(async () => {
    await run.notify(
      `${spec.taskKey}:overdue`,
      [spec.candidates, ...spec.overdueRecipients],
      'task.overdue',
      params,
    );
    await run.record('task.overdue', { taskKey: spec.taskKey, dueDate: schedule.dueDate });
    if (run.batchesWrites) await run.flush();
    progress.overdueSent = true;
  });
}
