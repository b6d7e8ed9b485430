import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ScoreEvidence } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { workflowAudit } from '../workflow-audit';

/** A member's self-score with its evidence, or that its deadline passed without one; once. */
@Injectable()
export class RecordSelfScoreUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: {
    clusterYearId: string;
    unitId: string;
    scores: Record<string, number> | null;
    evidence: ScoreEvidence[];
    scoredBy: string | null;
    scoredAt: string;
  }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const updated = await manager.query<unknown[]>(
        `UPDATE cluster_members
            SET self_scores = $3, evidence = $4, self_scored_by = $5, self_scored_at = $6,
                self_score_missed = $3::jsonb IS NULL
          WHERE cluster_year_id = $1 AND unit_id = $2
            AND self_scored_at IS NULL AND NOT self_score_missed
          RETURNING unit_id`,
        [
          request.clusterYearId,
          request.unitId,
          request.scores === null ? null : JSON.stringify(request.scores),
          JSON.stringify(request.evidence),
          request.scoredBy,
          request.scores === null ? null : request.scoredAt,
        ],
      );
      if (updated.length === 0) return;
      await appendAudit(manager, {
        action: 'cluster-year.self-scored',
        ...workflowAudit(request.clusterYearId, `self-score:${request.unitId}`, request.scoredBy),
        unitId: request.unitId,
        after: {
          unitId: request.unitId,
          scores: request.scores,
          evidence: request.evidence.length,
          missed: request.scores === null,
        },
      });
    });
  }
}
