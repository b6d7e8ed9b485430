import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InitiativeView, COLUMNS, FROM } from '../initiative-view';

/** The initiatives a reader's scope sees, newest first. */
@Injectable()
export class ListInitiativesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(scope: string[] | 'all'): Promise<Omit<InitiativeView, 'documents' | 'attachments'>[]> {
    // Its unit's, its authors' units' and the citing dossier's unit's, as one reads it by id.
    const filter =
      scope === 'all'
        ? 'TRUE'
        : `(i.unit_id = ANY($1::uuid[])
            OR EXISTS (SELECT 1 FROM users a WHERE a.id = ANY(i.author_ids) AND a.unit_id = ANY($1::uuid[]))
            OR EXISTS (SELECT 1 FROM dossiers d WHERE d.id = u.dossier_id AND d.proposing_unit_id = ANY($1::uuid[])))`;
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE ${filter} ORDER BY i.received_on DESC, i.created_at DESC LIMIT 200`,
      scope === 'all' ? [] : [scope],
    );
  }
}
