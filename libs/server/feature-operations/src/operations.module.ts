import { type DynamicModule, Module } from '@nestjs/common';
import { AccessPolicy } from '@tdkt/server-feature-identity';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { CancelBulkRepairUseCase } from './bulk/cancel-bulk-repair/cancel-bulk-repair.use-case';
import { GetBulkRepairUseCase } from './bulk/get-bulk-repair/get-bulk-repair.use-case';
import { PlanBulkRepairUseCase } from './bulk/plan-bulk-repair/plan-bulk-repair.use-case';
import { ResendReminderUseCase } from './bulk/resend-reminder/resend-reminder.use-case';
import { StartBulkRepairUseCase } from './bulk/start-bulk-repair/start-bulk-repair.use-case';
import { WorkflowEngine } from './engine/workflow-engine';
import { StuckCensusHistoryUseCase } from './monitor/stuck-census-history/stuck-census-history.use-case';
import { OperationsReadModel } from './read-model/operations-read-model';
import { CancelWorkflowUseCase } from './repairs/cancel-workflow/cancel-workflow.use-case';
import { ReassignTaskUseCase } from './repairs/reassign-task/reassign-task.use-case';
import { RepairTargets } from './repairs/repair-target';
import { ResetWorkflowUseCase } from './repairs/reset-workflow/reset-workflow.use-case';
import { RetryActivitiesUseCase } from './repairs/retry-activities/retry-activities.use-case';
import { TerminateWorkflowUseCase } from './repairs/terminate-workflow/terminate-workflow.use-case';
import { FindStuckWorkflowsUseCase } from './scan/find-stuck-workflows/find-stuck-workflows.use-case';
import { InspectWorkflowUseCase } from './scan/inspect-workflow/inspect-workflow.use-case';
import { ListStuckWorkflowsPageUseCase } from './scan/list-stuck-workflows-page/list-stuck-workflows-page.use-case';
import { StuckWorkflowJudge } from './scan/stuck-workflow-judge';
import { WorkflowFactsCollector } from './scan/workflow-facts-collector';
import { OperatorScopes } from './scope/operator-scope';
import { OperationsSettings } from './settings/operations-settings';

const PROVIDERS = [
  AccessPolicy,
  OperatorScopes,
  WorkflowEngine,
  OperationsReadModel,
  WorkflowFactsCollector,
  RepairTargets,
  StuckWorkflowJudge,
  FindStuckWorkflowsUseCase,
  ListStuckWorkflowsPageUseCase,
  InspectWorkflowUseCase,
  RetryActivitiesUseCase,
  ResetWorkflowUseCase,
  CancelWorkflowUseCase,
  TerminateWorkflowUseCase,
  ReassignTaskUseCase,
  PlanBulkRepairUseCase,
  StartBulkRepairUseCase,
  GetBulkRepairUseCase,
  CancelBulkRepairUseCase,
  ResendReminderUseCase,
  StuckCensusHistoryUseCase,
];

/**
 * Finding and repairing stuck workflows, for the API and the worker. The worker adds the use cases
 * that deliver notifications (OPERATIONS_WORKER_PROVIDERS), which need its delivery settings; the
 * API adds its metrics (OperationsMetrics).
 */
@Module({})
export class OperationsModule {
  static forRoot(settings: OperationsSettings): DynamicModule {
    return {
      module: OperationsModule,
      imports: [InboxModule],
      providers: [{ provide: OperationsSettings, useValue: settings }, ...PROVIDERS],
      exports: [OperationsSettings, ...PROVIDERS],
    };
  }
}
