import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  AppError,
  type DossierImportInput,
  dossierImportWorkflowId,
  type FieldError,
  type RoleGrant,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { appendAudit, type AuditContext } from '@tdkt/server-database';
import { assertUnitActive, SubmitDossierUseCase } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import { submissionAwardCatalog } from './award-catalog';
import { columnLetter, IMPORT_COLUMNS, type ImportColumnKey } from './import-columns';
import { readListSheet } from './read-sheet';
import { duplicateKey, validateList, type ImportError, type ImportItem } from './validate-rows';

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

export interface UploadDossierImportCommand {
  content: Buffer;
  fileName: string;
  declaredType: string | undefined;
  proposingUnitId: string;
  actorId: string;
  actorGrant: RoleGrant | null;
  audit: AuditContext;
}

/** How many dossiers of an import are submitted at once. */
const IMPORT_CONCURRENCY = 4;

/** Which list column a submission check's field is about (the duplicate rule names the nominee). */
const COLUMN_OF_FIELD: Readonly<Record<string, ImportColumnKey>> = {
  ...Object.fromEntries(IMPORT_COLUMNS.map((column) => [column.field, column.key])),
  nominee: 'name',
  'nominee.kind': 'name',
};

/**
 * Nomination lists uploaded as Excel workbooks. Uploading validates every row (the sheet, then what a
 * submission would refuse: the same person already proposed, an unmet precondition) and keeps the
 * file's verdict; starting imports all rows or none, through one `dossierImportWorkflow`. The same
 * file uploaded again by its unit is the same import: nothing new is created.
 */
