import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, type ResetPoint } from '@tdkt/contracts';
import { type HistoryFacts, WorkflowEngine } from '../../engine/workflow-engine';
import type { Operator } from '../operator';
import { RepairTargets } from '../repair-target';

/** The WorkflowTaskCompleted event a reset point stands for in this history. */
export function resetEventId(history: HistoryFacts, point: ResetPoint): number {
  const completed = history.completedWorkflowTasks.map((task) => task.eventId);
  const chosen =
    point.to === 'start'
      ? completed[0]
      : point.to === 'last-good'
        ? completed
            .filter(
              (eventId) =>
                history.firstFailedWorkflowTask === null ||
                eventId < history.firstFailedWorkflowTask,
            )
            .at(-1)
        : completed.find((eventId) => eventId === point.eventId);
  if (chosen === undefined) throw new AppError('RESET_POINT_INVALID');
  return chosen;
}

/**
 * Resets a workflow to a chosen workflow task: a new run replays the history up to there with the code
 * deployed now and carries on, with the signals and updates received since re-applied. The repair for
 * a workflow whose code fails on its history (reset before the change), or one ended by mistake.
 */
@Injectable()
export class ResetWorkflowUseCase {
  constructor(
    private readonly targets: RepairTargets,
    private readonly engine: WorkflowEngine,
  ) {}

  async execute(
    workflowId: string,
    request: { reason: string; point: ResetPoint },
    operator: Operator,
  ): Promise<{ runId: string; eventId: number }> {
    const target = await this.targets.find(workflowId, operator);
    const history = await this.engine.historyFacts(workflowId, target.workflow.runId);
    const eventId = resetEventId(history, request.point);
    const dedupe =
      operator.kind === 'recorded' ? `${operator.operationId}:${workflowId}` : randomUUID();
    const runId = await this.targets.run(
      { ...target, workflowId },
      () => this.engine.reset(workflowId, target.workflow.runId, eventId, request.reason, dedupe),
      (newRunId) => ({
        action: 'ops.workflow.reset',
        reason: request.reason,
        before: { runId: target.workflow.runId, status: target.workflow.status },
        after: { runId: newRunId, point: request.point.to, eventId },
      }),
    );
    return { runId, eventId };
  }
}
