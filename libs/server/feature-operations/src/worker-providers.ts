import { RepairWorkflowUseCase } from './bulk/repair-workflow/repair-workflow.use-case';
import { AlertStuckThresholdUseCase } from './monitor/alert-stuck-threshold/alert-stuck-threshold.use-case';
import { TakeStuckCensusUseCase } from './monitor/take-stuck-census/take-stuck-census.use-case';
import { RemindTaskHoldersUseCase } from './repairs/remind-task-holders/remind-task-holders.use-case';

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
