import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type ClusterCriterionView } from '@tdkt/contracts';
import { scoringTableIssues } from '@tdkt/domain';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';
import { assertStage, lockClusterYear } from '../cluster-year-row';

/**
 * Adopts a new version of the year's criteria and scoring table. Versions are never edited; once
 * scoring opens on one, the members score against it whatever comes later.
 */
@Injectable()
export class AdoptScoringTableUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    clusterYearId: string,
    criteria: ClusterCriterionView[],
    actor: Actor,
  ): Promise<{ version: number }> {
    const issues = scoringTableIssues(criteria);
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', [...issues]);
    return this.dataSource.transaction(async (manager) => {
      const year = await lockClusterYear(manager, clusterYearId);
      assertStage(year, 'FORMED', 'PACT_SIGNING', 'PACT_SIGNED');
      const [adopted] = await manager.query<{ version: number }[]>(
        `INSERT INTO cluster_scoring_tables (cluster_year_id, version, criteria, adopted_by)
         SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3 FROM cluster_scoring_tables WHERE cluster_year_id = $1
         RETURNING version`,
        [clusterYearId, JSON.stringify(criteria), actor.user.id],
      );
      const version = adopted?.version ?? 1;
      await appendAudit(manager, {
        action: 'cluster-year.scoring-table-adopted',
        ...auditContextOf(actor),
        entityType: 'cluster-year',
        entityId: clusterYearId,
        unitId: year.organizer_unit_id,
        after: { version, criteria },
      });
      return { version };
    });
  }
}
