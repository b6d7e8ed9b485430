import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import {
  type DossierActivities,
  type InboxActivities,
  type NotificationActivities,
  nonRetryable,
  ActivityFailureType,
} from '@tdkt/contracts';
import { holdingForAdministrator } from '../shared/hold-for-administrator';

/**
 * Read-model writes, inbox and notifications: retried with backoff until PostgreSQL answers again;
 * one that fails on its input is held for an administrator.
 */
export const activities = holdingForAdministrator(
  proxyActivities<
    Omit<DossierActivities, 'scheduleStep'> & InboxActivities & NotificationActivities
  >({
    startToCloseTimeout: '30 seconds',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '2 minutes',
    },
  }),
);

/** Calendar arithmetic: pure and quick, so a local activity; its result is recorded in history. */
export const calendar = proxyLocalActivities<Pick<DossierActivities, 'scheduleStep'>>({
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '30 seconds',
    nonRetryableErrorTypes: nonRetryable(ActivityFailureType.invalidInput),
  },
});

/**
 * A step's read-model writes as a local activity: the worker writes them within the workflow task
 * (one marker in the history, no round trip through the server), retried a few times.
 */
export const readModel = proxyLocalActivities<Pick<DossierActivities, 'applyDossierChanges'>>({
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '200 milliseconds',
    backoffCoefficient: 2,
    maximumAttempts: 3,
    nonRetryableErrorTypes: ['InvalidInput'],
  },
});
