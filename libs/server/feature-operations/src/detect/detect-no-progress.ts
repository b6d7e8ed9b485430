import type { StuckFinding } from '@tdkt/contracts';
import { vietnamDateTimeText } from '@tdkt/domain';
import type { OperationsSettings } from '../settings/operations-settings';
import type { WorkflowFacts } from './workflow-facts';

/**
 * True when the workflow waits on nothing that will move it by itself or by a person: no activity,
 * no workflow task, no open task, no timer, no running workflow it waits for. Timers need the
 * history; `pendingTimers` null means it has not been read (the caller reads it only when needed).
 */
export function waitsOnNothing(facts: WorkflowFacts): boolean {
  return (
    facts.pendingActivities.length === 0 &&
    facts.pendingWorkflowTask === null &&
    facts.openTasks.length === 0 &&
    !facts.awaited.some((awaited) => awaited.status === 'RUNNING') &&
    (facts.pendingTimers === null || facts.pendingTimers === 0)
  );
}

/** Seconds since the workflow's last progress (its start when it recorded none). */
export function idleSeconds(facts: WorkflowFacts, now: Date): number {
  const last = facts.lastProgressAt ?? facts.startedAt;
  return Math.floor((now.getTime() - last.getTime()) / 1000);
}

/**
 * No event for longer than allowed while waiting on nothing legitimate (e.g. a dossier awaiting a
 * council no meeting has put it on, or a forwarded dossier whose outcome never came back).
 */
export function detectNoProgress(
  facts: WorkflowFacts,
  now: Date,
  settings: Pick<OperationsSettings, 'noProgressAfterSeconds'>,
): StuckFinding[] {
  if (facts.pendingTimers === null || !waitsOnNothing(facts)) return [];
  const idle = idleSeconds(facts, now);
  if (idle <= settings.noProgressAfterSeconds) return [];
  const last = (facts.lastProgressAt ?? facts.startedAt).toISOString();
  const hours = Math.round((idle / 3600) * 10) / 10;
  return [
    {
      reason: 'no-progress',
      since: last,
      summary: {
        vi: `Không có sự kiện nào từ ${vietnamDateTimeText(last)} (giờ Việt Nam, ${hours} giờ) và không chờ nhiệm vụ, hẹn giờ hay quy trình nào`,
        en: `No event since ${vietnamDateTimeText(last)} (Vietnam time, ${hours} h), waiting on no task, timer or workflow`,
      },
      evidence: {
        lastEventAt: last,
        idleSeconds: idle,
        allowedSeconds: settings.noProgressAfterSeconds,
      },
    },
  ];
}
