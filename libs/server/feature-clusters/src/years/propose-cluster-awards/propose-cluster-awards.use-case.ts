import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';
import { invalid } from '../../invalid';
import { assertStage, lockClusterYear } from '../cluster-year-row';

/** What a cluster proposes its best members for. */
export const CLUSTER_PROPOSAL_AWARDS = ['CO_THI_DUA_TINH', 'BANG_KHEN_TINH'] as const;
export type ClusterProposalAward = (typeof CLUSTER_PROPOSAL_AWARDS)[number];

export interface ClusterProposal {
  unitId: string;
  awardCode: ClusterProposalAward;
  /** The member's dossier in the dossier path, when it has one already. */
  dossierId?: string;
}

export interface ProposalWarning {
  unitId: string;
  code: 'NOT_CLUSTER_LEADER';
  message: { vi: string; en: string };
}

/**
 * The leader proposes the best members, by the review's ranking, for the Cờ thi đua and the Bằng
 * khen, linking each to the member's dossier where it has one. The flag going to the first-ranked
 * member is a provincial model's rule (unconfirmed for Đồng Nai): another member is warned, not refused.
 */
@Injectable()
export class ProposeClusterAwardsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    clusterYearId: string,
    proposals: ClusterProposal[],
    actor: Actor,
  ): Promise<{ warnings: ProposalWarning[] }> {
    return this.dataSource.transaction(async (manager) => {
      const year = await lockClusterYear(manager, clusterYearId);
      assertStage(year, 'REVIEWED', 'HANDED_OVER');
      const members = await manager.query<{ unit_id: string; rank: number | null }[]>(
        `SELECT unit_id, rank FROM cluster_members WHERE cluster_year_id = $1`,
        [clusterYearId],
      );
      const rankOf = new Map(members.map((member) => [member.unit_id, member.rank]));
      const warnings: ProposalWarning[] = [];
      for (const [index, proposal] of proposals.entries()) {
        if (!rankOf.has(proposal.unitId))
          throw invalid(
            `proposals[${index}].unitId`,
            'cluster-member',
            'Đơn vị không thuộc cụm.',
            'The unit is not a member of the cluster.',
          );
        if (rankOf.get(proposal.unitId) === null)
          throw invalid(
            `proposals[${index}].unitId`,
            'ranked',
            'Đơn vị chưa được chấm điểm, xếp hạng.',
            'The unit was not scored and ranked.',
          );
        if (proposal.awardCode === 'CO_THI_DUA_TINH' && rankOf.get(proposal.unitId) !== 1)
          warnings.push({
            unitId: proposal.unitId,
            code: 'NOT_CLUSTER_LEADER',
            message: {
              vi: 'Cờ thi đua của UBND tỉnh thường tặng đơn vị dẫn đầu cụm (quy định mẫu của tỉnh, chưa xác nhận với Đồng Nai).',
              en: 'The provincial flag usually goes to the member leading the cluster (a provincial model rule, unconfirmed for Đồng Nai).',
            },
          });
        if (proposal.dossierId !== undefined) {
          const [dossier] = await manager.query<{ proposing_unit_id: string }[]>(
            `SELECT proposing_unit_id FROM dossiers WHERE id = $1`,
            [proposal.dossierId],
          );
          if (dossier === undefined) throw new AppError('DOSSIER_NOT_FOUND');
          if (dossier.proposing_unit_id !== proposal.unitId)
            throw invalid(
              `proposals[${index}].dossierId`,
              'member-dossier',
              'Hồ sơ không do đơn vị này đề nghị.',
              'The dossier is not proposed by this unit.',
            );
        }
      }
      await manager.query(
        `UPDATE cluster_members SET proposed_award_code = NULL, proposal_dossier_id = NULL WHERE cluster_year_id = $1`,
        [clusterYearId],
      );
      for (const proposal of proposals)
        await manager.query(
          `UPDATE cluster_members SET proposed_award_code = $3, proposal_dossier_id = $4
            WHERE cluster_year_id = $1 AND unit_id = $2`,
          [clusterYearId, proposal.unitId, proposal.awardCode, proposal.dossierId ?? null],
        );
      await appendAudit(manager, {
        action: 'cluster-year.awards-proposed',
        ...auditContextOf(actor),
        entityType: 'cluster-year',
        entityId: clusterYearId,
        unitId: year.leader_unit_id,
        after: {
          proposals: proposals.map((proposal) => ({ ...proposal })),
          warnings: warnings.length,
        },
      });
      return { warnings };
    });
  }
}
