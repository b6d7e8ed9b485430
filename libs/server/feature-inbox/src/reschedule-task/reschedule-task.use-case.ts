import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Moves an open task's deadline, and updates the details that describe it (its due date, whether it
 * is provisional). Idempotent: setting the same deadline twice is harmless.
 */
@Injectable()
export class RescheduleTaskUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: {
    workflowId: string;
    taskKey: string;
    dueAt: string | null;
    details?: Record<string, unknown>;
  }): Promise<void> {
    await this.dataSource.query(
      `UPDATE tasks SET due_at = $3, details = details || $4::jsonb, updated_at = now()
       WHERE workflow_id = $1 AND task_key = $2 AND status IN ('OPEN', 'CLAIMED')`,
      [command.workflowId, command.taskKey, command.dueAt, JSON.stringify(command.details ?? {})],
    );
  }
}
