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

/** At most this many files on one application: the description, drawings, proof of its effect. */
export const MAX_INITIATIVE_FILES = 10;

/** A file of an application as listed (never its bytes). */
export interface InitiativeAttachmentView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

/**
 * The files an author lodges with an application for recognition of an initiative: checked by their
 * bytes as a dossier's files are (PDF without active content, DOCX, XLSX, JPG, PNG; at most 20 MB),
 * accepted while the application awaits the council, each audited; and read back for download.
 */
@Injectable()
export class InitiativeAttachmentsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  add(
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
      if (files >= MAX_INITIATIVE_FILES) throw tooManyFiles();
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
      return viewOf(attachment);
    });
  }

  async list(initiativeId: string): Promise<InitiativeAttachmentView[]> {
    const files = await this.dataSource
      .getRepository(InitiativeAttachmentEntity)
      .find({ where: { initiativeId }, order: { uploadedAt: 'ASC' } });
    return files.map(viewOf);
  }

  async content(
    initiativeId: string,
    attachmentId: string,
  ): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const file = await this.dataSource
      .getRepository(InitiativeAttachmentEntity)
      .createQueryBuilder('file')
      .addSelect('file.content')
      .where('file.id = :attachmentId AND file.initiative_id = :initiativeId', {
        attachmentId,
        initiativeId,
      })
      .getOne();
    if (file === null) throw new AppError('ATTACHMENT_NOT_FOUND');
    return { fileName: file.fileName, contentType: file.contentType, content: file.content };
  }
}

function viewOf(file: InitiativeAttachmentEntity): InitiativeAttachmentView {
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedAt: new Date(file.uploadedAt).toISOString(),
  };
}

function tooManyFiles(): AppError {
  return new AppError('VALIDATION_FAILED', [
    {
      field: 'file',
      rule: 'maxFiles',
      message: {
        vi: `Mỗi đơn công nhận sáng kiến kèm tối đa ${MAX_INITIATIVE_FILES} tệp.`,
        en: `An initiative's application takes at most ${MAX_INITIATIVE_FILES} files.`,
      },
    },
  ]);
}
