import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import {
  appendAudit,
  type AuditContext,
  DossierEntity,
  updateReturning,
} from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { dossierNotFound } from '../../dossier-errors';
import { EDITABLE_STAGES, filesLocked } from '../upload-attachment/upload-attachment.use-case';

/** Takes a file off a draft or a dossier being supplemented; the row stays, marked removed, for the audit trail. */
@Injectable()
export class RemoveAttachmentUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(dossierId: string, attachmentId: string, audit: AuditContext): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await manager
        .getRepository(DossierEntity)
        .findOne({ where: { id: dossierId }, lock: { mode: 'pessimistic_read' } });
      if (dossier === null) throw dossierNotFound();
      if (!EDITABLE_STAGES.includes(dossier.stage)) throw filesLocked(dossier.stage);
      const removed = await updateReturning<{ file_name: string }>(
        manager,
        `UPDATE attachments SET removed_at = now(), removed_by = $3
          WHERE id = $1 AND dossier_id = $2 AND removed_at IS NULL RETURNING file_name`,
        [attachmentId, dossierId, audit.actorId ?? null],
      );
      const row = removed[0];
      if (row === undefined) throw new AppError('ATTACHMENT_NOT_FOUND');
      await appendAudit(manager, {
        ...audit,
        action: 'dossier.attachment-removed',
        entityType: 'dossier',
        entityId: dossierId,
        unitId: dossier.proposingUnitId,
        before: { attachmentId, fileName: row.file_name },
      });
    });
  }
}
