import { proxyActivities } from '@temporalio/workflow';
import type { OperationsActivities } from '@tdkt/contracts';

/** The census describes every running workflow: minutes at most, retried while PostgreSQL or Temporal is away. */
export const census = proxyActivities<Pick<OperationsActivities, 'takeStuckCensus'>>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** Alerts are delivered once per crossing (keyed), so retrying them is safe. */
export const alerts = proxyActivities<Pick<OperationsActivities, 'alertStuckThreshold'>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * One repair of one workflow. A few attempts only: a repair that keeps failing is reported as failed
 * in the item's result, for the operator to look at, rather than retried for ever.
 */
export const repairs = proxyActivities<Pick<OperationsActivities, 'repairWorkflow'>>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumAttempts: 4 },
});
