import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanItemCompletion } from '@tdkt/contracts';
import { appendAudit, updateReturning } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/**
 * Writes an item's completion and evidence into the read model, with when it was recorded. Idempotent:
 * a done item stays as it was.
 */
@Injectable()
export class RecordPlanItemCompletionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: {
    planId: string;
    itemKey: string;
    completion: PlanItemCompletion;
    requestId: string | null;
    /** True when the plan had closed: no workflow records it, the use case does, and says so. */
    planClosed?: boolean;
  }): Promise<void> {
    const { completion } = request;
    await this.dataSource.transaction(async (manager) => {
      const [row] = await updateReturning<{ id: string; owner_unit_id: string }>(
        manager,
        `UPDATE plan_items
            SET status = 'DONE', completed_at = $3, completed_by = $4, evidence = $5, completion_note = $6,
                completion_recorded_at = now(), updated_at = now()
          WHERE plan_id = $1 AND item_key = $2 AND status = 'OPEN'
          RETURNING id, owner_unit_id`,
        [
          request.planId,
          request.itemKey,
          completion.completedAt,
          completion.completedBy,
          JSON.stringify(completion.evidence),
          completion.note,
        ],
      );
      if (row === undefined) return;
      await appendAudit(manager, {
        action: 'plan.item.completed',
        entityType: 'plan_item',
        entityId: row.id,
        actorKind: completion.completedBy === null ? 'system' : 'user',
        actorId: completion.completedBy,
        actorRole: completion.completedAs?.role ?? null,
        actorUnitId: completion.completedAs?.unitId ?? null,
        unitId: row.owner_unit_id,
        before: { status: 'OPEN' },
        after: {
          status: 'DONE',
          completedAt: completion.completedAt,
          evidence: completion.evidence,
          ...(request.planClosed ? { recordedAfterThePlanClosed: true } : {}),
        },
        requestId: request.requestId,
        idempotencyKey: `plan-item:${request.planId}:${request.itemKey}:completed`,
      });
    });
  }
}
