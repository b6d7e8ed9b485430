import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit, type AuditContext, TaskEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { ActorRoles } from '../actor-roles';
import { assertIndependent, isCandidate, lockTask } from '../task-access';
import { TaskHolderMirror } from '../task-holder-mirror';

/**
 * A head or an operator hands a task to a named person (phân công), e.g. when its holder is away.
 * The new assignee must be someone the task is for, and not the author of the dossier it reviews or
 * decides. An operator's repair gives its reason, which the audit row keeps.
 */
@Injectable()
export class AssignTaskUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: ActorRoles,
    private readonly mirror: TaskHolderMirror,
  ) {}

  async execute(
    taskId: string,
    assigneeId: string,
    audit: AuditContext,
    reason?: string,
  ): Promise<TaskEntity> {
    const assigned = await this.dataSource.transaction(async (manager): Promise<TaskEntity> => {
      const task = await lockTask(manager.getRepository(TaskEntity), taskId);
      if (task.status !== 'OPEN' && task.status !== 'CLAIMED') throw new AppError('TASK_NOT_OPEN');
      const grants = await manager.query<{ role: string; unit_id: string }[]>(
        `SELECT g.role, g.unit_id FROM role_grants g JOIN users u ON u.id = g.user_id
          WHERE g.user_id = $1 AND g.revoked_at IS NULL AND u.disabled_at IS NULL`,
        [assigneeId],
      );
      const assignee = {
        id: assigneeId,
        grants: grants.map((grant) => ({ role: grant.role as never, unitId: grant.unit_id })),
      };
      if (
        !isCandidate(
          task,
          assignee,
          await this.roles.over(assignee, task.candidateUnitId ?? task.unitId),
        )
      ) {
        throw new AppError('VALIDATION_FAILED', [
          {
            field: 'assigneeId',
            rule: 'candidate',
            message: {
              vi: 'Người được giao không có vai trò cần cho nhiệm vụ này (hoặc tài khoản đã khóa).',
              en: 'The assignee does not hold the role this task needs (or the account is disabled).',
            },
          },
        ]);
      }
      await assertIndependent(manager, task, assigneeId, 'assigneeId');
      await manager.query(
        `UPDATE tasks SET status = 'CLAIMED', assignee_id = $2, updated_at = now() WHERE id = $1`,
        [taskId, assigneeId],
      );
      await appendAudit(manager, {
        ...audit,
        action: 'task.assigned',
        entityType: 'task',
        entityId: taskId,
        unitId: task.unitId,
        workflowId: task.workflowId,
        before: { assigneeId: task.assigneeId, status: task.status },
        after: { assigneeId, status: 'CLAIMED', ...(reason === undefined ? {} : { reason }) },
      });
      return { ...task, status: 'CLAIMED', assigneeId };
    });
    await this.mirror.changed(assigned);
    return assigned;
  }
}
