import { Injectable } from '@nestjs/common';
import { planSchedule, type PlanSchedule, type PlanScheduleRequest } from '@tdkt/domain';
import { EffectiveLegalData } from '@tdkt/server-feature-legal-data';

/**
 * Every timer instant of a plan from the working-day calendar in effect (this release's schedules and
 * every published one). Run as an activity, so what a running plan decided is recorded; a later
 * publication reaches it as a signal and is computed here again.
 */
@Injectable()
export class ComputePlanScheduleUseCase {
  constructor(private readonly legalData: EffectiveLegalData) {}

  async execute(request: PlanScheduleRequest): Promise<PlanSchedule> {
    return planSchedule(request, await this.legalData.calendar());
  }
}
