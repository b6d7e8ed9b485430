import type { PlanActivities } from '@tdkt/contracts';
import type {
  ClosePlanUseCase,
  ComputePlanScheduleUseCase,
  CreateNextYearDraftUseCase,
  RecordPlanItemCompletionUseCase,
  RecordPlanItemRevisionUseCase,
  RecordPlanWindowUseCase,
  RecordQuarterSummaryUseCase,
} from '@tdkt/server-feature-plan';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface PlanActivityDependencies {
  computePlanSchedule: Pick<ComputePlanScheduleUseCase, 'execute'>;
  recordPlanItemCompletion: Pick<RecordPlanItemCompletionUseCase, 'execute'>;
  recordPlanItemRevision: Pick<RecordPlanItemRevisionUseCase, 'execute'>;
  recordQuarterSummary: Pick<RecordQuarterSummaryUseCase, 'execute'>;
  recordPlanWindow: Pick<RecordPlanWindowUseCase, 'execute'>;
  createNextYearDraft: Pick<CreateNextYearDraftUseCase, 'execute'>;
  closePlan: Pick<ClosePlanUseCase, 'execute'>;
}

/** Activities of the yearly plan workflow; each calls one use case and is safe to retry. */
export function createPlanActivities(deps: PlanActivityDependencies): PlanActivities {
  return {
    computePlanSchedule: (request) =>
      failingFastOnBadInput(() => deps.computePlanSchedule.execute(request)),
    recordPlanItemCompletion: (request) =>
      failingFastOnBadInput(() => deps.recordPlanItemCompletion.execute(request)),
    recordPlanItemRevision: (request) =>
      failingFastOnBadInput(() => deps.recordPlanItemRevision.execute(request)),
    recordQuarterSummary: (summary) =>
      failingFastOnBadInput(() => deps.recordQuarterSummary.execute(summary)),
    recordPlanWindow: (record) =>
      failingFastOnBadInput(() => deps.recordPlanWindow.execute(record)),
    createNextYearDraft: (request) =>
      failingFastOnBadInput(() => deps.createNextYearDraft.execute(request)),
    closePlan: (request) => failingFastOnBadInput(() => deps.closePlan.execute(request)),
  };
}
