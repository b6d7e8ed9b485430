import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CloseTaskCommand, TaskStatus } from '@tdkt/contracts';
import { appendAudit, inTransaction, updateReturning } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';

/** Marks a task completed or cancelled. Idempotent: closing a closed task changes nothing. */
@Injectable()
export class CloseTaskUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `outer`: the transaction of a dossier step's batched writes, when it is one of them. */
  async execute(command: CloseTaskCommand, outer?: EntityManager): Promise<void> {
    await inTransaction(this.dataSource, outer, async (manager) => {
      const closed = await updateReturning<{ id: string; unit_id: string; status: string }>(
        manager,
        `UPDATE tasks t SET status = $3, outcome = $4, closed_by = $5, closed_at = now(), updated_at = now()
         FROM (SELECT id, status FROM tasks WHERE workflow_id = $1 AND task_key = $2 FOR UPDATE) before
         WHERE t.id = before.id AND before.status IN ('OPEN', 'CLAIMED')
         RETURNING t.id, t.unit_id, before.status`,
        [
          command.workflowId,
          command.taskKey,
          command.status,
          command.outcome === undefined ? null : JSON.stringify(command.outcome),
          command.closedBy,
        ],
      );
      const row = closed[0];
      if (row === undefined) return;
      await appendAudit(manager, {
        action: command.status === TaskStatus.COMPLETED ? 'task.completed' : 'task.cancelled',
        entityType: 'task',
        entityId: row.id,
        actorKind: command.closedBy === null ? 'worker' : 'user',
        actorId: command.closedBy,
        unitId: row.unit_id,
        before: { status: row.status },
        after: { status: command.status, outcome: command.outcome ?? null },
        workflowId: command.workflowId,
        idempotencyKey: `task:${command.workflowId}:${command.taskKey}:closed`,
      });
    });
  }
}
