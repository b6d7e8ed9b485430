import { Injectable } from '@nestjs/common';
import { Client, isGrpcServiceError, WorkflowNotFoundError } from '@temporalio/client';
import Long from 'long';
import { optionalTsToDate } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { AppError, HELD_WORK_MEMO, type HeldWork, retryHeldWorkSignal } from '@tdkt/contracts';
import type { PendingActivityFact, PendingWorkflowTaskFact } from '../detect/workflow-facts';

const EventType = temporal.api.enums.v1.EventType;
const FailedCause = temporal.api.enums.v1.WorkflowTaskFailedCause;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** A running workflow as visibility lists it. */
export interface ListedWorkflow {
  workflowId: string;
  runId: string;
  workflowType: string;
  startedAt: Date;
}

/** One page of running workflows, and where the next begins (null: this was the last). */
export interface ListedPage {
  workflows: ListedWorkflow[];
  nextPageToken: Uint8Array | null;
}

/** What `describe` tells about one execution. */
export interface DescribedWorkflow extends ListedWorkflow {
  status: string;
  closedAt: Date | null;
  taskQueue: string;
  historyLength: number;
  pendingActivities: PendingActivityFact[];
  pendingWorkflowTask: Omit<PendingWorkflowTaskFact, 'lastProblem'> | null;
  /** What the workflow holds for an administrator, from its memo. */
  heldWork: HeldWork[];
}

/** The facts the history gives: its last event, open timers, and the points a reset may go back to. */
export interface HistoryFacts {
  lastEventAt: Date | null;
  pendingTimers: { timerId: string; firesAt: Date | null }[];
  /** WorkflowTaskCompleted events, oldest first. */
  completedWorkflowTasks: { eventId: number; at: Date | null }[];
  /** The first WorkflowTaskFailed event, if any. */
  firstFailedWorkflowTask: number | null;
}

/** The visibility server refused a query it cannot serve (an unknown or unregistered search attribute). */
export class VisibilityQueryRefused extends Error {
  constructor(readonly serverMessage: string) {
    super(`the visibility query was refused: ${serverMessage}`);
    this.name = 'VisibilityQueryRefused';
  }
}

/** gRPC INVALID_ARGUMENT (the status codes are numbers fixed by the gRPC specification). */
const INVALID_ARGUMENT: number = 3;

/** The server's message when the error (or the gRPC error it wraps) is INVALID_ARGUMENT, else null. */
function invalidArgumentOf(error: unknown): string | null {
  const grpc = isGrpcServiceError(error)
    ? error
    : error instanceof Error && isGrpcServiceError(error.cause)
      ? error.cause
      : null;
  if (grpc === null || Number(grpc.code) !== INVALID_ARGUMENT) return null;
  return grpc.details || grpc.message;
}

/**
 * Temporal, as operators use it: visibility lists and counts, `describe`, the history, and the
 * repairs (retry an activity now, reset, cancel, terminate). The one place that speaks gRPC.
 */
@Injectable()
export class WorkflowEngine {
  constructor(private readonly client: Client) {}

  get namespace(): string {
    return this.client.options.namespace;
  }

  /** One page of the running workflows the visibility query selects; VisibilityQueryRefused as listRunning. */
  async listRunningPage(
    query: string,
    pageSize: number,
    pageToken: Uint8Array | null,
  ): Promise<ListedPage> {
    let page;
    try {
      page = await this.client.workflowService.listWorkflowExecutions({
        namespace: this.namespace,
        query,
        pageSize,
        nextPageToken: pageToken,
      });
    } catch (error) {
      const refusal = invalidArgumentOf(error);
      if (refusal === null) throw error;
      throw new VisibilityQueryRefused(refusal);
    }
    return {
      workflows: (page.executions ?? []).map((execution) => ({
        workflowId: execution.execution?.workflowId ?? '',
        runId: execution.execution?.runId ?? '',
        workflowType: execution.type?.name ?? '',
        startedAt: optionalTsToDate(execution.startTime) ?? new Date(0),
      })),
      nextPageToken:
        page.nextPageToken && page.nextPageToken.length > 0 ? page.nextPageToken : null,
    };
  }

  /** Running workflows the visibility query selects; VisibilityQueryRefused when the server cannot serve it. */
  async *listRunning(query: string): AsyncIterable<ListedWorkflow> {
    try {
      for await (const workflow of this.client.workflow.list({ query })) {
        yield {
          workflowId: workflow.workflowId,
          runId: workflow.runId,
          workflowType: workflow.type,
          startedAt: workflow.startTime,
        };
      }
    } catch (error) {
      const refusal = invalidArgumentOf(error);
      if (refusal === null) throw error;
      throw new VisibilityQueryRefused(refusal);
    }
  }

