import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit, updateReturning } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/** Marks a plan's year as over; its workflow ends right after. Idempotent. */
@Injectable()
export class ClosePlanUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: { planId: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await updateReturning<{ issuer_unit_id: string }>(
        manager,
        `UPDATE plans SET status = 'CLOSED', updated_at = now()
          WHERE id = $1 AND status = 'ACTIVE' RETURNING issuer_unit_id`,
        [request.planId],
      );
      if (row === undefined) return;
      await appendAudit(manager, {
        action: 'plan.closed',
        entityType: 'plan',
        entityId: request.planId,
        actorKind: 'worker',
        unitId: row.issuer_unit_id,
        before: { status: 'ACTIVE' },
        after: { status: 'CLOSED' },
        idempotencyKey: `plan:${request.planId}:closed`,
      });
    });
  }
}
