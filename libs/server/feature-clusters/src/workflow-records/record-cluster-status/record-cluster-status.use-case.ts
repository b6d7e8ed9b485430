import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClusterYearStatus } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { workflowAudit } from '../workflow-audit';

/** The cluster year moved to its next stage (pact signed, scoring, reviewing); once per stage. */
@Injectable()
export class RecordClusterStatusUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: { clusterYearId: string; status: ClusterYearStatus }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query<{ status: string; leader_unit_id: string }[]>(
        `SELECT status, leader_unit_id FROM cluster_years WHERE id = $1 FOR UPDATE`,
        [request.clusterYearId],
      );
      if (before === undefined || before.status === request.status) return;
      await manager.query(
        `UPDATE cluster_years SET status = $2, updated_at = now(),
                pact_signed_at = CASE WHEN $3 THEN now() ELSE pact_signed_at END
          WHERE id = $1`,
        [request.clusterYearId, request.status, request.status === 'PACT_SIGNED'],
      );
      await appendAudit(manager, {
        action: 'cluster-year.status-changed',
        ...workflowAudit(request.clusterYearId, `status:${request.status}`),
        unitId: before.leader_unit_id,
        before: { status: before.status },
        after: { status: request.status },
      });
    });
  }
}
