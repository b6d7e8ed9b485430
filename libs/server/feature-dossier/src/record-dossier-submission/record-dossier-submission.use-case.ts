import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DossierStage, type DossierWorkflowInput } from '@tdkt/contracts';
import { appendAudit, inTransaction, updateReturning } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Marks a draft dossier submitted in the read model, pinning its rule set and approval path, with its
 * audit row, in one transaction. Idempotent: a retried activity finds it submitted and changes nothing.
 */
@Injectable()
export class RecordDossierSubmissionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `outer`: the transaction of a step's batched writes, when it is one of them. */
  async execute(input: DossierWorkflowInput, outer?: EntityManager): Promise<{ changed: boolean }> {
    return inTransaction(this.dataSource, outer, async (manager) => {
      const first = input.approvalPath[0];
      const updated = await updateReturning<{ id: string }>(
        manager,
        `UPDATE dossiers
            SET stage = $2, submitted_at = $3, rule_set_id = $4, deciding_level = $5, approval_path = $6,
                current_level = $7, current_unit_id = $8, submitted_by = $9, updated_at = now()
          WHERE id = $1 AND stage = 'DRAFT'
          RETURNING id`,
        [
          input.dossierId,
          DossierStage.SUBMITTED,
          input.submittedAt,
          input.ruleSetId,
          input.approvalPath.at(-1)?.level ?? null,
          JSON.stringify(input.approvalPath),
          first?.level ?? null,
          first?.unitId ?? null,
          input.submittedBy,
        ],
      );
      if (updated.length === 0) return { changed: false };
      await appendAudit(manager, {
        action: 'dossier.submitted',
        entityType: 'dossier',
        entityId: input.dossierId,
        actorKind: input.submittedBy === null ? 'system' : 'user',
        actorId: input.submittedBy,
        actorRole: input.submittedAs?.role ?? null,
        actorUnitId: input.submittedAs?.unitId ?? null,
        unitId: input.proposingUnit.id,
        before: { stage: DossierStage.DRAFT },
        after: {
          code: input.code,
          stage: DossierStage.SUBMITTED,
          ruleSetId: input.ruleSetId,
          awardCode: input.awardCode,
        },
        requestId: input.requestId,
        workflowId: input.code,
        idempotencyKey: `dossier:${input.dossierId}:submitted`,
      });
      return { changed: true };
    });
  }
}
