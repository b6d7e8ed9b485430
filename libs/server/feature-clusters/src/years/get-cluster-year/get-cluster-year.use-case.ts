import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import type { ClusterMemberView, ClusterYearView } from '../../cluster-view';

/** A cluster's year: members with their pact, scores, rank and proposal; the tables; the review; the handover. */
@Injectable()
export class GetClusterYearUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<ClusterYearView> {
    const [year] = await this.dataSource.query<
      Omit<ClusterYearView, 'members' | 'scoringTables'>[]
    >(
      `SELECT y.id, y.cluster_id AS "clusterId", c.code AS "clusterCode", c.name AS "clusterName", c.kind,
              c.organizer_unit_id AS "organizerUnitId", y.year, y.status,
              y.leader_unit_id AS "leaderUnitId", l.name AS "leaderUnitName",
              y.deputy_unit_id AS "deputyUnitId", y.pact_signed_at AS "pactSignedAt",
              y.workflow_id AS "workflowId", y.scoring_version AS "scoringVersion",
              CASE WHEN y.review IS NULL THEN NULL ELSE jsonb_build_object(
                'minutes', y.review->'minutes', 'tieBreak', y.review->'tieBreak', 'reviewedAt', y.review->'reviewedAt') END AS review,
              y.next_leader_unit_id AS "nextLeaderUnitId", y.handed_over_at AS "handedOverAt"
         FROM cluster_years y JOIN emulation_clusters c ON c.id = y.cluster_id
         JOIN units l ON l.id = y.leader_unit_id
        WHERE y.id = $1`,
      [id],
    );
    if (year === undefined) throw new AppError('CLUSTER_YEAR_NOT_FOUND');
    const members = await this.dataSource.query<(ClusterMemberView & { total: string | null })[]>(
      `SELECT m.unit_id AS "unitId", u.name AS "unitName", m.pact_signed_at AS "pactSignedAt",
              m.self_scores AS "selfScores", m.evidence, m.self_scored_at AS "selfScoredAt",
              m.self_score_missed AS "selfScoreMissed", m.final_scores AS "finalScores", m.total::text AS total,
              m.rank, m.tied_with AS "tiedWith", m.proposed_award_code AS "proposedAwardCode",
              m.proposal_dossier_id AS "proposalDossierId"
         FROM cluster_members m JOIN units u ON u.id = m.unit_id
        WHERE m.cluster_year_id = $1
        ORDER BY m.rank NULLS LAST, u.name`,
      [id],
    );
    const scoringTables = await this.dataSource.query<ClusterYearView['scoringTables']>(
      `SELECT version, criteria, adopted_at AS "adoptedAt" FROM cluster_scoring_tables
        WHERE cluster_year_id = $1 ORDER BY version`,
      [id],
    );
    return {
      ...year,
      scoringTables,
      members: members.map((member) => ({
        ...member,
        total: member.total === null ? null : Number(member.total),
      })),
    };
  }
}
