import { proxyActivities } from '@temporalio/workflow';
import {
  type InboxActivities,
  type NotificationActivities,
  type PlanActivities,
  nonRetryable,
} from '@tdkt/contracts';
import { holdingForAdministrator } from '../shared/hold-for-administrator';

export const { computePlanSchedule } = proxyActivities<Pick<PlanActivities, 'computePlanSchedule'>>(
  {
    startToCloseTimeout: '10 seconds',
    // Pure computation: a failure is a bad request, and retrying cannot fix it.
    retry: { maximumAttempts: 3, nonRetryableErrorTypes: nonRetryable('DOMAIN_VALIDATION_FAILED') },
  },
);

// The read model must eventually hold what the plan did: retry through database outages, and hold
// for an administrator what fails on its input.
export const readModel = holdingForAdministrator(
  proxyActivities<Omit<PlanActivities, 'computePlanSchedule'>>({
    startToCloseTimeout: '30 seconds',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '1 minute',
      nonRetryableErrorTypes: nonRetryable('PLAN_NOT_FOUND', 'VALIDATION_FAILED'),
    },
  }),
);

export const inbox = holdingForAdministrator(
  proxyActivities<InboxActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  }),
);

export const { sendNotification } = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '2 minutes',
  // About an hour of retries (SMTP or a webhook down); then the plan records the failure and goes on.
  retry: {
    initialInterval: '10 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    maximumAttempts: 10,
    nonRetryableErrorTypes: nonRetryable('VALIDATION_FAILED'),
  },
});
