import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuarterSummary } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { type PlanPerson, PlanAudience } from '../../plan-audience';
import { loadPlan } from '../../plan-records';
import type { QuarterSummaryView } from '../plan-views';

/** The quarter summaries a plan has produced so far, Q1 first: per-owner tallies and per-item outcomes. */
@Injectable()
export class ListQuarterSummariesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: PlanAudience,
  ) {}

  /** `reader`: the person asking (the API always names one); omitted by trusted callers only. */
  async execute(query: { planId: string; reader?: PlanPerson }): Promise<QuarterSummaryView[]> {
    const plan = await loadPlan(this.dataSource.manager, query.planId);
    if (query.reader) await this.audience.assertCanRead(query.reader, plan);
    const rows = await this.dataSource.query<
      (Pick<QuarterSummary, 'quarter' | 'totals' | 'owners' | 'items'> & {
        as_of: string;
        created_at: Date;
      })[]
    >(
      `SELECT quarter, as_of::text AS as_of, totals, owners, items, created_at
         FROM plan_quarter_summaries WHERE plan_id = $1 ORDER BY quarter`,
      [plan.id],
    );
    return rows.map((row) => ({
      quarter: row.quarter,
      asOf: row.as_of,
      totals: row.totals,
      owners: row.owners,
      items: row.items,
      createdAt: row.created_at.toISOString(),
    }));
  }
}
