import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

/** What the server counts for a set of workflows: history events and state transitions, as Temporal's load tools count them. */
export interface HistoryCounts {
  workflows: number;
  eventsPerWorkflow: number;
  stateTransitionsPerWorkflow: number;
}

/** Reads each workflow's history length and state transitions from `describe`. */
export async function historyCounts(
  client: Client,
  workflowIds: readonly string[],
): Promise<HistoryCounts> {
  let events = 0;
  let transitions = 0;
  for (const workflowId of workflowIds) {
    const { raw } = await client.workflow.getHandle(workflowId).describe();
    events += Number(raw.workflowExecutionInfo?.historyLength ?? 0);
    transitions += Number(raw.workflowExecutionInfo?.stateTransitionCount ?? 0);
  }
  const count = Math.max(1, workflowIds.length);
  return {
    workflows: workflowIds.length,
    eventsPerWorkflow: events / count,
    stateTransitionsPerWorkflow: transitions / count,
  };
}

/** How many events of each type a workflow's history holds: where the events of a dossier come from. */
export async function historyEventTypes(
  client: Client,
  workflowId: string,
): Promise<Record<string, number>> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const counts: Record<string, number> = {};
  for (const event of history.events ?? []) {
    const name = temporal.api.enums.v1.EventType[event.eventType ?? 0] ?? 'unknown';
    const type = name.replace(/^EVENT_TYPE_/, '');
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}
