import type { StuckFinding, TaskHolder } from '@tdkt/contracts';

/** A line of technical evidence: what it is (a message key) and its value as shown. */
export interface EvidenceLine {
  label:
    | 'activity'
    | 'attempt'
    | 'lastFailure'
    | 'lastAttempt'
    | 'nextAttempt'
    | 'failureType'
    | 'message'
    | 'heldSince'
    | 'cause'
    | 'failingSince'
    | 'task'
    | 'dueAt'
    | 'overdueBy'
    | 'heldBy'
    | 'lastEvent'
    | 'idle'
    | 'awaited'
    | 'awaitedStatus'
    | 'closedAt';
  value: string;
  /** Shown as code: a message from PostgreSQL, an activity's name. */
  code?: boolean;
  /** An instant, formatted by the screen in Vietnam time. */
  instant?: boolean;
}

/** Who holds a task: a person's name, or the role on a unit and the names of those holding it. */
export function holderText(holder: TaskHolder, roleName: (role: string) => string): string {
  if (holder.kind === 'person') return holder.name;
  const people = holder.people.length > 0 ? ` (${holder.people.join(', ')})` : '';
  return `${roleName(holder.role)} – ${holder.unitName}${people}`;
}

/** The evidence of a finding, in the order an administrator reads it. */
export function evidenceLines(
  finding: StuckFinding,
  roleName: (role: string) => string,
): EvidenceLine[] {
  switch (finding.reason) {
    case 'activity-retrying': {
      const e = finding.evidence;
      return [
        { label: 'activity', value: e.activityType, code: true },
        {
          label: 'attempt',
          value: e.maximumAttempts > 0 ? `${e.attempt}/${e.maximumAttempts}` : String(e.attempt),
        },
        ...(e.lastFailure
          ? [{ label: 'lastFailure' as const, value: e.lastFailure, code: true }]
          : []),
        ...(e.lastAttemptAt
          ? [{ label: 'lastAttempt' as const, value: e.lastAttemptAt, instant: true }]
          : []),
        ...(e.nextAttemptAt
          ? [{ label: 'nextAttempt' as const, value: e.nextAttemptAt, instant: true }]
          : []),
      ];
    }
    case 'held-for-administrator': {
      const e = finding.evidence;
      return [
        { label: 'activity', value: e.activityType, code: true },
        { label: 'failureType', value: e.failureType, code: true },
        { label: 'message', value: e.message, code: true },
        { label: 'heldSince', value: e.heldSince, instant: true },
      ];
    }
    case 'workflow-task-failing': {
      const e = finding.evidence;
      return [
        { label: 'attempt', value: String(e.attempt) },
        { label: 'cause', value: e.cause, code: true },
        ...(e.message ? [{ label: 'message' as const, value: e.message, code: true }] : []),
        ...(e.failingSince
          ? [{ label: 'failingSince' as const, value: e.failingSince, instant: true }]
          : []),
      ];
    }
    case 'task-overdue': {
      const e = finding.evidence;
      return [
        { label: 'task', value: e.taskType, code: true },
        { label: 'dueAt', value: e.dueAt, instant: true },
        { label: 'overdueBy', value: `${e.workingDaysOverdue}/${e.allowedWorkingDays}` },
        { label: 'heldBy', value: holderText(e.heldBy, roleName) },
      ];
    }
    case 'no-progress': {
      const e = finding.evidence;
      return [
        { label: 'lastEvent', value: e.lastEventAt, instant: true },
        {
          label: 'idle',
          value: `${Math.round(e.idleSeconds / 3600)}/${Math.round(e.allowedSeconds / 3600)}`,
        },
      ];
    }
    case 'awaited-workflow-closed': {
      const e = finding.evidence;
      return [
        { label: 'awaited', value: e.workflowId, code: true },
        { label: 'awaitedStatus', value: e.status, code: true },
        ...(e.closedAt ? [{ label: 'closedAt' as const, value: e.closedAt, instant: true }] : []),
      ];
    }
  }
}

/** How long something has lasted, as a count and a unit an official reads at a glance. */
export function durationSince(
  since: string | null,
  now: number,
): { count: number; unit: 'seconds' | 'minutes' | 'hours' | 'days' } | null {
  if (since === null) return null;
  const seconds = Math.max(0, Math.round((now - Date.parse(since)) / 1000));
  if (seconds < 120) return { count: seconds, unit: 'seconds' };
  if (seconds < 2 * 3600) return { count: Math.floor(seconds / 60), unit: 'minutes' };
  if (seconds < 2 * 86_400) return { count: Math.floor(seconds / 3600), unit: 'hours' };
  return { count: Math.floor(seconds / 86_400), unit: 'days' };
}

/** The repairs that make sense for a finding, first the one an administrator would try first. */
export function suggestedRepairs(
  reasons: readonly string[],
): ('retry' | 'reset' | 'remind' | 'cancel' | 'terminate')[] {
  const repairs: ('retry' | 'reset' | 'remind' | 'cancel' | 'terminate')[] = [];
  if (reasons.includes('held-for-administrator') || reasons.includes('activity-retrying'))
    repairs.push('retry');
  if (reasons.includes('workflow-task-failing')) repairs.push('reset');
  if (reasons.includes('task-overdue')) repairs.push('remind');
  return [
    ...repairs,
    ...(['reset', 'cancel', 'terminate'] as const).filter((r) => !repairs.includes(r)),
  ];
}
