import { condition } from '@temporalio/workflow';
import {
  PlanRole,
  PlanTaskType,
  planWindowTaskKey,
  type PlanWindowRecord,
  TaskSubjectType,
  type TaskCompletion,
} from '@tdkt/contracts';
import {
  closeTaskCommand,
  type OpenStep,
  openTaskCommand,
  type StepLookup,
  validateCompletion,
} from '../../shared/human-step';
import { inbox, readModel } from '../activities';
import type { PlanItemState } from '../plan-item-state';
import { windowOpenedRequest } from '../plan-notifications';
import type { PlanRun } from '../plan-run';

/**
 * An item's collection or registration window, for one schedule generation: it opens with a task per
 * participant and closes at the end of its due day (or when the item is completed), cancelling the
 * tasks not done.
 */
export async function runWindow(
  run: PlanRun,
  state: PlanItemState,
  generation: number,
): Promise<void> {
  const window = state.window;
  if (window === null) return;
  const { clock } = run;
  const superseded = () => state.generation !== generation;
  const settled = () => superseded() || state.completion !== null;
  if (window.status === 'PENDING') {
    if (clock.msUntil(window.closesAt) <= 0 || state.completion !== null) {
      window.status = 'SKIPPED';
      return;
    }
    const wait = clock.msUntil(window.opensAt);
    if (wait > 0 && (await condition(settled, wait))) {
      if (!superseded()) window.status = 'SKIPPED';
      return;
    }
    await openWindow(run, state);
  }
  if (window.status !== 'OPEN') return;
  const wait = clock.msUntil(window.closesAt);
  if (wait > 0 && (await condition(settled, wait)) && superseded()) return;
  await closeWindow(run, state);
}

async function openWindow(run: PlanRun, state: PlanItemState): Promise<void> {
  const window = state.window!;
  const { input, workflowId } = run;
  window.status = 'OPEN';
  await readModel.recordPlanWindow(windowRecord(run, state));
  await Promise.all(
    state.item.participantUnitIds.map(async (unitId) => {
      window.tasks.set(unitId, 'OPEN');
      await inbox.openTask(
        openTaskCommand(workflowId, {
          taskKey: planWindowTaskKey(state.item.key, unitId),
          type: windowTaskType(state),
          title: windowTaskTitle(run, state),
          subject: {
            type: TaskSubjectType.planItem,
            id: `${input.planId}:${state.item.key}`,
            label: state.item.text.vi,
            unitId,
          },
          candidates: { role: PlanRole.officer, unitId },
          dueAt: window.closesAt,
          details: {
            planId: input.planId,
            itemKey: state.item.key,
            ownerUnitId: state.item.ownerUnitId,
          },
        }),
      );
    }),
  );
  if (state.item.participantUnitIds.length > 0) await run.notify(windowOpenedRequest(input, state));
}

async function closeWindow(run: PlanRun, state: PlanItemState): Promise<void> {
  const window = state.window!;
  window.status = 'CLOSED';
  const reason = state.completion === null ? 'window-closed' : 'item-completed';
  await Promise.all(
    [...window.tasks].flatMap(([unitId, status]) => {
      if (status !== 'OPEN') return [];
      window.tasks.set(unitId, 'CANCELLED');
      const taskKey = planWindowTaskKey(state.item.key, unitId);
      return [
        inbox.closeTask(
          closeTaskCommand(run.workflowId, taskKey, { kind: 'cancelled', outcome: { reason } }),
        ),
      ];
    }),
  );
  await readModel.recordPlanWindow(windowRecord(run, state));
}

/** Moves a window's open tasks when its closing instant moved. */
export async function rescheduleWindowTasks(
  run: PlanRun,
  state: PlanItemState,
  previousClose: string | undefined,
): Promise<void> {
  if (state.window?.status !== 'OPEN' || state.window.closesAt === previousClose) return;
  await Promise.all(
    [...state.window.tasks]
      .filter(([, status]) => status === 'OPEN')
      .map(([unitId]) =>
        inbox.rescheduleTask({
          workflowId: run.workflowId,
          taskKey: planWindowTaskKey(state.item.key, unitId),
          dueAt: state.window!.closesAt,
        }),
      ),
  );
}

/** A participant's window task, completed: the inbox closes it at once; the window stays open. */
export async function completeWindowTask(run: PlanRun, completion: TaskCompletion): Promise<void> {
  const [, itemKey, unitId] = completion.taskKey.split(':') as [string, string, string];
  run.items.get(itemKey)!.window!.tasks.set(unitId, 'COMPLETED');
  await inbox.closeTask(
    closeTaskCommand(run.workflowId, completion.taskKey, { kind: 'completed', completion }),
  );
}

/** Refuses a completion of a window task that is not open, or by someone who is not its unit's officer. */
export function validateWindowCompletion(run: PlanRun, completion: TaskCompletion): void {
  validateCompletion(windowSteps(run), completion, {
    notOpen: 'PLAN_WINDOW_CLOSED',
    outcomeProblems: () => [],
  });
}

/** The open window tasks, as the shared completion validator reads them. */
function windowSteps(run: PlanRun): StepLookup<OpenStep> {
  const get = (taskKey: string): OpenStep | undefined => {
    const [prefix, itemKey = '', unitId = ''] = taskKey.split(':');
    const state = run.items.get(itemKey);
    const window = state?.window;
    if (prefix !== 'window' || window?.status !== 'OPEN' || window.tasks.get(unitId) !== 'OPEN')
      return undefined;
    return {
      taskKey,
      type: windowTaskType(state!),
      candidates: { role: PlanRole.officer, unitId },
      dueAt: window.closesAt,
    };
  };
  return { get, awaitsCompletion: (taskKey) => get(taskKey) !== undefined };
}

function windowTaskType(state: PlanItemState): PlanTaskType {
  return state.item.kind === 'registration'
    ? PlanTaskType.emulationRegistration
    : PlanTaskType.dossierCollection;
}

function windowRecord(run: PlanRun, state: PlanItemState): PlanWindowRecord {
  const window = state.window!;
  return {
    planId: run.input.planId,
    itemKey: state.item.key,
    kind: state.item.kind === 'registration' ? 'emulation-registration' : 'dossier-collection',
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    status: window.status === 'OPEN' ? 'OPEN' : 'CLOSED',
  };
}

function windowTaskTitle(run: PlanRun, state: PlanItemState) {
  const { year } = run.input;
  return state.item.kind === 'registration'
    ? {
        vi: `Đăng ký thi đua năm ${year + 1}: ${state.item.text.vi}`,
        en: `Emulation registration for ${year + 1}: ${state.item.text.en}`,
      }
    : {
        vi: `Nộp hồ sơ: ${state.item.text.vi}`,
        en: `Submit dossiers: ${state.item.text.en}`,
      };
}
