import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class ListDossiersCitingInitiativeUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Workflow ids of the open dossiers that cite the initiative, to tell them of its decision. */
  async execute(initiativeId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ workflow_id: string }[]>(
      `SELECT workflow_id FROM dossiers
        WHERE initiative_ids ? $1 AND stage <> 'DRAFT' AND closed_at IS NULL ORDER BY code`,
      [initiativeId],
    );
    return rows.map((row) => row.workflow_id);
  }
}
