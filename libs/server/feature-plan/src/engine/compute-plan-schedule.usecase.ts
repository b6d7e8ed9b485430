import { Injectable } from '@nestjs/common';
import { planSchedule, type PlanSchedule, type PlanScheduleRequest } from '@tdkt/domain';

/**
 * Every timer instant of a plan from the working-day calendar of this release. Run as an activity,
 * so a later release with new holiday data does not change what a running plan already decided.
 */
@Injectable()
export class ComputePlanScheduleUseCase {
  execute(request: PlanScheduleRequest): PlanSchedule {
    return planSchedule(request);
  }
}
