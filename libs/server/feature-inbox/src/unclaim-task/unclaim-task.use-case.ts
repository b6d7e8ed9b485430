import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@tdkt/contracts';
import { appendAudit, type AuditContext, TaskEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { assertActionable, lockTask } from '../task-access';
import { TaskHolderMirror } from '../task-holder-mirror';

/**
 * Gives a task one has taken back to its candidates. Someone else's task cannot be given back
 * (TASK_CLAIMED_BY_OTHER).
 */
@Injectable()
export class UnclaimTaskUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mirror: TaskHolderMirror,
  ) {}

  async execute(taskId: string, user: AuthenticatedUser, audit: AuditContext): Promise<TaskEntity> {
    const released = await this.dataSource.transaction(async (manager): Promise<TaskEntity> => {
      const task = await lockTask(manager.getRepository(TaskEntity), taskId);
      assertActionable(task, user.id);
      // Not held by anyone: there is nothing to give back, as claiming twice takes nothing twice.
      if (task.status !== 'CLAIMED' || task.assigneeId !== user.id) return task;
      await manager.query(
        `UPDATE tasks SET status = 'OPEN', assignee_id = NULL, updated_at = now() WHERE id = $1`,
        [taskId],
      );
      await appendAudit(manager, {
        ...audit,
        action: 'task.unclaimed',
        entityType: 'task',
        entityId: taskId,
        unitId: task.unitId,
        workflowId: task.workflowId,
        before: { assigneeId: user.id },
        after: { assigneeId: null },
      });
      return { ...task, status: 'OPEN', assigneeId: null };
    });
    await this.mirror.changed(released);
    return released;
  }
}
