import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';

export interface AttachmentContent {
  fileName: string;
  contentType: string;
  sha256: string;
  content: Buffer;
}

/** The bytes of a dossier's file, for download. */
@Injectable()
export class GetAttachmentContentUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(dossierId: string, attachmentId: string): Promise<AttachmentContent> {
    const [row] = await this.dataSource.query<
      { file_name: string; content_type: string; sha256: string; content: Buffer }[]
    >(
      `SELECT a.file_name, a.content_type, a.sha256, c.content
         FROM attachments a JOIN attachment_contents c ON c.attachment_id = a.id
        WHERE a.id = $1 AND a.dossier_id = $2 AND a.removed_at IS NULL`,
      [attachmentId, dossierId],
    );
    if (row === undefined) throw new AppError('ATTACHMENT_NOT_FOUND');
    return {
      fileName: row.file_name,
      contentType: row.content_type,
      sha256: row.sha256,
      content: row.content,
    };
  }
}
