import { Injectable } from '@nestjs/common';
import { AppError } from '@tdkt/contracts';
import { WorkflowEngine } from '../../engine/workflow-engine';
import type { Operator } from '../operator';
import { assertRunning, RepairTargets } from '../repair-target';

/**
 * "Retry now": activities waiting out their backoff run at once (e.g. after PostgreSQL came back),
 * instead of in up to two minutes. One activity by id, or every one that has failed at least once;
 * and work the workflow holds for an administrator (an activity that failed on its input) is called
 * again, once the administrator has fixed its cause.
 */
@Injectable()
export class RetryActivitiesUseCase {
  constructor(
    private readonly targets: RepairTargets,
    private readonly engine: WorkflowEngine,
  ) {}

  async execute(
    workflowId: string,
    request: { reason: string; activityId?: string },
    operator: Operator,
  ): Promise<{ retried: string[] }> {
    const target = await this.targets.find(workflowId, operator);
    assertRunning(target);
    const activities = target.workflow.pendingActivities.filter((activity) =>
      request.activityId === undefined
        ? activity.attempt >= 2
        : activity.activityId === request.activityId,
    );
    const held = request.activityId === undefined ? target.workflow.heldWork : [];
    if (activities.length === 0 && held.length === 0) throw new AppError('NOTHING_TO_RETRY');
    const ids = [
      ...activities.map((activity) => activity.activityId),
      ...held.map((work) => `held:${work.activityType}`),
    ];
    await this.targets.run(
      { ...target, workflowId },
      async () => {
        const runId = target.workflow.runId;
        if (activities.length > 0)
          await this.engine.retryActivitiesNow(
            workflowId,
            runId,
            activities.map((activity) => activity.activityId),
          );
        if (held.length > 0) await this.engine.retryHeldWork(workflowId, runId);
      },
      () => ({
        action: 'ops.activities.retried',
        reason: request.reason,
        before: {
          runId: target.workflow.runId,
          activities: activities.map((activity) => ({
            activityId: activity.activityId,
            activityType: activity.activityType,
            attempt: activity.attempt,
            lastFailure: activity.lastFailure,
            nextAttemptAt: activity.nextAttemptAt?.toISOString() ?? null,
          })),
          ...(held.length > 0 ? { heldWork: held } : {}),
        },
        after: { retried: ids },
      }),
    );
    return { retried: ids };
  }
}