@Injectable()
export class DossierImportsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
    private readonly submit: SubmitDossierUseCase,
    private readonly temporal: Client,
  ) {}

  async upload(command: UploadDossierImportCommand): Promise<DossierImportView> {
    await assertUnitActive(this.dataSource.manager, command.proposingUnitId);
    const sha256 = createHash('sha256').update(command.content).digest('hex');
    const [earlier] = await this.dataSource.query<{ id: string; status: DossierImportStatus }[]>(
      `SELECT id, status FROM dossier_imports WHERE proposing_unit_id = $1 AND content_sha256 = $2`,
      [command.proposingUnitId, sha256],
    );
    if (earlier !== undefined && ['IMPORTING', 'DONE'].includes(earlier.status))
      return { ...(await this.view(earlier.id)), replayed: true };

    const sheet = await readListSheet(command.content, command.declaredType);
    const list = validateList(sheet, submissionAwardCatalog(this.config));
    const errors = [...list.errors];
    if (errors.length === 0)
      errors.push(...(await this.submissionRefusals(list.items, command, list.columns)));
    const status: DossierImportStatus = errors.length === 0 ? 'VALIDATED' : 'INVALID';
    const id = earlier?.id ?? randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO dossier_imports (id, proposing_unit_id, file_name, content_sha256, status, total_rows, errors,
                                      created_by, created_as)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (proposing_unit_id, content_sha256) DO UPDATE
           SET file_name = EXCLUDED.file_name, status = EXCLUDED.status, total_rows = EXCLUDED.total_rows,
               errors = EXCLUDED.errors, created_by = EXCLUDED.created_by, created_as = EXCLUDED.created_as,
               validated_at = now()
         WHERE dossier_imports.status IN ('INVALID', 'VALIDATED')`,
        [
          id,
          command.proposingUnitId,
          command.fileName,
          sha256,
          status,
          list.items.length,
          JSON.stringify(errors),
          command.actorId,
          command.actorGrant === null ? null : JSON.stringify(command.actorGrant),
        ],
      );
      await manager.query(
        `DELETE FROM dossier_import_rows WHERE import_id = $1 AND status = 'PENDING'`,
        [id],
      );
      if (status === 'VALIDATED')
        for (const item of list.items)
          await manager.query(
            `INSERT INTO dossier_import_rows (import_id, row_number, row_key, item, status)
             VALUES ($1, $2, $3, $4, 'PENDING') ON CONFLICT DO NOTHING`,
            [id, item.rowNumber, duplicateKey(item), JSON.stringify(item)],
          );
      await appendAudit(manager, {
        ...command.audit,
        action: 'dossier-import.uploaded',
        entityType: 'dossier-import',
        entityId: id,
        unitId: command.proposingUnitId,
        after: {
          fileName: command.fileName,
          sha256,
          status,
          rows: list.items.length,
          errors: errors.length,
        },
      });
    });
    return { ...(await this.view(id)), replayed: earlier !== undefined };
  }

  /**
   * What submitting each row would refuse today — the same person already proposed for the award and
   * year by the unit, a precondition unmet — placed on its row and column.
   */
  private async submissionRefusals(
    items: ImportItem[],
    command: UploadDossierImportCommand,
    columns: Partial<Record<ImportColumnKey, number>>,
  ): Promise<ImportError[]> {
    const errors: ImportError[] = [];
    for (const item of items) {
      try {
        await this.submit.preflight({
          year: item.year,
          awardCode: item.awardCode,
          proposingUnitId: command.proposingUnitId,
          nominee: item.nominee,
          initiativeIds: [],
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const fieldErrors: FieldError[] =
          error.errors.length > 0
            ? error.errors
            : [{ field: 'nominee', rule: error.code, message: error.localizedMessage }];
        for (const fieldError of fieldErrors) {
          const key = COLUMN_OF_FIELD[fieldError.field];
          const column = IMPORT_COLUMNS.find((candidate) => candidate.key === key);
          const number = key === undefined ? undefined : columns[key];
          errors.push({
            row: item.rowNumber,
            column: number === undefined ? null : columnLetter(number),
            columnName: column?.header ?? null,
            field: fieldError.field,
            rule: fieldError.rule,
            message: fieldError.message,
          });
        }
      }
    }
    return errors;
  }

  /** Starts importing a validated list (all rows or none); starting it again answers the same import. */
  async start(importId: string, audit: AuditContext): Promise<DossierImportView> {
    const workflowId = dossierImportWorkflowId(importId);
    const proceed = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<
        { status: DossierImportStatus; proposing_unit_id: string }[]
      >(`SELECT status, proposing_unit_id FROM dossier_imports WHERE id = $1 FOR UPDATE`, [
        importId,
      ]);
      if (row === undefined) throw new AppError('DOSSIER_IMPORT_NOT_FOUND');
      if (row.status === 'INVALID' || row.status === 'FAILED')
        throw new AppError('DOSSIER_IMPORT_HAS_ERRORS');
      if (row.status !== 'VALIDATED') return false;
      await manager.query(
        `UPDATE dossier_imports SET status = 'IMPORTING', workflow_id = $2, started_at = now() WHERE id = $1`,
        [importId, workflowId],
      );
      await appendAudit(manager, {
        ...audit,
        action: 'dossier-import.started',
        entityType: 'dossier-import',
        entityId: importId,
        unitId: row.proposing_unit_id,
        workflowId,
      });
      return true;
    });
    if (proceed) {
      try {
        await this.temporal.workflow.start(WorkflowType.dossierImport, {
          workflowId,
          taskQueue: this.config.TEMPORAL_TASK_QUEUE,
          args: [{ importId, concurrency: IMPORT_CONCURRENCY } satisfies DossierImportInput],
          workflowIdConflictPolicy: 'USE_EXISTING',
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
          // Nothing runs it: the list can be started again.
          await this.dataSource.query(
            `UPDATE dossier_imports SET status = 'VALIDATED', workflow_id = NULL, started_at = NULL WHERE id = $1`,
            [importId],
          );
          throw error;
        }
      }
    }
    return this.view(importId);
  }

  /** An import with its rows and progress, from the read model (it survives restarts of anything). */
  async view(importId: string): Promise<DossierImportView> {
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
