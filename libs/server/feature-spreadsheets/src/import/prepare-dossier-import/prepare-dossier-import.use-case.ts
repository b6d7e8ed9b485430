import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type PreparedImport } from '@tdkt/contracts';
import { DossierDrafts, SubmissionPreflight } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import { closeImport, importCommand, importOwner } from '../import-run';
import type { ImportItem } from '../validate-rows';

/**
 * The first step of `dossierImportWorkflow`: checks every row again (the list was validated some time
 * ago), then makes every row a draft in one transaction, keyed `import.<id>.<row>` under the uploader's
 * idempotency keys so that a retry finds its drafts.
 */
@Injectable()
export class PrepareDossierImportUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: DossierDrafts,
    private readonly preflight: SubmissionPreflight,
  ) {}

  async execute(importId: string): Promise<PreparedImport> {
    const owner = await importOwner(this.dataSource, importId);
    const rows = await this.dataSource.query<{ row_number: number; item: ImportItem }[]>(
      `SELECT row_number, item FROM dossier_import_rows WHERE import_id = $1 ORDER BY row_number`,
      [importId],
    );
    // What a submission would refuse is checked again: the list was validated some time ago.
    for (const row of rows) {
      try {
        await this.preflight.check({ ...importCommand(row.item, owner), initiativeIds: [] });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const reason = {
          vi: `Dòng ${row.row_number}: ${error.errors[0]?.message.vi ?? error.localizedMessage.vi} Không hồ sơ nào được tạo; hãy sửa tệp và tải lên lại.`,
          en: `Row ${row.row_number}: ${error.errors[0]?.message.en ?? error.localizedMessage.en} No dossier was created; fix the file and upload it again.`,
        };
        await closeImport(this.dataSource, importId, owner, 'FAILED', reason);
        return { ok: false, reason };
      }
    }
    await this.dataSource.transaction(async (manager) => {
      for (const row of rows) {
        const created = await this.drafts.createWithin(
          manager,
          {
            ...importCommand(row.item, owner),
            idempotencyKey: `import.${importId}.${row.row_number}`,
          },
          {
            actorKind: 'user',
            actorId: owner.created_by,
            actorRole: owner.created_as?.role ?? null,
            actorUnitId: owner.created_as?.unitId ?? null,
          },
        );
        await manager.query(
          `UPDATE dossier_import_rows SET status = 'DRAFTED', dossier_id = $3, updated_at = now()
            WHERE import_id = $1 AND row_number = $2 AND status = 'PENDING'`,
          [importId, row.row_number, created.id],
        );
      }
    });
    return { ok: true, rowNumbers: rows.map((row) => row.row_number) };
  }
}
