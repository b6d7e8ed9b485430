import { type DynamicModule, Module } from '@nestjs/common';
import { AccessPolicy } from '@tdkt/server-feature-identity';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { CancelBulkRepairUseCase } from './bulk/cancel-bulk-repair.usecase';
import { GetBulkRepairUseCase } from './bulk/get-bulk-repair.usecase';
import { PlanBulkRepairUseCase } from './bulk/plan-bulk-repair.usecase';
import { ResendReminderUseCase } from './bulk/resend-reminder.usecase';
import { StartBulkRepairUseCase } from './bulk/start-bulk-repair.usecase';
import { WorkflowEngine } from './engine/workflow-engine';
import { StuckCensusHistoryUseCase } from './monitor/stuck-census-history.usecase';
import { OperationsReadModel } from './read-model/operations-read-model';
import { CancelWorkflowUseCase } from './repairs/cancel-workflow.usecase';
import { ReassignTaskUseCase } from './repairs/reassign-task.usecase';
import { RepairTargets } from './repairs/repair-target';
import { ResetWorkflowUseCase } from './repairs/reset-workflow.usecase';
import { RetryActivitiesUseCase } from './repairs/retry-activities.usecase';
import { TerminateWorkflowUseCase } from './repairs/terminate-workflow.usecase';
import { FindStuckWorkflowsUseCase } from './scan/find-stuck-workflows.usecase';
import { InspectWorkflowUseCase } from './scan/inspect-workflow.usecase';
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
  FindStuckWorkflowsUseCase,
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