  async countRunning(query: string): Promise<number> {
    return (await this.client.workflow.count(query)).count;
  }

  /** The execution (the latest run unless `runId` names one); WORKFLOW_NOT_FOUND when there is none. */
  async describe(workflowId: string, runId?: string): Promise<DescribedWorkflow> {
    let description;
    try {
      description = await this.client.workflow.getHandle(workflowId, runId).describe();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new AppError('WORKFLOW_NOT_FOUND');
      throw error;
    }
    const raw = description.raw;
    const pendingTask = raw.pendingWorkflowTask;
    return {
      workflowId,
      runId: description.runId,
      workflowType: description.type,
      startedAt: description.startTime,
      status: description.status.name,
      closedAt: description.closeTime ?? null,
      taskQueue: description.taskQueue,
      historyLength: description.historyLength,
      pendingActivities: (raw.pendingActivities ?? []).map((activity) => ({
        activityId: activity.activityId ?? '',
        activityType: activity.activityType?.name ?? '',
        attempt: activity.attempt ?? 1,
        maximumAttempts: activity.maximumAttempts ?? 0,
        lastFailure: activity.lastFailure?.message ?? null,
        lastAttemptAt: optionalTsToDate(activity.lastAttemptCompleteTime) ?? null,
        nextAttemptAt: optionalTsToDate(activity.nextAttemptScheduleTime) ?? null,
        scheduledAt: optionalTsToDate(activity.scheduledTime) ?? null,
      })),
      pendingWorkflowTask: pendingTask
        ? {
            attempt: pendingTask.attempt ?? 1,
            originalScheduledAt: optionalTsToDate(pendingTask.originalScheduledTime) ?? null,
          }
        : null,
      heldWork: heldWorkOf(description.memo),
    };
  }

  /** Status of a workflow someone waits for, or NOT_FOUND (never started, or past retention). */
  async statusOf(workflowId: string): Promise<{ status: string; closedAt: Date | null }> {
    try {
      const description = await this.client.workflow.getHandle(workflowId).describe();
      return { status: description.status.name, closedAt: description.closeTime ?? null };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return { status: 'NOT_FOUND', closedAt: null };
      throw error;
    }
  }

