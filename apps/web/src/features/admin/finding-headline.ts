import type { StuckFinding } from '@tdkt/contracts';
import type { TFunction } from 'i18next';
import { codeLabel, roleLabel } from '../../components/labels';
import { formatDateTime } from '../../format/format';
import { holderText } from './stuck-evidence';

/**
 * A finding in one line of business words for the list (the drawer adds since when and what comes
 * next, and the technical evidence): what was being done, who is late, what is awaited.
 */
export function findingHeadline(t: TFunction, finding: StuckFinding): string {
  const activity = (type: string) => codeLabel(t, 'activities', type, type);
  switch (finding.reason) {
    case 'held-for-administrator':
      return t('headlines.held', {
        doing: activity(finding.evidence.activityType),
        cause: codeLabel(t, 'errorCodes', finding.evidence.failureType, t('headlines.invalidData')),
      });
    case 'activity-retrying':
      return t('headlines.retrying', {
        doing: activity(finding.evidence.activityType),
        count: finding.evidence.attempt,
      });
    case 'task-overdue':
      return t('headlines.overdue', {
        task: codeLabel(t, 'taskTypes', finding.evidence.taskType, finding.evidence.taskType),
        count: finding.evidence.workingDaysOverdue,
        holder: holderText(finding.evidence.heldBy, (role) => roleLabel(t, role)),
      });
    case 'workflow-task-failing':
      return t('headlines.workflowTask', { count: finding.evidence.attempt });
    case 'no-progress':
      return t('headlines.noProgress', { since: formatDateTime(finding.evidence.lastEventAt) });
    case 'awaited-workflow-closed':
      return t(
        finding.evidence.awaited === 'council-meeting'
          ? 'headlines.awaitedMeeting'
          : 'headlines.awaitedInitiative',
      );
  }
}
