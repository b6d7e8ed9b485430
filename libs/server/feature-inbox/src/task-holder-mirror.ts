import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { taskHolderChangedSignal, TaskSubjectType } from '@tdkt/contracts';
import type { TaskEntity } from '@tdkt/server-database';

/**
 * Tells a dossier's workflow who now holds one of its tasks, after the inbox committed the change, so
 * that its `Assignee` search attribute (what operators filter on in Temporal) follows claims and
 * assignments. The inbox row stays the truth: a failed signal is logged, never undoes the change.
 */
@Injectable()
export class TaskHolderMirror {
  private readonly logger = new Logger(TaskHolderMirror.name);

  constructor(private readonly temporal: Client) {}

  async changed(task: Pick<TaskEntity, 'workflowId' | 'taskKey' | 'subjectType' | 'assigneeId'>) {
    if (task.subjectType !== TaskSubjectType.dossier) return;
    try {
      await this.temporal.workflow.getHandle(task.workflowId).signal(taskHolderChangedSignal, {
        taskKey: task.taskKey,
        assigneeId: task.assigneeId,
        at: new Date().toISOString(),
      });
    } catch (error) {
      this.logger.warn(
        `could not mirror the holder of ${task.workflowId}/${task.taskKey}: ${String(error)}`,
      );
    }
  }
}
