import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type ImportedRowResult } from '@tdkt/contracts';
import { SubmitDossierUseCase } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import { importOwner } from '../import-run';

/** A step of `dossierImportWorkflow`: submits one row's draft; a retry answers what the first did. */
@Injectable()
export class SubmitImportedDossierUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submit: SubmitDossierUseCase,
  ) {}

  async execute(importId: string, rowNumber: number): Promise<ImportedRowResult> {
    const owner = await importOwner(this.dataSource, importId);
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
}
