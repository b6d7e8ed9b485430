import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanWindowRecord } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/** Mirrors a window's opening or closing; idempotent, and a closed window never reopens. */
@Injectable()
export class RecordPlanWindowUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(record: PlanWindowRecord): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO plan_windows (plan_id, item_key, kind, opens_at, closes_at, status, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6::varchar, CASE WHEN $6::varchar = 'CLOSED' THEN now() END)
         ON CONFLICT (plan_id, item_key) DO UPDATE
           SET closes_at = EXCLUDED.closes_at, status = EXCLUDED.status, closed_at = EXCLUDED.closed_at,
               updated_at = now()
           WHERE plan_windows.status = 'OPEN'
         RETURNING id`,
        [
          record.planId,
          record.itemKey,
          record.kind,
          record.opensAt,
          record.closesAt,
          record.status,
        ],
      );
      if (row === undefined) return;
      await appendAudit(manager, {
        action: record.status === 'OPEN' ? 'plan.window.opened' : 'plan.window.closed',
        entityType: 'plan_window',
        entityId: row.id,
        actorKind: 'worker',
        after: { ...record },
        idempotencyKey: `plan-window:${record.planId}:${record.itemKey}:${record.status}:${record.closesAt}`,
      });
    });
  }
}
