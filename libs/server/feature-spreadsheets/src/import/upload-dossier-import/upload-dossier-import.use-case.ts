import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type FieldError, type RoleGrant } from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { appendAudit, type AuditContext } from '@tdkt/server-database';
import { assertUnitActive, SubmissionPreflight } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import { submissionAwardCatalog } from '../award-catalog';
import {
  type DossierImportStatus,
  type DossierImportView,
  GetDossierImportUseCase,
} from '../get-dossier-import/get-dossier-import.use-case';
import { columnLetter, IMPORT_COLUMNS, type ImportColumnKey } from '../import-columns';
import { readListSheet } from '../read-sheet';
import { duplicateKey, validateList, type ImportError, type ImportItem } from '../validate-rows';

export interface UploadDossierImportCommand {
  content: Buffer;
  fileName: string;
  declaredType: string | undefined;
  proposingUnitId: string;
  actorId: string;
  actorGrant: RoleGrant | null;
  audit: AuditContext;
}

/** Which list column a submission check's field is about (the duplicate rule names the nominee). */
const COLUMN_OF_FIELD: Readonly<Record<string, ImportColumnKey>> = {
  ...Object.fromEntries(IMPORT_COLUMNS.map((column) => [column.field, column.key])),
  nominee: 'name',
  'nominee.kind': 'name',
};

/**
 * Uploads a nomination list as an Excel workbook: every row is validated (the sheet, then what a
 * submission would refuse: the same person already proposed, an unmet precondition) and the file's
 * verdict kept. The same file uploaded again by its unit is the same import: nothing new is created.
 */
@Injectable()
export class UploadDossierImportUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
    private readonly preflight: SubmissionPreflight,
    private readonly getImport: GetDossierImportUseCase,
  ) {}

  async execute(command: UploadDossierImportCommand): Promise<DossierImportView> {
    await assertUnitActive(this.dataSource.manager, command.proposingUnitId);
    const sha256 = createHash('sha256').update(command.content).digest('hex');
    const [earlier] = await this.dataSource.query<{ id: string; status: DossierImportStatus }[]>(
      `SELECT id, status FROM dossier_imports WHERE proposing_unit_id = $1 AND content_sha256 = $2`,
      [command.proposingUnitId, sha256],
    );
    if (earlier !== undefined && ['IMPORTING', 'DONE'].includes(earlier.status))
      return { ...(await this.getImport.execute(earlier.id)), replayed: true };

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
    return { ...(await this.getImport.execute(id)), replayed: earlier !== undefined };
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
        await this.preflight.check({
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
}
