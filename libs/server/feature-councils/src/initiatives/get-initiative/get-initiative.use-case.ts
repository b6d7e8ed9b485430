import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { documentsOf } from '../../documents/store-document';
import { initiativeAttachmentsOf } from '../initiative-attachments';
import { InitiativeView, COLUMNS, FROM } from '../initiative-view';

/** An initiative as people read it: receipt, due date, outcome, the award it backs, documents, files. */
@Injectable()
export class GetInitiativeUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<InitiativeView> {
    const [row] = await this.dataSource.query<Omit<InitiativeView, 'documents' | 'attachments'>[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE i.id = $1`,
      [id],
    );
    if (row === undefined) throw new AppError('INITIATIVE_NOT_FOUND');
    const { manager } = this.dataSource;
    return {
      ...row,
      documents: await documentsOf(manager, 'initiative', id),
      attachments: await initiativeAttachmentsOf(manager, id),
    };
  }
}
