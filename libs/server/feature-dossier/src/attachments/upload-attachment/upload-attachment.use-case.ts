import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, DossierStage } from '@tdkt/contracts';
import {
  appendAudit,
  type AuditContext,
  AttachmentEntity,
  DossierEntity,
} from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { getRuleSet, isAwardCode, requiredDocuments } from '@tdkt/domain';
import { ServerConfig } from '@tdkt/server-config';
import { dossierNotFound } from '../../dossier-errors';
import { ruleSetForSubmissions } from '../../rules-date';
import { acceptedFileType, safeFileName } from '../accepted-file';
import { fileNameForType } from '../file-type';

/** Files of a dossier may change only while its unit holds it: as a draft, or when asked to supplement it. */
export const EDITABLE_STAGES: readonly string[] = [DossierStage.DRAFT, DossierStage.SUPPLEMENTING];

export interface UploadAttachmentCommand {
  dossierId: string;
  fileName: string;
  content: Buffer;
  /** The required document this file provides (e.g. `TO_TRINH`). */
  documentCode?: string;
}

/**
 * Stores a file on a dossier after checking, by its bytes, that it is an accepted kind (a PDF without
 * JavaScript or other active content), and that the document it is said to provide is one the award's
 * dossier has; keeps its SHA-256, and its name with the extension of what it is.
 */
@Injectable()
export class UploadAttachmentUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
  ) {}

  /** 400 naming `documentCode` when the award's checklist (under the dossier's rule set) has no such document. */
  private assertDocumentOfAward(dossier: DossierEntity, documentCode: string): void {
    if (!isAwardCode(dossier.awardCode)) return;
    const ruleSet = dossier.ruleSetId
      ? getRuleSet(dossier.ruleSetId)
      : ruleSetForSubmissions(this.config, dossier.year);
    const documents = requiredDocuments(dossier.awardCode, ruleSet);
    if (documents.some((document) => document.code === documentCode)) return;
    const list = (lang: 'vi' | 'en') =>
      documents.map((document) => `${document.code} (${document.name[lang]})`).join('; ');
    throw new AppError('VALIDATION_FAILED', [
      {
        field: 'documentCode',
        rule: 'known-document-code',
        message: {
          vi: `Loại giấy tờ "${documentCode}" không có trong thành phần hồ sơ ${dossier.awardCode}. Chọn một trong: ${list('vi')}; hoặc để trống nếu là tài liệu kèm theo khác.`,
          en: `Document "${documentCode}" is not part of a ${dossier.awardCode} dossier. Choose one of: ${list('en')}; or leave it out for any other enclosure.`,
        },
      },
    ]);
  }

  execute(command: UploadAttachmentCommand, audit: AuditContext): Promise<AttachmentEntity> {
    const contentType = acceptedFileType(command.content);
    const sha256 = createHash('sha256').update(command.content).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const dossier = await manager
        .getRepository(DossierEntity)
        .findOne({ where: { id: command.dossierId }, lock: { mode: 'pessimistic_read' } });
      if (dossier === null) throw dossierNotFound();
      if (!EDITABLE_STAGES.includes(dossier.stage)) throw filesLocked(dossier.stage);
      if (command.documentCode !== undefined)
        this.assertDocumentOfAward(dossier, command.documentCode);
      const attachment = manager.getRepository(AttachmentEntity).create({
        dossierId: command.dossierId,
        documentCode: command.documentCode ?? null,
        fileName: fileNameForType(safeFileName(command.fileName), contentType),
        contentType,
        sizeBytes: command.content.length,
        sha256,
        uploadedBy: audit.actorId ?? null,
      });
      await manager.getRepository(AttachmentEntity).insert(attachment);
      await manager.query(
        `INSERT INTO attachment_contents (attachment_id, content) VALUES ($1, $2)`,
        [attachment.id, command.content],
      );
      await appendAudit(manager, {
        ...audit,
        action: 'dossier.attachment-added',
        entityType: 'dossier',
        entityId: command.dossierId,
        unitId: dossier.proposingUnitId,
        after: {
          attachmentId: attachment.id,
          fileName: attachment.fileName,
          documentCode: attachment.documentCode,
          sha256,
          sizeBytes: attachment.sizeBytes,
        },
      });
      return attachment;
    });
  }
}

export function filesLocked(stage: string): AppError {
  return new AppError('STAGE_NOT_ALLOWED', [
    {
      field: 'stage',
      rule: 'filesEditable',
      message: {
        vi: `Hồ sơ đang ở bước ${stage}: chỉ thêm/bớt tệp khi còn là bản nháp hoặc khi được yêu cầu bổ sung.`,
        en: `The dossier is at stage ${stage}: files change only in a draft or while supplementing.`,
      },
    },
  ]);
}
