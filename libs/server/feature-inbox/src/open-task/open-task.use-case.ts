import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OpenTaskCommand, TaskStatus } from '@tdkt/contracts';
import { appendAudit, inTransaction } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';

/** Puts a workflow's human step into the inbox. Idempotent by (workflowId, taskKey). */
@Injectable()
export class OpenTaskUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `outer`: the transaction of a dossier step's batched writes, when it is one of them. */
  async execute(command: OpenTaskCommand, outer?: EntityManager): Promise<{ taskId: string }> {
    return inTransaction(this.dataSource, outer, async (manager) => {
      const candidates = command.candidates;
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO tasks (workflow_id, task_key, type, title, subject_type, subject_id, subject_label, unit_id,
                            candidate_user_id, candidate_role, candidate_unit_id, status, due_at, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (workflow_id, task_key) DO NOTHING
         RETURNING id`,
        [
          command.workflowId,
          command.taskKey,
          command.type,
          JSON.stringify(command.title),
          command.subject.type,
          command.subject.id,
          command.subject.label,
          command.subject.unitId,
          'userId' in candidates ? candidates.userId : null,
          'role' in candidates ? candidates.role : null,
          'role' in candidates ? candidates.unitId : null,
          TaskStatus.OPEN,
          command.dueAt,
          JSON.stringify(command.details ?? {}),
        ],
      );
      const created = inserted[0];
      if (created === undefined) {
        const [existing] = await manager.query<{ id: string }[]>(
          `SELECT id FROM tasks WHERE workflow_id = $1 AND task_key = $2`,
          [command.workflowId, command.taskKey],
        );
        if (existing === undefined)
          throw new Error(`task ${command.workflowId}/${command.taskKey} vanished`);
        return { taskId: existing.id };
      }
      await appendAudit(manager, {
        action: 'task.opened',
        entityType: 'task',
        entityId: created.id,
        actorKind: 'worker',
        unitId: command.subject.unitId,
        after: { type: command.type, taskKey: command.taskKey, candidates, dueAt: command.dueAt },
        workflowId: command.workflowId,
        idempotencyKey: `task:${command.workflowId}:${command.taskKey}:opened`,
      });
      return { taskId: created.id };
    });
  }
}
