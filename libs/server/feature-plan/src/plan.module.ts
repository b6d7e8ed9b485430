import { Module } from '@nestjs/common';
import { EditDraftPlanUseCase } from './edit-draft-plan/edit-draft-plan.use-case';
import { ClosePlanUseCase } from './engine/close-plan/close-plan.use-case';
import { ComputePlanScheduleUseCase } from './engine/compute-plan-schedule/compute-plan-schedule.use-case';
import { CreateNextYearDraftUseCase } from './engine/create-next-year-draft/create-next-year-draft.use-case';
import { RecordPlanItemCompletionUseCase } from './engine/record-plan-item-completion/record-plan-item-completion.use-case';
import { RecordPlanItemRevisionUseCase } from './engine/record-plan-item-revision/record-plan-item-revision.use-case';
import { RecordPlanWindowUseCase } from './engine/record-plan-window/record-plan-window.use-case';
import { RecordQuarterSummaryUseCase } from './engine/record-quarter-summary/record-quarter-summary.use-case';
import { ImportPlanUseCase } from './import/import-plan/import-plan.use-case';
import { IssuePlanUseCase } from './issue/issue-plan/issue-plan.use-case';
import { AddPlanItemUseCase } from './items/add-plan-item/add-plan-item.use-case';
import { CompletePlanItemUseCase } from './items/complete-plan-item/complete-plan-item.use-case';
import { EditPlanItemUseCase } from './items/edit-plan-item/edit-plan-item.use-case';
import { PlanAudience } from './plan-audience';
import { PlanUnits } from './plan-units';
import { GetPlanWindowUseCase } from './read/get-plan-window/get-plan-window.use-case';
import { GetPlanUseCase } from './read/get-plan/get-plan.use-case';
import { SimulatePlanUseCase } from './read/simulate-plan/simulate-plan.use-case';
import { ListPlanItemsUseCase } from './read/list-plan-items/list-plan-items.use-case';
import { ListPlansUseCase } from './read/list-plans/list-plans.use-case';
import { ListQuarterSummariesUseCase } from './read/list-quarter-summaries/list-quarter-summaries.use-case';
import { ListEmulationRegistrationsUseCase } from './registration/list-emulation-registrations/list-emulation-registrations.use-case';
import { RegisterForEmulationUseCase } from './registration/register-for-emulation/register-for-emulation.use-case';

const USE_CASES = [
  ImportPlanUseCase,
  IssuePlanUseCase,
  EditDraftPlanUseCase,
  AddPlanItemUseCase,
  EditPlanItemUseCase,
  CompletePlanItemUseCase,
  GetPlanUseCase,
  SimulatePlanUseCase,
  ListPlansUseCase,
  ListPlanItemsUseCase,
  ListQuarterSummariesUseCase,
  GetPlanWindowUseCase,
  RegisterForEmulationUseCase,
  ListEmulationRegistrationsUseCase,
  ComputePlanScheduleUseCase,
  RecordPlanItemCompletionUseCase,
  RecordPlanItemRevisionUseCase,
  RecordQuarterSummaryUseCase,
  RecordPlanWindowUseCase,
  CreateNextYearDraftUseCase,
  ClosePlanUseCase,
];

/**
 * Yearly plan use cases: import, issue, edit and complete (for the API), read models, and the
 * recorders the plan workflow's activities call. Needs a Temporal Client (TemporalClientModule).
 */
@Module({
  providers: [PlanUnits, PlanAudience, ...USE_CASES],
  exports: [PlanAudience, ...USE_CASES],
})
export class PlanModule {}
