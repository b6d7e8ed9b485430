import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { workflowAudit } from '../workflow-audit';

/** A member's head signed the year's pact; a retry records nothing more. */
@Injectable()
export class RecordPactSignatureUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(request: {
    clusterYearId: string;
    unitId: string;
    signedBy: string;
    signedAt: string;
  }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const updated = await manager.query<unknown[]>(
        `UPDATE cluster_members SET pact_signed_by = $3, pact_signed_at = $4
          WHERE cluster_year_id = $1 AND unit_id = $2 AND pact_signed_at IS NULL RETURNING unit_id`,
        [request.clusterYearId, request.unitId, request.signedBy, request.signedAt],
      );
      if (updated.length === 0) return;
      await appendAudit(manager, {
        action: 'cluster-year.pact-signed',
        ...workflowAudit(request.clusterYearId, `pact:${request.unitId}`, request.signedBy),
        unitId: request.unitId,
        after: { unitId: request.unitId, signedAt: request.signedAt },
      });
    });
  }
}
