import { Context } from '@temporalio/activity';
import type { OperationsActivities } from '@tdkt/contracts';
import type {
  AlertStuckThresholdUseCase,
  RepairWorkflowUseCase,
  TakeStuckCensusUseCase,
} from '@tdkt/server-feature-operations';
import { failingFastOnBadInput } from '../shared/application-failures';

export interface OperationsActivityDependencies {
  takeStuckCensus: TakeStuckCensusUseCase;
  alertStuckThreshold: AlertStuckThresholdUseCase;
  repairWorkflow: RepairWorkflowUseCase;
}

/** Activities of the stuck monitor and of bulk repairs. */
export function createOperationsActivities(
  deps: OperationsActivityDependencies,
): OperationsActivities {
  return {
    takeStuckCensus: () => deps.takeStuckCensus.execute(censusKey()),
    alertStuckThreshold: (alert) => deps.alertStuckThreshold.execute(alert),
    repairWorkflow: (command) => failingFastOnBadInput(() => deps.repairWorkflow.execute(command)),
  };
}

/** The round's key: the monitor's run and the activity's id, the same on every retry of the round. */
function censusKey(): string {
  const { workflowExecution, activityId } = Context.current().info;
  return `${workflowExecution?.runId ?? 'standalone'}:${activityId}`;
}
