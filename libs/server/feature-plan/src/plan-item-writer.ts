import type { PlanItemChange } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { EntityManager } from 'typeorm';

/**
 * Writes an added or revised item at `revision`. Idempotent: a row already at that revision (a
 * retried activity) is left alone, and the audit key records the revision once.
 */
export async function writePlanItemRevision(
  manager: EntityManager,
  planId: string,
  change: PlanItemChange,
  revision: number,
): Promise<void> {
  const { item } = change;
  const [before] = await manager.query<Record<string, unknown>[]>(
    `SELECT quarter, due_on::text AS "dueOn", owner_unit_id AS "ownerUnitId", kind, text_vi AS "textVi",
            text_en AS "textEn", recurring, participant_unit_ids AS "participantUnitIds", revision
       FROM plan_items WHERE plan_id = $1 AND item_key = $2`,
    [planId, item.key],
  );
  const written = await manager.query<{ id: string }[]>(
    `INSERT INTO plan_items (plan_id, item_key, position, quarter, due_on, due_explicit, owner_unit_id, kind,
                             text_vi, text_en, recurring, participant_unit_ids, status, revision)
     VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM plan_items WHERE plan_id = $1),
             $3, $4, $5, $6, $7, $8, $9, $10, $11, 'OPEN', $12)
     ON CONFLICT (plan_id, item_key) DO UPDATE
       SET quarter = EXCLUDED.quarter, due_on = EXCLUDED.due_on, due_explicit = EXCLUDED.due_explicit,
           owner_unit_id = EXCLUDED.owner_unit_id, kind = EXCLUDED.kind, text_vi = EXCLUDED.text_vi,
           text_en = EXCLUDED.text_en, recurring = EXCLUDED.recurring,
           participant_unit_ids = EXCLUDED.participant_unit_ids, revision = EXCLUDED.revision, updated_at = now()
       WHERE plan_items.revision < EXCLUDED.revision
     RETURNING id`,
    [
      planId,
      item.key,
      item.quarter,
      item.dueOn,
      item.dueExplicit,
      item.ownerUnitId,
      item.kind,
      item.text.vi,
      item.text.en,
      item.recurring,
      item.participantUnitIds,
      revision,
    ],
  );
  const row = written[0];
  if (row === undefined) return;
  await appendAudit(manager, {
    action: before === undefined ? 'plan.item.added' : 'plan.item.revised',
    entityType: 'plan_item',
    entityId: row.id,
    actorKind: change.actorId === null ? 'system' : 'user',
    actorId: change.actorId,
    unitId: item.ownerUnitId,
    before: before ?? null,
    after: {
      quarter: item.quarter,
      dueOn: item.dueOn,
      ownerUnitId: item.ownerUnitId,
      kind: item.kind,
      textVi: item.text.vi,
      textEn: item.text.en,
      recurring: item.recurring,
      participantUnitIds: item.participantUnitIds,
      revision,
    },
    requestId: change.requestId,
    idempotencyKey: `plan-item:${planId}:${item.key}:revision:${revision}`,
  });
}
