import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';

/** A stored document's bytes, as they were when generated (the SHA-256 in its row proves it). */
@Injectable()
export class GetDocumentContentUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    documentId: string,
  ): Promise<{ fileName: string; contentType: string; sha256: string; content: Buffer }> {
    const [row] = await this.dataSource.query<
      { file_name: string; content_type: string; sha256: string; content: Buffer }[]
    >(
      `SELECT d.file_name, d.content_type, d.sha256, c.content
         FROM documents d JOIN document_contents c ON c.document_id = d.id WHERE d.id = $1`,
      [documentId],
    );
    if (row === undefined) throw new AppError('DOCUMENT_NOT_FOUND');
    return {
      fileName: row.file_name,
      contentType: row.content_type,
      sha256: row.sha256,
      content: row.content,
    };
  }
}
