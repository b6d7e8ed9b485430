import { RepairWorkflowUseCase } from './bulk/repair-workflow.usecase';
import { AlertStuckThresholdUseCase } from './monitor/alert-stuck-threshold.usecase';
import { TakeStuckCensusUseCase } from './monitor/take-stuck-census.usecase';
import { RemindTaskHoldersUseCase } from './repairs/remind-task-holders.usecase';

/**
 * The operations use cases only the worker runs: they send notifications, which need its delivery
 * settings. Provide them in a module that imports both OperationsModule and notification delivery.
 */
export const OPERATIONS_WORKER_PROVIDERS = [
  RemindTaskHoldersUseCase,
  RepairWorkflowUseCase,
  TakeStuckCensusUseCase,
  AlertStuckThresholdUseCase,
];
