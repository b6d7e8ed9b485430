import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanItemOutcome, Quarter } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { type PlanPerson, PlanAudience } from '../../plan-audience';
import { loadPlan, loadPlanItems } from '../../plan-records';
import { planItemView, vietnamToday, type PlanItemView } from '../plan-views';

export interface ListPlanItemsQuery {
  planId: string;
  quarter?: Quarter;
  ownerUnitId?: string;
  outcome?: PlanItemOutcome;
  /** The person asking (the API always names one); omitted by trusted callers only. */
  reader?: PlanPerson;
}

/** A plan's items, filtered by quarter, owner or outcome as of today. */
@Injectable()
export class ListPlanItemsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: PlanAudience,
  ) {}

  async execute(query: ListPlanItemsQuery): Promise<PlanItemView[]> {
    const plan = await loadPlan(this.dataSource.manager, query.planId);
    if (query.reader) await this.audience.assertCanRead(query.reader, plan);
    const today = vietnamToday();
    return (await loadPlanItems(this.dataSource.manager, plan.id))
      .map((item) => planItemView(item, today))
      .filter(
        (item) =>
          (query.quarter === undefined || item.quarter === query.quarter) &&
          (query.ownerUnitId === undefined || item.owner.unitId === query.ownerUnitId) &&
          (query.outcome === undefined || item.outcome === query.outcome),
      );
  }
}
