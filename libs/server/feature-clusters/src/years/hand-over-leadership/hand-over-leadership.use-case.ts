import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';
import { formClusterYear } from '../form-cluster-year/form-cluster-year.use-case';
import { invalid } from '../../invalid';
import { assertStage, lockClusterYear } from '../cluster-year-row';

export interface HandOverLeadershipCommand {
  clusterYearId: string;
  nextLeaderUnitId: string;
  nextDeputyUnitId?: string;
}

/**
 * At the year's review the members elect next year's leader by rotation (nhận nhiệm vụ Cụm trưởng):
 * the year is handed over, and next year is formed with the same members under the new leader.
 */
@Injectable()
export class HandOverLeadershipUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: HandOverLeadershipCommand, actor: Actor): Promise<{ nextYearId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const year = await lockClusterYear(manager, command.clusterYearId);
      assertStage(year, 'REVIEWED');
      const members = await manager.query<{ unit_id: string }[]>(
        `SELECT unit_id FROM cluster_members WHERE cluster_year_id = $1`,
        [year.id],
      );
      const memberIds = members.map((member) => member.unit_id);
      if (!memberIds.includes(command.nextLeaderUnitId))
        throw invalid(
          'nextLeaderUnitId',
          'cluster-member',
          'Cụm trưởng mới phải là thành viên của cụm.',
          'The next leader must be a member.',
        );
      const audit = auditContextOf(actor);
      const next = await formClusterYear(
        manager,
        {
          clusterId: year.cluster_id,
          year: year.year + 1,
          memberUnitIds: memberIds,
          leaderUnitId: command.nextLeaderUnitId,
          ...(command.nextDeputyUnitId === undefined
            ? {}
            : { deputyUnitId: command.nextDeputyUnitId }),
        },
        audit,
      );
      await manager.query(
        `UPDATE cluster_years SET status = 'HANDED_OVER', next_leader_unit_id = $2, handed_over_at = now(), updated_at = now()
          WHERE id = $1`,
        [year.id, command.nextLeaderUnitId],
      );
      await appendAudit(manager, {
        action: 'cluster-year.handed-over',
        ...audit,
        entityType: 'cluster-year',
        entityId: year.id,
        unitId: year.organizer_unit_id,
        before: { leaderUnitId: year.leader_unit_id },
        after: { nextLeaderUnitId: command.nextLeaderUnitId, nextYearId: next.id },
      });
      return { nextYearId: next.id };
    });
  }
}
