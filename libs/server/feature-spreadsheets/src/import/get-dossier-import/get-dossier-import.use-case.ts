import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import type { ImportError, ImportItem } from '../validate-rows';

export type DossierImportStatus = 'INVALID' | 'VALIDATED' | 'IMPORTING' | 'DONE' | 'FAILED';

/** A row of an import as people follow it. */
export interface DossierImportRowView {
  rowNumber: number;
  nomineeName: string;
  awardCode: string;
  year: number;
  status: 'PENDING' | 'DRAFTED' | 'SUBMITTED' | 'FAILED';
  dossierId: string | null;
  dossierCode: string | null;
  error: { vi: string; en: string } | null;
}

/** An uploaded list: what validation found, and how far its import went. */
export interface DossierImportView {
  id: string;
  fileName: string;
  proposingUnitId: string;
  proposingUnitName: string;
  status: DossierImportStatus;
  totalRows: number;
  errors: ImportError[];
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** True when the same file was uploaded before: the earlier import is answered, nothing new is made. */
  replayed: boolean;
  progress: { total: number; submitted: number; failed: number; pending: number };
  rows: DossierImportRowView[];
}

@Injectable()
export class GetDossierImportUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An import with its rows and progress, from the read model (it survives restarts of anything). */
  async execute(importId: string): Promise<DossierImportView> {
    const [row] = await this.dataSource.query<
      {
        id: string;
        file_name: string;
        proposing_unit_id: string;
        unit_name: string;
        status: DossierImportStatus;
        total_rows: number;
        errors: ImportError[];
        created_at: Date;
        started_at: Date | null;
        finished_at: Date | null;
      }[]
    >(
      `SELECT i.id, i.file_name, i.proposing_unit_id, u.name AS unit_name, i.status, i.total_rows, i.errors,
              i.created_at, i.started_at, i.finished_at
         FROM dossier_imports i JOIN units u ON u.id = i.proposing_unit_id WHERE i.id = $1`,
      [importId],
    );
    if (row === undefined) throw new AppError('DOSSIER_IMPORT_NOT_FOUND');
    const rows = await this.dataSource.query<
      {
        row_number: number;
        item: ImportItem;
        status: DossierImportRowView['status'];
        dossier_id: string | null;
        code: string | null;
        error: { vi: string; en: string } | null;
      }[]
    >(
      `SELECT r.row_number, r.item, r.status, r.dossier_id, d.code, r.error
         FROM dossier_import_rows r LEFT JOIN dossiers d ON d.id = r.dossier_id
        WHERE r.import_id = $1 ORDER BY r.row_number`,
      [importId],
    );
    const count = (status: DossierImportRowView['status']) =>
      rows.filter((candidate) => candidate.status === status).length;
    return {
      id: row.id,
      fileName: row.file_name,
      proposingUnitId: row.proposing_unit_id,
      proposingUnitName: row.unit_name,
      status: row.status,
      totalRows: row.total_rows,
      errors: row.errors,
      createdAt: row.created_at.toISOString(),
      startedAt: row.started_at?.toISOString() ?? null,
      finishedAt: row.finished_at?.toISOString() ?? null,
      replayed: false,
      progress: {
        total: rows.length,
        submitted: count('SUBMITTED'),
        failed: count('FAILED'),
        pending: count('PENDING') + count('DRAFTED'),
      },
      rows: rows.map((item) => ({
        rowNumber: item.row_number,
        nomineeName: item.item.nominee.name,
        awardCode: item.item.awardCode,
        year: item.item.year,
        status: item.status,
        dossierId: item.dossier_id,
        dossierCode: item.code,
        error: item.error,
      })),
    };
  }
}
