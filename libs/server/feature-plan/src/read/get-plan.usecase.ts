import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PlanPerson, PlanAudience } from '../plan-audience';
import { loadPlan, loadPlanItems } from '../plan-records';
import { planView, vietnamToday, type PlanView } from './plan-views';

/** A plan with all its items and each item's outcome as of today. */
@Injectable()
export class GetPlanUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: PlanAudience,
  ) {}

  /** `reader`: the person asking (the API always names one); omitted by trusted callers only. */
  async execute(query: { planId: string; reader?: PlanPerson }): Promise<PlanView> {
    const plan = await loadPlan(this.dataSource.manager, query.planId);
    if (query.reader) await this.audience.assertCanRead(query.reader, plan);
    return planView(plan, await loadPlanItems(this.dataSource.manager, plan.id), vietnamToday());
  }
}
