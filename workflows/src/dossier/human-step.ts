import { CancellationScope, condition, isCancellation, patched } from '@temporalio/workflow';
import type {
  LocalizedText,
  NotificationRecipient,
  StepSchedule,
  TaskCandidates,
  TaskCompletion,
} from '@tdkt/contracts';
import { sleepUntil } from '../shared/time';
import { activities } from './activities';
import type { DossierRun } from './dossier-run';

export interface HumanStepSpec {
  /** Unique within the workflow, e.g. `review:district#2`. */
  taskKey: string;
  type: string;
  title: LocalizedText;
  candidates: TaskCandidates;
  schedule: StepSchedule;
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

export type HumanStepResult =
  { kind: 'completed'; completion: TaskCompletion } | { kind: 'expired' } | { kind: 'superseded' };

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
  await activities.openTask({
    workflowId: run.workflowId,
    taskKey: spec.taskKey,
    type: spec.type,
    title: spec.title,
    subject: {
      type: 'dossier',
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
      ...spec.details,
    },
  });
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
  const timers = new CancellationScope();
  const timersDone = timers
    .run(() => remindAndEscalate(run, spec, () => (expired = true)))
    .catch((error: unknown) => {
      if (!isCancellation(error)) throw error;
    });
  await condition(() => run.completions.has(spec.taskKey) || expired || (spec.until?.() ?? false));
  timers.cancel();
  await timersDone;

  const completion = run.completions.get(spec.taskKey);
  run.removeOpenStep(spec.taskKey);
  await activities.closeTask({
    workflowId: run.workflowId,
    taskKey: spec.taskKey,
    status: completion || !expired ? 'COMPLETED' : 'CANCELLED',
    closedBy: completion?.actor.userId ?? null,
    outcome: completion?.outcome ?? (expired ? { expired: true } : { superseded: true }),
  });
  if (completion) {
    run.consumed.add(spec.taskKey);
    return { kind: 'completed', completion };
  }
  return expired ? { kind: 'expired' } : { kind: 'superseded' };
}

/** Closes every task still open, e.g. when the dossier is withdrawn or cancelled. */
export async function cancelOpenSteps(run: DossierRun): Promise<void> {
  for (const step of run.allOpenSteps()) {
    await activities.closeTask({
      workflowId: run.workflowId,
      taskKey: step.taskKey,
      status: 'CANCELLED',
      closedBy: null,
    });
    run.removeOpenStep(step.taskKey);
  }
}

async function remindAndEscalate(
  run: DossierRun,
  spec: HumanStepSpec,
  expire: () => void,
): Promise<void> {
  const { schedule } = spec;
  const params = {
    taskTitle: spec.title.vi,
    taskTitleEn: spec.title.en,
    dueDate: schedule.dueDate,
  };
  for (const reminder of schedule.reminders) {
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
    });
  }
  if (spec.onDeadline === 'expire') {
    await sleepUntil(schedule.dueAt);
    expire();
    return;
  }
  await sleepUntil(schedule.overdueAt);
  await CancellationScope.nonCancellable(async () => {
    await run.notify(
      `${spec.taskKey}:overdue`,
      [spec.candidates, ...spec.overdueRecipients],
      'task.overdue',
      params,
    );
    await run.record('task.overdue', { taskKey: spec.taskKey, dueDate: schedule.dueDate });
  });
}
