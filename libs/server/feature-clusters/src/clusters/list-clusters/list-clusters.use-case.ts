import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ClusterSummaryView } from '../../cluster-view';

/**
 * The clusters a person may see: those organised within their scope and those a unit of their scope
 * belongs to in some year, with each year's leader.
 */
@Injectable()
export class ListClustersUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(scope: readonly string[] | 'all'): Promise<ClusterSummaryView[]> {
    const rows = await this.dataSource.query<
      (Omit<ClusterSummaryView, 'years'> & { years: ClusterSummaryView['years'] | null })[]
    >(
      `SELECT c.id, c.code, c.name, c.kind, c.organizer_unit_id AS "organizerUnitId",
              (SELECT json_agg(json_build_object('id', y.id, 'year', y.year, 'status', y.status,
                        'leaderUnitId', y.leader_unit_id, 'leaderUnitName', u.name) ORDER BY y.year DESC)
                 FROM cluster_years y JOIN units u ON u.id = y.leader_unit_id
                WHERE y.cluster_id = c.id) AS years
         FROM emulation_clusters c
        WHERE $1::uuid[] IS NULL OR c.organizer_unit_id = ANY($1::uuid[])
           OR EXISTS (SELECT 1 FROM cluster_years y JOIN cluster_members m ON m.cluster_year_id = y.id
                       WHERE y.cluster_id = c.id AND m.unit_id = ANY($1::uuid[]))
        ORDER BY c.code`,
      [scope === 'all' ? null : scope],
    );
    return rows.map((row) => ({ ...row, years: row.years ?? [] }));
  }
}
