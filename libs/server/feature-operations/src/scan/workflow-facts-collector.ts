import { Injectable } from '@nestjs/common';
import type { StuckReason } from '@tdkt/contracts';
import { idleSeconds, waitsOnNothing } from '../detect/detect-no-progress';
import type { PendingActivityFact, WorkflowFacts } from '../detect/workflow-facts';
import { type ListedWorkflow, WorkflowEngine } from '../engine/workflow-engine';
import { type AwaitedReference, OperationsReadModel } from '../read-model/operations-read-model';
import { OperationsSettings } from '../settings/operations-settings';
import { mapWithConcurrency } from './concurrency';

/** Reasons that need `describe`: what only Temporal knows about an execution. */
const ENGINE_REASONS: readonly StuckReason[] = [
  'held-for-administrator',
  'activity-retrying',
  'workflow-task-failing',
  'no-progress',
];

/**
 * Gathers the facts the detectors judge, as cheaply as the asked-for reasons allow: one batch of SQL
 * for the read model, then per workflow (with bounded concurrency) `describe`, the awaited workflows'
 * status, and the history only for a workflow that seems idle.
 */
@Injectable()
export class WorkflowFactsCollector {
  constructor(
    private readonly engine: WorkflowEngine,
    private readonly readModel: OperationsReadModel,
    private readonly settings: OperationsSettings,
  ) {}

  async collect(
    workflows: readonly ListedWorkflow[],
    now: Date,
    reasons: readonly StuckReason[],
  ): Promise<WorkflowFacts[]> {
    const ids = workflows.map((workflow) => workflow.workflowId);
    const dossiers = await this.readModel.dossiers(ids);
    const [openTasks, awaited] = await Promise.all([
      this.readModel.openTasks(ids),
      reasons.includes('awaited-workflow-closed') || reasons.includes('no-progress')
        ? this.readModel.awaitedWorkflows([...dossiers.values()])
        : Promise.resolve(new Map<string, AwaitedReference[]>()),
    ]);
    const describe = reasons.some((reason) => ENGINE_REASONS.includes(reason));
    return mapWithConcurrency(workflows, this.settings.scanConcurrency, async (workflow) => {
      const dossier = dossiers.get(workflow.workflowId) ?? null;
      const facts: WorkflowFacts = {
        ...workflow,
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
        pendingActivities: [],
        pendingWorkflowTask: null,
        heldWork: [],
        openTasks: openTasks.get(workflow.workflowId) ?? [],
        awaited: await Promise.all(
          (awaited.get(workflow.workflowId) ?? []).map(async (reference) => ({
            ...reference,
            ...(await this.engine.statusOf(reference.workflowId)),
          })),
        ),
        lastProgressAt: dossier?.lastEventAt ?? null,
        pendingTimers: null,
      };
      if (!describe) return facts;
      await completeFromEngine(this.engine, facts, now, this.settings);
      return facts;
    });
  }
}

/** Adds what `describe` (and, for an idle workflow, the history) tells about the execution. */
export async function completeFromEngine(
  engine: WorkflowEngine,
  facts: WorkflowFacts,
  now: Date,
  settings: Pick<OperationsSettings, 'noProgressAfterSeconds'>,
): Promise<void> {
  const described = await engine.describe(facts.workflowId, facts.runId);
  facts.pendingActivities = await sinceFirstAttempt(engine, facts, described.pendingActivities);
  facts.heldWork = described.heldWork;
  if (described.pendingWorkflowTask !== null) {
    facts.pendingWorkflowTask = {
      ...described.pendingWorkflowTask,
      lastProblem:
        described.pendingWorkflowTask.attempt >= 2
          ? await engine.lastWorkflowTaskProblem(facts.workflowId, facts.runId)
          : null,
    };
  }
  if (waitsOnNothing(facts) && idleSeconds(facts, now) > settings.noProgressAfterSeconds) {
    const history = await engine.historyFacts(facts.workflowId, facts.runId);
    facts.pendingTimers = history.pendingTimers.length;
    facts.lastProgressAt = history.lastEventAt ?? facts.lastProgressAt;
  }
}

/**
 * Retried activities dated from their first attempt, so that an activity failing for an hour is not
 * shown as stuck "for 0 seconds" (each retry reschedules it). First attempts keep describe's time.
 */
export async function sinceFirstAttempt(
  engine: WorkflowEngine,
  execution: { workflowId: string; runId: string },
  activities: readonly PendingActivityFact[],
): Promise<PendingActivityFact[]> {
  const retried = activities.filter((activity) => activity.attempt > 1);
  if (retried.length === 0) return [...activities];
  const firstScheduled = await engine.activitiesFirstScheduledAt(
    execution.workflowId,
    execution.runId,
    retried.map((activity) => activity.activityId),
  );
  return activities.map((activity) => ({
    ...activity,
    scheduledAt: firstScheduled.get(activity.activityId) ?? activity.scheduledAt,
  }));
}
