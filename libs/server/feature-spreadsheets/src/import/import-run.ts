import { AppError, dossierImportWorkflowId, type RoleGrant } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import type { ImportItem } from './validate-rows';

/** Who uploaded an import, and for which unit: its dossiers are made and submitted as them. */
export interface ImportOwner {
  proposing_unit_id: string;
  created_by: string;
  created_as: RoleGrant | null;
}

export async function importOwner(dataSource: DataSource, importId: string): Promise<ImportOwner> {
  const [row] = await dataSource.query<ImportOwner[]>(
    `SELECT proposing_unit_id, created_by, created_as FROM dossier_imports WHERE id = $1`,
    [importId],
  );
  if (row === undefined) throw new AppError('DOSSIER_IMPORT_NOT_FOUND');
  return row;
}

/** The dossier a row of the list proposes, for the unit that uploaded it. */
export function importCommand(item: ImportItem, owner: ImportOwner) {
  return {
    year: item.year,
    awardCode: item.awardCode,
    proposingUnitId: owner.proposing_unit_id,
    nominee: item.nominee,
    achievementsSummary: item.achievementsSummary,
  };
}

/** Closes an import still running (a retry finds it closed and does nothing), with its audit entry. */
export async function closeImport(
  dataSource: DataSource,
  importId: string,
  owner: ImportOwner,
  status: 'DONE' | 'FAILED',
  reason: { vi: string; en: string } | null,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
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
