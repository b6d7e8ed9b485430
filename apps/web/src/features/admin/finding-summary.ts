import type { StuckFinding } from '@tdkt/contracts';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../format/format';
import { findingHeadline } from './finding-headline';

/**
 * A finding as the drawer explains it, built from its evidence in the interface's language: what was
 * being done (the activity's name, never its code), since when and what comes next, in Vietnam time.
 * The codes and raw messages stay in the evidence table below it.
 */
export function findingSummary(t: TFunction, finding: StuckFinding): string {
  return [findingHeadline(t, finding), ...details(t, finding)].join(' ');
}

function details(t: TFunction, finding: StuckFinding): string[] {
  switch (finding.reason) {
    case 'held-for-administrator':
      return [t('findingDetails.heldNext', { since: formatDateTime(finding.evidence.heldSince) })];
    case 'activity-retrying': {
      const { nextAttemptAt } = finding.evidence;
      return [
        ...(finding.since
          ? [t('findingDetails.retryingSince', { since: formatDateTime(finding.since) })]
          : []),
        ...(nextAttemptAt
          ? [t('findingDetails.nextAttempt', { at: formatDateTime(nextAttemptAt) })]
          : []),
      ];
    }
    case 'task-overdue':
      return [t('findingDetails.overdueDue', { due: formatDateTime(finding.evidence.dueAt) })];
    case 'workflow-task-failing': {
      const since = finding.evidence.failingSince ?? finding.since;
      return since ? [t('findingDetails.workflowTaskSince', { since: formatDateTime(since) })] : [];
    }
    case 'no-progress':
      return [];
    case 'awaited-workflow-closed': {
      const { closedAt } = finding.evidence;
      return closedAt
        ? [t('findingDetails.awaitedClosedAt', { at: formatDateTime(closedAt) })]
        : [];
    }
  }
}
