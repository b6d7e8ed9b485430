import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * The running workflows a holiday schedule for `year` may concern: dossiers with an open task (their
 * deadlines are counted in working days) and active plans of that year or later. A receiver that has
 * nothing to move ignores the signal.
 */
@Injectable()
export class ListCalendarDependentsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: { year: number }): Promise<{ workflowIds: string[] }> {
    const rows = await this.dataSource.query<{ workflow_id: string }[]>(
      `SELECT DISTINCT t.workflow_id FROM tasks t
        WHERE t.status IN ('OPEN', 'CLAIMED') AND t.subject_type = 'dossier'
       UNION
       SELECT p.workflow_id FROM plans p
        WHERE p.status = 'ACTIVE' AND p.workflow_id IS NOT NULL AND p.year >= $1 - 1
       ORDER BY 1`,
      [request.year],
    );
    return { workflowIds: rows.map((row) => row.workflow_id) };
  }
}