  /**
   * The latest workflow task failure or timeout since the last completed workflow task, read from the
   * end of the history (a few events, not the whole of it).
   */
  async lastWorkflowTaskProblem(
    workflowId: string,
    runId: string,
  ): Promise<PendingWorkflowTaskFact['lastProblem']> {
    const response = await this.client.workflowService.getWorkflowExecutionHistoryReverse({
      namespace: this.namespace,
      execution: { workflowId, runId },
      maximumPageSize: 50,
    });
    for (const event of response.history?.events ?? []) {
      if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) return null;
      if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED) {
        const attributes = event.workflowTaskFailedEventAttributes;
        return {
          cause:
            FailedCause[attributes?.cause ?? 0]?.replace('WORKFLOW_TASK_FAILED_CAUSE_', '') ??
            'UNKNOWN',
          message: attributes?.failure?.message ?? null,
          at: optionalTsToDate(event.eventTime) ?? null,
        };
      }
      if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT)
        return { cause: 'TIMED_OUT', message: null, at: optionalTsToDate(event.eventTime) ?? null };
    }
    return null;
  }

  /**
   * When each activity was first scheduled, from its ActivityTaskScheduled event: `describe` gives
   * the current attempt's schedule time, which every retry moves to now. Reads the history from its
   * end until every activity is found.
   */
  async activitiesFirstScheduledAt(
    workflowId: string,
    runId: string,
    activityIds: readonly string[],
  ): Promise<Map<string, Date>> {
    const found = new Map<string, Date>();
    let nextPageToken: Uint8Array | undefined;
    do {
      const response = await this.client.workflowService.getWorkflowExecutionHistoryReverse({
        namespace: this.namespace,
        execution: { workflowId, runId },
        maximumPageSize: 200,
        ...(nextPageToken ? { nextPageToken } : {}),
      });
      for (const event of response.history?.events ?? []) {
        const activityId = event.activityTaskScheduledEventAttributes?.activityId;
        const at = optionalTsToDate(event.eventTime);
        if (
          event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED &&
          activityId &&
          at &&
          activityIds.includes(activityId) &&
          !found.has(activityId)
        )
          found.set(activityId, at);
      }
      nextPageToken = response.nextPageToken?.length ? response.nextPageToken : undefined;
    } while (nextPageToken !== undefined && found.size < activityIds.length);
    return found;
  }

  /** Reads the whole history once and keeps what operators need of it. */
  async historyFacts(workflowId: string, runId: string): Promise<HistoryFacts> {
    const history = await this.client.workflow.getHandle(workflowId, runId).fetchHistory();
    const timers = new Map<string, Date | null>();
    const completed: HistoryFacts['completedWorkflowTasks'] = [];
    let firstFailed: number | null = null;
    let last: HistoryEvent | undefined;
    for (const event of history.events ?? []) {
      last = event;
      const at = optionalTsToDate(event.eventTime) ?? null;
      switch (event.eventType) {
        case EventType.EVENT_TYPE_TIMER_STARTED: {
          const started = event.timerStartedEventAttributes;
          const ms = Number(started?.startToFireTimeout?.seconds ?? 0) * 1000;
          timers.set(started?.timerId ?? '', at === null ? null : new Date(at.getTime() + ms));
          break;
        }
        case EventType.EVENT_TYPE_TIMER_FIRED:
          timers.delete(event.timerFiredEventAttributes?.timerId ?? '');
          break;
        case EventType.EVENT_TYPE_TIMER_CANCELED:
          timers.delete(event.timerCanceledEventAttributes?.timerId ?? '');
          break;
        case EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
          completed.push({ eventId: Number(event.eventId), at });
          break;
        case EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED:
          firstFailed ??= Number(event.eventId);
          break;
        default:
      }
    }
    return {
      lastEventAt: last === undefined ? null : (optionalTsToDate(last.eventTime) ?? null),
      pendingTimers: [...timers].map(([timerId, firesAt]) => ({ timerId, firesAt })),
      completedWorkflowTasks: completed,
      firstFailedWorkflowTask: firstFailed,
    };
  }

  /** Asks a workflow holding work for an administrator to call its held activities again. */
  async retryHeldWork(workflowId: string, runId: string): Promise<void> {
    await this.client.workflow.getHandle(workflowId, runId).signal(retryHeldWorkSignal);
  }

  /** Asks Temporal to run activities in backoff at once (attempt counts start again). */
  async retryActivitiesNow(
    workflowId: string,
    runId: string,
    activityIds: string[],
  ): Promise<void> {
    for (const id of activityIds) {
      await this.client.workflowService.resetActivity({
        namespace: this.namespace,
        execution: { workflowId, runId },
        id,
        identity: this.client.options.identity,
      });
    }
  }

  /**
   * Resets to a completed workflow task: a new run replays history up to there with the code now
   * deployed and carries on. Signals and updates received after the point are re-applied, so people's
   * completed tasks are kept; a cancellation is not (resetting a cancelled workflow means undoing it).
   */
  async reset(
    workflowId: string,
    runId: string,
    workflowTaskCompletedEventId: number,
    reason: string,
    requestId: string,
  ): Promise<string> {
    const response = await this.client.workflowService.resetWorkflowExecution({
      namespace: this.namespace,
      workflowExecution: { workflowId, runId },
      workflowTaskFinishEventId: Long.fromNumber(workflowTaskCompletedEventId),
      reason,
      requestId,
      resetReapplyType: temporal.api.enums.v1.ResetReapplyType.RESET_REAPPLY_TYPE_ALL_ELIGIBLE,
      resetReapplyExcludeTypes: [
        temporal.api.enums.v1.ResetReapplyExcludeType.RESET_REAPPLY_EXCLUDE_TYPE_CANCEL_REQUEST,
      ],
      identity: this.client.options.identity,
    });
    return response.runId ?? '';
  }

  async cancel(workflowId: string, runId: string): Promise<void> {
    await this.client.workflow.getHandle(workflowId, runId).cancel();
  }

  async terminate(workflowId: string, runId: string, reason: string): Promise<void> {
    await this.client.workflow.getHandle(workflowId, runId).terminate(reason);
  }
}

/** The held work a workflow lists in its memo; anything else there is ignored. */
function heldWorkOf(memo: Record<string, unknown> | undefined): HeldWork[] {
  const held = memo?.[HELD_WORK_MEMO];
  return Array.isArray(held)
    ? held.filter(
        (item): item is HeldWork =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as HeldWork).activityType === 'string' &&
          typeof (item as HeldWork).since === 'string',
      )
    : [];
}
