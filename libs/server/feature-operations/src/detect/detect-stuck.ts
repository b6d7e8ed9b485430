import type { StuckFinding, StuckFilter } from '@tdkt/contracts';
import { HolidayCalendar } from '@tdkt/domain';
import type { OperationsSettings } from '../settings/operations-settings';
import { detectActivityRetrying } from './detect-activity-retrying';
import { detectAwaitedWorkflowClosed } from './detect-awaited-workflow-closed';
import { detectHeldForAdministrator } from './detect-held-for-administrator';
import { detectNoProgress } from './detect-no-progress';
import { detectTaskOverdue } from './detect-task-overdue';
import { detectWorkflowTaskFailing } from './detect-workflow-task-failing';
import type { WorkflowFacts } from './workflow-facts';

/**
 * Every reason the workflow is stuck for, most specific first. "No progress" is left out when work
 * held for an administrator or a closed awaited workflow already explains the silence.
 */
export function detectStuck(
  facts: WorkflowFacts,
  now: Date,
  settings: OperationsSettings,
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): StuckFinding[] {
  const held = detectHeldForAdministrator(facts);
  const awaitedClosed = detectAwaitedWorkflowClosed(facts);
  return [
    ...detectWorkflowTaskFailing(facts),
    ...held,
    ...detectActivityRetrying(facts, settings),
    ...awaitedClosed,
    ...detectTaskOverdue(facts, now, settings, calendar),
    ...(held.length > 0 || awaitedClosed.length > 0 ? [] : detectNoProgress(facts, now, settings)),
  ];
}

/** The findings an operator asked for: of one reason, and held for at least a minimum age. */
export function matchingFindings(
  findings: StuckFinding[],
  filter: Pick<StuckFilter, 'reason' | 'minAgeSeconds'>,
  now: Date,
): StuckFinding[] {
  return findings.filter(
    (finding) =>
      (filter.reason === undefined || finding.reason === filter.reason) &&
      (filter.minAgeSeconds === undefined ||
        (finding.since !== null &&
          now.getTime() - Date.parse(finding.since) >= filter.minAgeSeconds * 1000)),
  );
}
