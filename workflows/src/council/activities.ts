import { proxyActivities } from '@temporalio/workflow';
import {
  type CouncilActivities,
  type InboxActivities,
  type NotificationActivities,
  nonRetryable,
} from '@tdkt/contracts';
import { holdingForAdministrator } from '../shared/hold-for-administrator';

/**
 * Read-model writes, minutes, inbox and notifications: retried with backoff until they succeed; one
 * that fails on its input is held for an administrator.
 */
export const meetingActivities = holdingForAdministrator(
  proxyActivities<CouncilActivities & InboxActivities & NotificationActivities>({
    startToCloseTimeout: '1 minute',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '2 minutes',
      nonRetryableErrorTypes: nonRetryable('COUNCIL_MEETING_NOT_FOUND'),
    },
  }),
);
