import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { COMPLAINT_VIEW_SQL, type ComplaintView } from '../complaint-view';

/** The complaints a reader's scope sees (handled by, or about a dossier of, a unit in scope), newest first. */
@Injectable()
export class ListComplaintsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(scope: string[] | 'all'): Promise<ComplaintView[]> {
    const filter =
      scope === 'all'
        ? 'TRUE'
        : '(c.handling_unit_id = ANY($1::uuid[]) OR d.proposing_unit_id = ANY($1::uuid[]))';
    return this.dataSource.query(
      `${COMPLAINT_VIEW_SQL} WHERE ${filter} ORDER BY c.created_at DESC LIMIT 200`,
      scope === 'all' ? [] : [scope],
    );
  }
}
