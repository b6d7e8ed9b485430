import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  dossierImportWorkflowId,
  type ImportedRowResult,
  type PreparedImport,
  type RoleGrant,
} from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { CreateDossierUseCase, SubmitDossierUseCase } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import type { ImportItem } from './validate-rows';

interface ImportRow {
  proposing_unit_id: string;
  created_by: string;
  created_as: RoleGrant | null;
}

/**
 * The steps of `dossierImportWorkflow`, each safe to retry: every row becomes a draft in one
 * transaction (keyed `import.<id>.<row>` under the uploader's idempotency keys, so a retry finds its
 * drafts), then each draft is submitted on its own, then the import is closed.
 */
@Injectable()
export class RunDossierImportUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly create: CreateDossierUseCase,
    private readonly submit: SubmitDossierUseCase,
  ) {}

  async prepare(importId: string): Promise<PreparedImport> {
    const owner = await this.importRow(importId);
    const rows = await this.dataSource.query<{ row_number: number; item: ImportItem }[]>(
      `SELECT row_number, item FROM dossier_import_rows WHERE import_id = $1 ORDER BY row_number`,
      [importId],
    );
    // What a submission would refuse is checked again: the list was validated some time ago.
    for (const row of rows) {
      try {
        await this.submit.preflight({ ...this.command(row.item, owner), initiativeIds: [] });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const reason = {
          vi: `Dòng ${row.row_number}: ${error.errors[0]?.message.vi ?? error.localizedMessage.vi} Không hồ sơ nào được tạo; hãy sửa tệp và tải lên lại.`,
          en: `Row ${row.row_number}: ${error.errors[0]?.message.en ?? error.localizedMessage.en} No dossier was created; fix the file and upload it again.`,
        };
        await this.close(importId, owner, 'FAILED', reason);
        return { ok: false, reason };
      }
    }
    await this.dataSource.transaction(async (manager) => {
      for (const row of rows) {
        const created = await this.create.createWithin(
          manager,
          {
            ...this.command(row.item, owner),
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

  async submitRow(importId: string, rowNumber: number): Promise<ImportedRowResult> {
    const owner = await this.importRow(importId);
    const [row] = await this.dataSource.query<
      {
        status: string;
        dossier_id: string | null;
        code: string | null;
        error: ImportedRowResult['error'];
      }[]
    >(
      `SELECT r.status, r.dossier_id, d.code, r.error FROM dossier_import_rows r
         LEFT JOIN dossiers d ON d.id = r.dossier_id WHERE r.import_id = $1 AND r.row_number = $2`,
      [importId, rowNumber],
    );
    if (row === undefined || row.dossier_id === null)
      throw new Error(`row ${rowNumber} of import ${importId} has no draft`);
    if (row.status === 'SUBMITTED' || row.status === 'FAILED')
      return {
        rowNumber,
        status: row.status,
        code: row.code,
        error: row.error,
      };
    try {
      const submitted = await this.submit.execute({
        dossierId: row.dossier_id,
        submittedBy: owner.created_by,
        submittedAs: owner.created_as,
        requestId: null,
      });
      await this.dataSource.query(
        `UPDATE dossier_import_rows SET status = 'SUBMITTED', updated_at = now() WHERE import_id = $1 AND row_number = $2`,
        [importId, rowNumber],
      );
      return { rowNumber, status: 'SUBMITTED', code: submitted.code, error: null };
    } catch (error) {
      // A row refused now (another unit's list took the same person meanwhile) stays a draft to fix.
      if (!(error instanceof AppError)) throw error;
      const message = error.errors[0]?.message ?? error.localizedMessage;
      await this.dataSource.query(
        `UPDATE dossier_import_rows SET status = 'FAILED', error = $3, updated_at = now()
          WHERE import_id = $1 AND row_number = $2`,
        [importId, rowNumber, JSON.stringify(message)],
      );
      return { rowNumber, status: 'FAILED', code: row.code, error: message };
    }
  }

  async finish(importId: string): Promise<void> {
    const owner = await this.importRow(importId);
    await this.close(importId, owner, 'DONE', null);
  }

  private command(item: ImportItem, owner: ImportRow) {
    return {
      year: item.year,
      awardCode: item.awardCode,
      proposingUnitId: owner.proposing_unit_id,
      nominee: item.nominee,
      achievementsSummary: item.achievementsSummary,
    };
  }

  private async importRow(importId: string): Promise<ImportRow> {
    const [row] = await this.dataSource.query<ImportRow[]>(
      `SELECT proposing_unit_id, created_by, created_as FROM dossier_imports WHERE id = $1`,
      [importId],
    );
    if (row === undefined) throw new AppError('DOSSIER_IMPORT_NOT_FOUND');
    return row;
  }

  private async close(
    importId: string,
    owner: ImportRow,
    status: 'DONE' | 'FAILED',
    reason: { vi: string; en: string } | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const closed = await manager.query<{ id: string }[]>(
        `UPDATE dossier_imports
            SET status = $2, finished_at = now(),
                errors = CASE WHEN $3::jsonb IS NULL THEN errors ELSE errors || $3::jsonb END
          WHERE id = $1 AND status = 'IMPORTING' RETURNING id`,
        [
          importId,
          status,
          reason === null
            ? null
            : JSON.stringify([
                {
                  row: null,
                  column: null,
                  columnName: null,
                  field: 'file',
                  rule: 'still-valid',
                  message: reason,
                },
              ]),
        ],
      );
      if (closed.length === 0) return;
      const [counts] = await manager.query<{ submitted: number; failed: number }[]>(
        `SELECT count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
                count(*) FILTER (WHERE status = 'FAILED')::int AS failed
           FROM dossier_import_rows WHERE import_id = $1`,
        [importId],
      );
      await appendAudit(manager, {
        action: status === 'DONE' ? 'dossier-import.finished' : 'dossier-import.failed',
        entityType: 'dossier-import',
        entityId: importId,
        actorKind: 'system',
        unitId: owner.proposing_unit_id,
        workflowId: dossierImportWorkflowId(importId),
        after: { status, ...counts },
      });
    });
  }
}
