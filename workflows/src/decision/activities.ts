import { proxyActivities } from '@temporalio/workflow';
import { type DecisionActivities, nonRetryable } from '@tdkt/contracts';
import { holdingForAdministrator } from '../shared/hold-for-administrator';

/**
 * Numbering and documents. Typed failures (a dossier not awaiting the decision, already decided) are
 * non-retryable; anything else is retried with backoff, and the idempotency key keeps a retried issue
 * from taking a second number. Those two refusals are the callers' own: the dossier's decision stage
 * waits for the batch that decided it, and a batch decision fails with the code the API answers.
 * Other failures on their input hold the work for an administrator.
 */
export const decisions = holdingForAdministrator(
  proxyActivities<DecisionActivities>({
    startToCloseTimeout: '2 minutes',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '1 minute',
      nonRetryableErrorTypes: nonRetryable(
        'DOSSIER_NOT_AWAITING_DECISION',
        'DOSSIER_ALREADY_DECIDED',
      ),
    },
  }),
  nonRetryable('DOSSIER_NOT_AWAITING_DECISION', 'DOSSIER_ALREADY_DECIDED'),
);
