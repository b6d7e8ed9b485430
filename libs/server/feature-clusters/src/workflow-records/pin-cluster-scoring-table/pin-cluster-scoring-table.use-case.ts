import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type ClusterCriterionView, type ClusterScoringTableView } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';

/** The table version members score against, pinned on the year when scoring opens. */
@Injectable()
export class PinClusterScoringTableUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: {
    clusterYearId: string;
    version: number;
  }): Promise<ClusterScoringTableView> {
    return this.dataSource.transaction(async (manager) => {
      const [table] = await manager.query<{ version: number; criteria: ClusterCriterionView[] }[]>(
        `SELECT version, criteria FROM cluster_scoring_tables WHERE cluster_year_id = $1 AND version = $2`,
        [request.clusterYearId, request.version],
      );
      if (table === undefined) throw new AppError('CLUSTER_SCORING_TABLE_NOT_FOUND');
      await manager.query(
        `UPDATE cluster_years SET scoring_version = $2 WHERE id = $1 AND scoring_version IS NULL`,
        [request.clusterYearId, request.version],
      );
      return { version: table.version, criteria: table.criteria };
    });
  }
}
