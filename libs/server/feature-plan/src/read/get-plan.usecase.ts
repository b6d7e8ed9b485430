import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadPlan, loadPlanItems } from '../plan-records';
import { planView, vietnamToday, type PlanView } from './plan-views';

/** A plan with all its items and each item's outcome as of today. */
@Injectable()
export class GetPlanUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: { planId: string }): Promise<PlanView> {
    const plan = await loadPlan(this.dataSource.manager, query.planId);
    return planView(plan, await loadPlanItems(this.dataSource.manager, plan.id), vietnamToday());
  }
}
