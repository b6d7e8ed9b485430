import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { AppError, openClusterScoringSignal } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';
import { assertStage, lockClusterYear } from '../cluster-year-row';

/**
 * Year end: the standing body opens self-scoring on an adopted table version. Every member must have
 * signed the pact first (the workflow is then waiting for this signal).
 */
@Injectable()
export class OpenScoringUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async execute(clusterYearId: string, version: number, actor: Actor): Promise<void> {
    const workflowId = await this.dataSource.transaction(async (manager) => {
      const year = await lockClusterYear(manager, clusterYearId);
      assertStage(year, 'PACT_SIGNED');
      const [table] = await manager.query<unknown[]>(
        `SELECT 1 FROM cluster_scoring_tables WHERE cluster_year_id = $1 AND version = $2`,
        [clusterYearId, version],
      );
      if (table === undefined) throw new AppError('CLUSTER_SCORING_TABLE_NOT_FOUND');
      await appendAudit(manager, {
        action: 'cluster-year.scoring-opened',
        ...auditContextOf(actor),
        entityType: 'cluster-year',
        entityId: clusterYearId,
        unitId: year.organizer_unit_id,
        workflowId: year.workflow_id,
        after: { version },
      });
      return year.workflow_id;
    });
    if (workflowId === null) throw new AppError('CLUSTER_YEAR_STAGE');
    await this.temporal.workflow
      .getHandle(workflowId)
      .signal(openClusterScoringSignal, { version });
  }
}
