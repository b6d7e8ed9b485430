import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type AuthenticatedUser } from '@tdkt/contracts';
import { appendAudit, type AuditContext, TaskEntity } from '@tdkt/server-database';
import type { DataSource, Repository } from 'typeorm';
import { ActorRoles } from '../actor-roles';
import { assertActionable, assertIndependent, isCandidate } from '../task-access';
import { TaskHolderMirror } from '../task-holder-mirror';

/**
 * Takes a task for oneself (nhận xử lý) so colleagues see who works on it, or gives it back. Only a
 * candidate may take it, and not the author of the dossier it reviews or decides; someone else's task
 * can be neither taken nor given back (TASK_CLAIMED_BY_OTHER).
 */
@Injectable()
export class ClaimTaskUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: ActorRoles,
    private readonly mirror: TaskHolderMirror,
  ) {}

  async claim(taskId: string, user: AuthenticatedUser, audit: AuditContext): Promise<TaskEntity> {
    const claimed = await this.dataSource.transaction(async (manager): Promise<TaskEntity> => {
      const task = await lockTask(manager.getRepository(TaskEntity), taskId);
      assertActionable(task, user.id);
      if (
        !isCandidate(task, user, await this.roles.over(user, task.candidateUnitId ?? task.unitId))
      )
        throw new AppError('NOT_A_CANDIDATE');
      await assertIndependent(manager, task, user.id);
      if (task.status === 'CLAIMED' && task.assigneeId === user.id) return task;
      await manager.query(
        `UPDATE tasks SET status = 'CLAIMED', assignee_id = $2, updated_at = now() WHERE id = $1`,
        [taskId, user.id],
      );
      await appendAudit(manager, {
        ...audit,
        action: 'task.claimed',
        entityType: 'task',
        entityId: taskId,
        unitId: task.unitId,
        workflowId: task.workflowId,
        before: { assigneeId: task.assigneeId },
        after: { assigneeId: user.id },
      });
      return { ...task, status: 'CLAIMED', assigneeId: user.id };
    });
    await this.mirror.changed(claimed);
    return claimed;
  }

  async unclaim(taskId: string, user: AuthenticatedUser, audit: AuditContext): Promise<TaskEntity> {
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

/** The task row, locked for this transaction; 404 when it does not exist. */
export async function lockTask(
  repository: Repository<TaskEntity>,
  taskId: string,
): Promise<TaskEntity> {
  const task = await repository.findOne({
    where: { id: taskId },
    lock: { mode: 'pessimistic_write' },
  });
  if (task === null) throw new AppError('TASK_NOT_FOUND');
  return task;
}
