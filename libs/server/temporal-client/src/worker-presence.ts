import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { optionalTsToDate } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { ServerConfig } from '@tdkt/server-config';

const TaskQueueType = temporal.api.enums.v1.TaskQueueType;
const SCHEDULED =
  temporal.api.enums.v1.PendingWorkflowTaskState.PENDING_WORKFLOW_TASK_STATE_SCHEDULED;

/** A workflow task no worker started for this long means none is taking work (a live one takes it in ms). */
const UNTAKEN_TASK_MS = 2_000;

/** What the task queue tells about the workers serving it. */
export interface WorkerCheck {
  status: 'up' | 'down';
  /** Why it is down, in words an operator acts on. */
  reason?: string;
  /** Workers that polled the queue recently, for workflow tasks and for activities. */
  pollers: { workflow: number; activity: number };
  lastPollAt: string | null;
  /** How long the oldest waiting workflow task has waited, in seconds. */
  backlogAgeSeconds: number;
}

/** How long asking Temporal about the task queue may take. */
const DESCRIBE_TIMEOUT_MS = 2_000;
/** A check answers for this long: a batch or a burst of readiness probes asks Temporal once. */
const REUSE_MS = 3_000;

/**
 * Whether a worker serves the task queue, from Temporal's DescribeTaskQueue: a worker polled it
 * recently (WORKER_POLL_STALE_SECONDS) for workflow tasks and for activities, and work is not left
 * waiting (WORKER_BACKLOG_MAX_SECONDS: a frozen or overloaded worker still looks like a poller for a
 * while, its backlog gives it away).
 */
@Injectable()
export class WorkerPresence {
  private recent: { at: number; check: Promise<WorkerCheck> } | null = null;

  constructor(
    private readonly client: Client,
    private readonly config: ServerConfig,
  ) {}

  check(): Promise<WorkerCheck> {
    const now = Date.now();
    if (this.recent === null || now - this.recent.at > REUSE_MS) {
      const check = this.ask();
      this.recent = { at: now, check };
      // A failed check is not reused.
      check.catch(() => {
        if (this.recent?.check === check) this.recent = null;
      });
    }
    return this.recent.check;
  }

  /**
   * Whether a worker takes the work of one workflow a request waited on in vain: its pending
   * workflow task still unstarted after UNTAKEN_TASK_MS says no worker takes work right now, without
   * waiting for the task queue's statistics; otherwise the task queue's check answers.
   */
  async takesWorkOf(workflowId: string): Promise<boolean> {
    const description = await this.client.withDeadline(Date.now() + DESCRIBE_TIMEOUT_MS, () =>
      this.client.workflow.getHandle(workflowId).describe(),
    );
    const task = description.raw.pendingWorkflowTask;
    const scheduledAt = optionalTsToDate(task?.originalScheduledTime ?? task?.scheduledTime);
    if (
      task?.state === SCHEDULED &&
      scheduledAt !== undefined &&
      Date.now() - scheduledAt.getTime() >= UNTAKEN_TASK_MS
    )
      return false;
    return (await this.check()).status === 'up';
  }

  private async ask(): Promise<WorkerCheck> {
    const [workflow, activity] = await this.client.withDeadline(
      Date.now() + DESCRIBE_TIMEOUT_MS,
      () =>
        Promise.all([
          this.describe(TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW),
          this.describe(TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY),
        ]),
    );
    const now = Date.now();
    const fresh = (polls: Date[]) =>
      polls.filter((at) => now - at.getTime() <= this.config.WORKER_POLL_STALE_SECONDS * 1000);
    const pollers = {
      workflow: fresh(workflow.polls).length,
      activity: fresh(activity.polls).length,
    };
    const last = [...workflow.polls, ...activity.polls].sort(
      (a, b) => b.getTime() - a.getTime(),
    )[0];
    const backlogAgeSeconds = workflow.backlogAgeSeconds;
    const reason =
      pollers.workflow === 0 || pollers.activity === 0
        ? `no worker polled task queue ${this.config.TEMPORAL_TASK_QUEUE} in the last ${this.config.WORKER_POLL_STALE_SECONDS} s`
        : backlogAgeSeconds > this.config.WORKER_BACKLOG_MAX_SECONDS
          ? `workflow tasks have waited ${backlogAgeSeconds} s on task queue ${this.config.TEMPORAL_TASK_QUEUE} (more than ${this.config.WORKER_BACKLOG_MAX_SECONDS} s): the worker does not take them`
          : undefined;
    return {
      status: reason === undefined ? 'up' : 'down',
      ...(reason === undefined ? {} : { reason }),
      pollers,
      lastPollAt: last?.toISOString() ?? null,
      backlogAgeSeconds,
    };
  }

  private async describe(
    taskQueueType: temporal.api.enums.v1.TaskQueueType,
  ): Promise<{ polls: Date[]; backlogAgeSeconds: number }> {
    const response = await this.client.workflowService.describeTaskQueue({
      namespace: this.client.options.namespace,
      taskQueue: { name: this.config.TEMPORAL_TASK_QUEUE },
      taskQueueType,
      reportStats: true,
    });
    const age = response.stats?.approximateBacklogAge;
    return {
      polls: (response.pollers ?? []).flatMap((poller) => {
        const at = optionalTsToDate(poller.lastAccessTime);
        return at === undefined ? [] : [at];
      }),
      backlogAgeSeconds: age ? Number(age.seconds ?? 0) : 0,
    };
  }
}
