import { Injectable } from '@nestjs/common';
import { AppError, dossierEventName, type WorkflowInspection } from '@tdkt/contracts';
import { detectStuck } from '../../detect/detect-stuck';
import type { WorkflowFacts } from '../../detect/workflow-facts';
import { WorkflowEngine } from '../../engine/workflow-engine';
import { OperationsReadModel } from '../../read-model/operations-read-model';
import { type OperatorScope, scopeReaches } from '../../scope/operator-scope';
import { OperationsSettings } from '../../settings/operations-settings';
import { temporalUiLink } from '../temporal-ui-link';
import { sinceFirstAttempt } from '../workflow-facts-collector';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/**
 * One workflow in full, for an operator about to repair it: its dossier and timeline, pending
 * activities, timers, open tasks, the workflows it waits for, why it is stuck, the points a reset may
 * go back to, and its page in the Temporal UI.
 */
@Injectable()
export class InspectWorkflowUseCase {
  constructor(
    private readonly engine: WorkflowEngine,
    private readonly readModel: OperationsReadModel,
    private readonly settings: OperationsSettings,
  ) {}

  async execute(
    workflowId: string,
    scope: OperatorScope,
    now = new Date(),
  ): Promise<WorkflowInspection> {
    const described = await this.engine.describe(workflowId);
    const dossier = (await this.readModel.dossiers([workflowId])).get(workflowId) ?? null;
    if (!scopeReaches(scope, dossier?.proposingUnitId ?? null))
      throw new AppError('WORKFLOW_NOT_FOUND');
    const pendingActivities = await sinceFirstAttempt(
      this.engine,
      described,
      described.pendingActivities,
    );
    const [history, openTasks, awaitedReferences] = await Promise.all([
      this.engine.historyFacts(workflowId, described.runId),
      this.readModel.openTasks([workflowId]),
      this.readModel.awaitedWorkflows(dossier === null ? [] : [dossier]),
    ]);
    const awaited = await Promise.all(
      (awaitedReferences.get(workflowId) ?? []).map(async (reference) => ({
        ...reference,
        ...(await this.engine.statusOf(reference.workflowId)),
      })),
    );
    const pendingTask = described.pendingWorkflowTask;
    const facts: WorkflowFacts = {
      ...described,
      pendingActivities,
      dossier,
      pendingWorkflowTask:
        pendingTask === null
          ? null
          : {
              ...pendingTask,
              lastProblem:
                pendingTask.attempt >= 2
                  ? await this.engine.lastWorkflowTaskProblem(workflowId, described.runId)
                  : null,
            },
      openTasks: openTasks.get(workflowId) ?? [],
      awaited,
      lastProgressAt: history.lastEventAt ?? dossier?.lastEventAt ?? null,
      pendingTimers: history.pendingTimers.length,
    };
    const timeline = dossier === null ? [] : await this.readModel.timeline(dossier.id);
    return {
      workflowId,
      runId: described.runId,
      workflowType: described.workflowType,
      status: described.status,
      startedAt: described.startedAt.toISOString(),
      closedAt: iso(described.closedAt),
      taskQueue: described.taskQueue,
      historyLength: described.historyLength,
      dossier:
        dossier === null
          ? null
          : {
              id: dossier.id,
              code: dossier.code,
              stage: dossier.stage,
              proposingUnitId: dossier.proposingUnitId,
              unitName: dossier.unitName,
              awardCode: dossier.awardCode,
              year: dossier.year,
            },
      subject:
        dossier === null
          ? ((await this.readModel.subjects([workflowId])).get(workflowId) ?? null)
          : null,
      timeline,
      pendingActivities: pendingActivities.map((activity) => ({
        activityId: activity.activityId,
        activityType: activity.activityType,
        attempt: activity.attempt,
        maximumAttempts: activity.maximumAttempts,
        lastFailure: activity.lastFailure,
        lastAttemptAt: iso(activity.lastAttemptAt),
        nextAttemptAt: iso(activity.nextAttemptAt),
        scheduledAt: iso(activity.scheduledAt),
      })),
      pendingWorkflowTask:
        pendingTask === null
          ? null
          : { attempt: pendingTask.attempt, failingSince: iso(pendingTask.originalScheduledAt) },
      timers: history.pendingTimers.map((timer) => ({
        timerId: timer.timerId,
        firesAt: iso(timer.firesAt),
      })),
      openTasks: facts.openTasks.map((task) => ({ ...task, dueAt: iso(task.dueAt) })),
      awaited: awaited.map((entry) => ({ ...entry, closedAt: iso(entry.closedAt) })),
      findings: described.status === 'RUNNING' ? detectStuck(facts, now, this.settings) : [],
      resetPoints: namedResetPoints(history.completedWorkflowTasks, timeline),
      temporalUiUrl: temporalUiLink(this.settings, workflowId, described.runId),
    };
  }
}

/**
 * Reset points named after what the workflow had just done: the last timeline entry recorded at or
 * before each one ("after «Review accepted»"), or the start. An operator picks a point by what it
 * means, not by an event number.
 */
export function namedResetPoints(
  points: readonly { eventId: number; at: Date | null }[],
  timeline: readonly { type: string; at: string }[],
): WorkflowInspection['resetPoints'] {
  return points.map((point, index) => {
    const at = point.at?.getTime() ?? null;
    const last =
      at === null ? undefined : timeline.filter((entry) => Date.parse(entry.at) <= at).at(-1);
    const label =
      last !== undefined
        ? {
            vi: `Sau «${dossierEventName(last.type).vi}»`,
            en: `After «${dossierEventName(last.type).en}»`,
          }
        : index === 0
          ? { vi: 'Lúc bắt đầu', en: 'At the start' }
          : { vi: `Bước thứ ${index + 1} của quy trình`, en: `Workflow step ${index + 1}` };
    return { eventId: point.eventId, at: point.at?.toISOString() ?? null, label };
  });
}
