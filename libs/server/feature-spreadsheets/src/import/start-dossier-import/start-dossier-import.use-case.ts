import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  AppError,
  type DossierImportInput,
  dossierImportWorkflowId,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { appendAudit, type AuditContext } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import {
  type DossierImportStatus,
  type DossierImportView,
  GetDossierImportUseCase,
} from '../get-dossier-import/get-dossier-import.use-case';

/** How many dossiers of an import are submitted at once. */
const IMPORT_CONCURRENCY = 4;

/**
 * Starts importing a validated list, all rows or none, through one `dossierImportWorkflow`; starting
 * it again answers the same import.
 */
@Injectable()
export class StartDossierImportUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
    private readonly temporal: Client,
    private readonly getImport: GetDossierImportUseCase,
  ) {}

  async execute(importId: string, audit: AuditContext): Promise<DossierImportView> {
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
    return this.getImport.execute(importId);
  }
}
