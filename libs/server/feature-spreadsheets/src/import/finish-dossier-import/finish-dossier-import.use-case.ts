import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { closeImport, importOwner } from '../import-run';

/** The last step of `dossierImportWorkflow`: closes the import once every row is settled. */
@Injectable()
export class FinishDossierImportUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(importId: string): Promise<void> {
    const owner = await importOwner(this.dataSource, importId);
    await closeImport(this.dataSource, importId, owner, 'DONE', null);
  }
}
