import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DossierProjection } from '@tdkt/contracts';
import { appendAudit, inTransaction, updateReturning } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { releaseInitiatives } from '../initiatives/claim-initiatives';
import { releaseNomination } from '../submission-checks/nomination-claims';

/**
 * Writes one timeline event and the stage it leaves the dossier in. Idempotent by (dossier, seq), and
 * order-safe: an older event never overwrites the stage written by a newer one.
 */
@Injectable()
export class ProjectDossierUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `outer`: the transaction of a step's batched writes, when it is one of them. */
  async execute(projection: DossierProjection, outer?: EntityManager): Promise<void> {
    const { event } = projection;
    await inTransaction(this.dataSource, outer, async (manager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO dossier_events (dossier_id, seq, workflow_id, type, stage, level, actor_id, occurred_at, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (dossier_id, seq) DO NOTHING
         RETURNING id`,
        [
          projection.dossierId,
          event.seq,
          projection.workflowId,
          event.type,
          event.stage,
          event.level,
          event.actorId,
          event.at,
          JSON.stringify(event.data),
        ],
      );
      if (inserted.length === 0) return;
      const outcome = projection.outcome;
      const [before] = await updateReturning<{ stage: string; unit_id: string }>(
        manager,
        `UPDATE dossiers d
            SET stage = $3, current_level = $4, current_unit_id = $5, stage_due_at = $6, last_event_seq = $2,
                outcome_reason = COALESCE($7, d.outcome_reason), decision_number = COALESCE($8, d.decision_number),
                decided_on = COALESCE($9::date, d.decided_on), closed_at = CASE WHEN $10 THEN now() ELSE d.closed_at END,
                updated_at = now()
           FROM (SELECT id, stage FROM dossiers WHERE id = $1 FOR UPDATE) old
          WHERE d.id = old.id AND d.last_event_seq < $2
          RETURNING old.stage, d.proposing_unit_id AS unit_id`,
        [
          projection.dossierId,
          event.seq,
          projection.stage,
          projection.currentLevel,
          projection.currentUnitId,
          projection.stageDueAt,
          outcome?.reason ?? null,
          outcome?.decisionNumber ?? null,
          outcome?.decidedOn ?? null,
          outcome !== undefined,
        ],
      );
      // An initiative backs an award only if the award is given: otherwise it is free again, and
      // the nominee may be proposed again for the same award and year.
      if (outcome !== undefined && outcome.stage !== 'APPROVED') {
        await releaseInitiatives(manager, projection.dossierId);
        await releaseNomination(manager, projection.dossierId);
      }
      // The submission itself is audited when recorded, with the submitter's role and request.
      if (event.type === 'dossier.submitted') return;
      await appendAudit(manager, {
        action: event.type,
        entityType: 'dossier',
        entityId: projection.dossierId,
        actorKind: event.actorId === null ? 'worker' : 'user',
        actorId: event.actorId,
        unitId: before?.unit_id ?? null,
        before: before && before.stage !== projection.stage ? { stage: before.stage } : null,
        after: { stage: projection.stage, ...event.data },
        workflowId: projection.workflowId,
        idempotencyKey: `${projection.workflowId}:event:${event.seq}`,
      });
    });
  }
}
