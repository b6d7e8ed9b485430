import { Module } from '@nestjs/common';
import { EditDraftPlanUseCase } from './draft/edit-draft-plan.usecase';
import { ClosePlanUseCase } from './engine/close-plan.usecase';
import { ComputePlanScheduleUseCase } from './engine/compute-plan-schedule.usecase';
import { CreateNextYearDraftUseCase } from './engine/create-next-year-draft.usecase';
import { RecordPlanItemCompletionUseCase } from './engine/record-plan-item-completion.usecase';
import { RecordPlanItemRevisionUseCase } from './engine/record-plan-item-revision.usecase';
import { RecordPlanWindowUseCase } from './engine/record-plan-window.usecase';
import { RecordQuarterSummaryUseCase } from './engine/record-quarter-summary.usecase';
import { ImportPlanUseCase } from './import/import-plan.usecase';
import { IssuePlanUseCase } from './issue/issue-plan.usecase';
import { AddPlanItemUseCase } from './items/add-plan-item.usecase';
import { CompletePlanItemUseCase } from './items/complete-plan-item.usecase';
import { EditPlanItemUseCase } from './items/edit-plan-item.usecase';
import { PlanAudience } from './plan-audience';
import { PlanUnits } from './plan-units';
import { GetPlanWindowUseCase } from './read/get-plan-window.usecase';
import { GetPlanUseCase } from './read/get-plan.usecase';
import { SimulatePlanUseCase } from './read/simulate-plan.usecase';
import { ListPlanItemsUseCase } from './read/list-plan-items.usecase';
import { ListPlansUseCase } from './read/list-plans.usecase';
import { ListQuarterSummariesUseCase } from './read/list-quarter-summaries.usecase';
import { ListEmulationRegistrationsUseCase } from './registration/list-emulation-registrations.usecase';
import { RegisterForEmulationUseCase } from './registration/register-for-emulation.usecase';

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
