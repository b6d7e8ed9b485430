import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuarterSummary } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

/** Saves a quarter summary once; a retried write keeps the first. */
@Injectable()
export class RecordQuarterSummaryUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(summary: QuarterSummary): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO plan_quarter_summaries (plan_id, quarter, as_of, totals, owners, items)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (plan_id, quarter) DO NOTHING
         RETURNING id`,
        [
          summary.planId,
          summary.quarter,
          summary.asOf,
          JSON.stringify(summary.totals),
          JSON.stringify(summary.owners),
          JSON.stringify(summary.items),
        ],
      );
      if (row === undefined) return;
      await appendAudit(manager, {
        action: 'plan.quarter.summarized',
        entityType: 'plan',
        entityId: summary.planId,
        actorKind: 'worker',
        after: { quarter: summary.quarter, asOf: summary.asOf, totals: summary.totals },
        idempotencyKey: `plan:${summary.planId}:quarter:${summary.quarter}:summarized`,
      });
    });
  }
}
