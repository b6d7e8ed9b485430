import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type AuthenticatedUser } from '@tdkt/contracts';
import { appendAudit, type AuditContext, TaskEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { ActorRoles } from '../actor-roles';
import { assertActionable, assertIndependent, isCandidate, lockTask } from '../task-access';
import { TaskHolderMirror } from '../task-holder-mirror';

/**
 * Takes a task for oneself (nhận xử lý) so colleagues see who works on it. Only a candidate may take
 * it, and not the author of the dossier it reviews or decides; someone else's task cannot be taken
 * (TASK_CLAIMED_BY_OTHER).
 */
@Injectable()
export class ClaimTaskUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: ActorRoles,
    private readonly mirror: TaskHolderMirror,
  ) {}

  async execute(taskId: string, user: AuthenticatedUser, audit: AuditContext): Promise<TaskEntity> {
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
}
