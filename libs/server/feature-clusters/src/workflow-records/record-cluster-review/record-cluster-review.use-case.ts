import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClusterRankingEntry } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { workflowAudit } from '../workflow-audit';

/** The review meeting's final scores and the ranking the engine computed from them; once. */
@Injectable()
export class RecordClusterReviewUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: {
    clusterYearId: string;
    ranking: ClusterRankingEntry[];
    tieBreak: string[];
    minutes: string;
    reviewedBy: string;
    reviewedAt: string;
  }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [year] = await manager.query<{ leader_unit_id: string }[]>(
        `UPDATE cluster_years SET status = 'REVIEWED', review = $2, updated_at = now()
          WHERE id = $1 AND review IS NULL RETURNING leader_unit_id`,
        [
          request.clusterYearId,
          JSON.stringify({
            tieBreak: request.tieBreak,
            minutes: request.minutes,
            reviewedBy: request.reviewedBy,
            reviewedAt: request.reviewedAt,
          }),
        ],
      );
      if (year === undefined) return;
      for (const entry of request.ranking)
        await manager.query(
          `UPDATE cluster_members SET final_scores = $3, total = $4, rank = $5, tied_with = $6
            WHERE cluster_year_id = $1 AND unit_id = $2`,
          [
            request.clusterYearId,
            entry.unitId,
            entry.scores === null ? null : JSON.stringify(entry.scores),
            entry.total,
            entry.rank,
            entry.tiedWith,
          ],
        );
      await appendAudit(manager, {
        action: 'cluster-year.reviewed',
        ...workflowAudit(request.clusterYearId, 'review', request.reviewedBy),
        unitId: year.leader_unit_id,
        after: {
          ranking: request.ranking.map(({ unitId, total, rank, tiedWith }) => ({
            unitId,
            total,
            rank,
            tiedWith,
          })),
          tieBreak: request.tieBreak,
        },
      });
    });
  }
}
