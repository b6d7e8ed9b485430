import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import {
  appendAudit,
  type AuditContext,
  InitiativeAttachmentEntity,
  InitiativeEntity,
} from '@tdkt/server-database';
import { acceptedFileType, fileNameForType, safeFileName } from '@tdkt/server-feature-dossier';
import type { DataSource } from 'typeorm';
import {
  initiativeAttachmentViewOf,
  type InitiativeAttachmentView,
  MAX_INITIATIVE_FILES,
  tooManyInitiativeFiles,
} from '../initiative-attachments';

/**
 * A file an author lodges with an application for recognition of an initiative: checked by its
 * bytes as a dossier's files are (PDF without active content, DOCX, XLSX, JPG, PNG; at most 20 MB),
 * accepted while the application awaits the council, audited.
 */
@Injectable()
export class AttachInitiativeFileUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(
    command: { initiativeId: string; fileName: string; content: Buffer },
    audit: AuditContext,
  ): Promise<InitiativeAttachmentView> {
    const contentType = acceptedFileType(command.content);
    const sha256 = createHash('sha256').update(command.content).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const initiative = await manager
        .getRepository(InitiativeEntity)
        .findOne({ where: { id: command.initiativeId }, lock: { mode: 'pessimistic_write' } });
      if (initiative === null) throw new AppError('INITIATIVE_NOT_FOUND');
      if (initiative.status !== 'RECEIVED') throw new AppError('INITIATIVE_ALREADY_DECIDED');
      const files = await manager
        .getRepository(InitiativeAttachmentEntity)
        .countBy({ initiativeId: command.initiativeId });
      if (files >= MAX_INITIATIVE_FILES) throw tooManyInitiativeFiles();
      const attachment = manager.getRepository(InitiativeAttachmentEntity).create({
        initiativeId: command.initiativeId,
        fileName: fileNameForType(safeFileName(command.fileName), contentType),
        contentType,
        sizeBytes: command.content.length,
        sha256,
        content: command.content,
        uploadedBy: audit.actorId ?? null,
      });
      await manager.getRepository(InitiativeAttachmentEntity).insert(attachment);
      await appendAudit(manager, {
        ...audit,
        action: 'initiative.attachment-added',
        entityType: 'initiative',
        entityId: command.initiativeId,
        unitId: initiative.unitId,
        after: {
          attachmentId: attachment.id,
          fileName: attachment.fileName,
          sha256,
          sizeBytes: attachment.sizeBytes,
        },
      });
      return initiativeAttachmentViewOf(attachment);
    });
  }
}
