import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { percentile, round } from './stats';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const EventType = temporal.api.enums.v1.EventType;

/**
 * What the server recorded for a set of workflows: history events and state transitions per
 * workflow (as Temporal's own load tools count them), and how long tasks waited in their queues for a
 * worker (schedule-to-start), read exactly from the events' times.
 */
export interface HistoryFacts {
  workflows: number;
  eventsPerWorkflow: number;
  stateTransitionsPerWorkflow: number;
  /** Events by type in the first workflow's history: where the events come from. */
  eventTypes: Record<string, number>;
  scheduleToStart: {
    workflowTaskP50Ms: number;
    workflowTaskP99Ms: number;
    activityP50Ms: number;
    activityP99Ms: number;
    workflowTasks: number;
    activities: number;
  };
}

export async function historyFacts(
  client: Client,
  workflowIds: readonly string[],
): Promise<HistoryFacts> {
  let events = 0;
  let transitions = 0;
  let eventTypes: Record<string, number> = {};
  const workflowTaskWaits: number[] = [];
  const activityWaits: number[] = [];
  for (const [index, workflowId] of workflowIds.entries()) {
    const handle = client.workflow.getHandle(workflowId);
    const [{ raw }, history] = await Promise.all([handle.describe(), handle.fetchHistory()]);
    const list = history.events ?? [];
    events += list.length;
    transitions += Number(raw.workflowExecutionInfo?.stateTransitionCount ?? 0);
    if (index === 0) eventTypes = countByType(list);
    collectWaits(list, workflowTaskWaits, activityWaits);
  }
  const count = Math.max(1, workflowIds.length);
  return {
    workflows: workflowIds.length,
    eventsPerWorkflow: round(events / count),
    stateTransitionsPerWorkflow: round(transitions / count),
    eventTypes,
    scheduleToStart: {
      workflowTaskP50Ms: round(percentile(workflowTaskWaits, 50)),
      workflowTaskP99Ms: round(percentile(workflowTaskWaits, 99)),
      activityP50Ms: round(percentile(activityWaits, 50)),
      activityP99Ms: round(percentile(activityWaits, 99)),
      workflowTasks: workflowTaskWaits.length,
      activities: activityWaits.length,
    },
  };
}

function millis(event: HistoryEvent): number {
  const time = event.eventTime;
  return Number(time?.seconds ?? 0) * 1000 + (time?.nanos ?? 0) / 1e6;
}

/** Each workflow task's and activity task's wait from Scheduled to Started. */
function collectWaits(list: HistoryEvent[], workflowTasks: number[], activities: number[]): void {
  const byId = new Map(list.map((event) => [Number(event.eventId), event]));
  for (const event of list) {
    if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED) {
      const scheduled = byId.get(
        Number(event.workflowTaskStartedEventAttributes?.scheduledEventId),
      );
      if (scheduled) workflowTasks.push(millis(event) - millis(scheduled));
    } else if (event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED) {
      const scheduled = byId.get(
        Number(event.activityTaskStartedEventAttributes?.scheduledEventId),
      );
      if (scheduled) activities.push(millis(event) - millis(scheduled));
    }
  }
}

function countByType(list: HistoryEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of list) {
    const type = (EventType[event.eventType ?? 0] ?? 'unknown').replace(/^EVENT_TYPE_/, '');
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}
