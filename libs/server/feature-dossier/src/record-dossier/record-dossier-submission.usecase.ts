import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DossierStage, type DossierWorkflowInput } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/**
 * Writes a submitted dossier into the read model with its audit row, in one transaction.
 * Idempotent: a retried activity finds the row and the audit key already there and changes nothing.
 */
@Injectable()
export class RecordDossierSubmissionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(input: DossierWorkflowInput): Promise<{ created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO dossiers (id, code, year, award_code, proposing_unit_id, nominee, nominee_name,
                               achievements_summary, stage, workflow_id, submitted_at, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        [
          input.dossierId,
          input.code,
          input.year,
          input.awardCode,
          input.proposingUnitId,
          JSON.stringify(input.nominee),
          input.nominee.name,
          input.achievementsSummary,
          DossierStage.SUBMITTED,
          input.code,
          input.submittedAt,
          input.submittedBy,
        ],
      );
      await appendAudit(manager, {
        action: 'dossier.submitted',
        entityType: 'dossier',
        entityId: input.dossierId,
        actorKind: input.submittedBy === null ? 'system' : 'user',
        actorId: input.submittedBy,
        actorRole: input.submittedAs?.role ?? null,
        actorUnitId: input.submittedAs?.unitId ?? null,
        unitId: input.proposingUnitId,
        after: {
          code: input.code,
          stage: DossierStage.SUBMITTED,
          awardCode: input.awardCode,
          year: input.year,
        },
        requestId: input.requestId,
        workflowId: input.code,
        idempotencyKey: `dossier:${input.dossierId}:submitted`,
      });
      return { created: inserted.length > 0 };
    });
  }
}
