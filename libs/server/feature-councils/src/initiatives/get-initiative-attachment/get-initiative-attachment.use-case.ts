import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { InitiativeAttachmentEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/** One file of an application, with its bytes, for download. */
@Injectable()
export class GetInitiativeAttachmentUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
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
