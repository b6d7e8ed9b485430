import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, DossierStage, type Nominee } from '@tdkt/contracts';
import { isAwardCode, nomineeCategoryIssues } from '@tdkt/domain';
import { appendAudit, type AuditContext, DossierEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { dossierNotFound, notADraft } from '../dossier-errors';
import { claimInitiatives } from '../initiatives/claim-initiatives';
import { searchableText } from '../nominee-search';

export interface UpdateDraftCommand {
  year?: number;
  awardCode?: string;
  nominee?: Nominee;
  achievementsSummary?: string;
  initiativeIds?: string[];
}

/** Edits a draft's content; once submitted, a dossier changes only through its workflow. */
@Injectable()
export class UpdateDraftUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(dossierId: string, changes: UpdateDraftCommand, audit: AuditContext): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await manager
        .getRepository(DossierEntity)
        .findOne({ where: { id: dossierId }, lock: { mode: 'pessimistic_write' } });
      if (dossier === null) throw dossierNotFound();
      if (dossier.stage !== DossierStage.DRAFT) throw notADraft(dossier.stage);
      if (changes.awardCode !== undefined && !isAwardCode(changes.awardCode)) {
        throw new AppError('VALIDATION_FAILED', [
          {
            field: 'awardCode',
            rule: 'known-award-code',
            message: {
              vi: `Mã khen thưởng "${changes.awardCode}" không tồn tại.`,
              en: `Award code "${changes.awardCode}" is not known.`,
            },
          },
        ]);
      }
      const before = {
        year: dossier.year,
        awardCode: dossier.awardCode,
        nominee: dossier.nominee,
        achievementsSummary: dossier.achievementsSummary,
      };
      const { initiativeIds, ...content } = changes;
      if (initiativeIds !== undefined) await claimInitiatives(manager, dossierId, initiativeIds);
      const after = { ...before, ...content };
      const categoryIssues = nomineeCategoryIssues(after.nominee);
      if (categoryIssues.length > 0) throw new AppError('VALIDATION_FAILED', categoryIssues);
      await manager.query(
        `UPDATE dossiers SET year = $2, award_code = $3, nominee = $4, nominee_name = $5, nominee_search = $6,
                             achievements_summary = $7, updated_at = now()
          WHERE id = $1`,
        [
          dossierId,
          after.year,
          after.awardCode,
          JSON.stringify(after.nominee),
          after.nominee.name,
          searchableText(after.nominee.name),
          after.achievementsSummary,
        ],
      );
      await appendAudit(manager, {
        ...audit,
        action: 'dossier.draft-updated',
        entityType: 'dossier',
        entityId: dossierId,
        unitId: dossier.proposingUnitId,
        before,
        after: initiativeIds === undefined ? after : { ...after, initiativeIds },
      });
    });
  }
}
