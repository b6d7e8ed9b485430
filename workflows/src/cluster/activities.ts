import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import {
  ActivityFailureType,
  type ClusterActivities,
  type DossierActivities,
  type InboxActivities,
  nonRetryable,
  type NotificationActivities,
} from '@tdkt/contracts';
import { holdingForAdministrator } from '../shared/hold-for-administrator';

/** Retried through outages; one that fails on its input is held for an administrator. */
export const activities = holdingForAdministrator(
  proxyActivities<ClusterActivities & InboxActivities & NotificationActivities>({
    startToCloseTimeout: '1 minute',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '2 minutes',
      nonRetryableErrorTypes: nonRetryable(
        'CLUSTER_YEAR_NOT_FOUND',
        'CLUSTER_SCORING_TABLE_NOT_FOUND',
      ),
    },
  }),
);

/** Working-day arithmetic, shared with the dossier's steps: a local activity, recorded in history. */
export const calendar = proxyLocalActivities<Pick<DossierActivities, 'scheduleStep'>>({
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '30 seconds',
    nonRetryableErrorTypes: nonRetryable(ActivityFailureType.invalidInput),
  },
});
