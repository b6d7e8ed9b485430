import type { EntityManager } from 'typeorm';
import type { AuditAction } from '@tdkt/contracts';

/** 'anonymous' is someone not signed in, e.g. a failed log-in attempt. */
export type AuditActorKind = 'user' | 'system' | 'worker' | 'scheduler' | 'anonymous';

/** One state change or admin action to record. */
export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  actorKind: AuditActorKind;
  actorId?: string | null;
  actorRole?: string | null;
  /** The unit the actor acted for (where the grant that allowed the action is held). */
  actorUnitId?: string | null;
  /** The unit the change concerns. */
  unitId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  requestId?: string | null;
  workflowId?: string | null;
  /** Set by activities: a retried activity records its change once. */
  idempotencyKey?: string | null;
}

/** Who caused a change and through which request: what a use case receives from its caller for the audit row. */
export type AuditContext = Pick<
  AuditEntry,
  'actorKind' | 'actorId' | 'actorRole' | 'actorUnitId' | 'requestId'
>;

/**
 * Appends an audit row inside the caller's transaction, so that the change and its record commit
 * together or not at all. Returns false when the idempotency key was already recorded.
 */
export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<boolean> {
  const rows = await manager.query<unknown[]>(
    `INSERT INTO audit_log
       (action, entity_type, entity_id, actor_kind, actor_id, actor_role, actor_unit_id, unit_id,
        before, after, request_id, workflow_id, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING id`,
    [
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.actorKind,
      entry.actorId ?? null,
      entry.actorRole ?? null,
      entry.actorUnitId ?? null,
      entry.unitId ?? null,
      entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      entry.requestId ?? null,
      entry.workflowId ?? null,
      entry.idempotencyKey ?? null,
    ],
  );
  return rows.length > 0;
}
