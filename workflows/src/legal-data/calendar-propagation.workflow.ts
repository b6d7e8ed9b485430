import { proxyActivities } from '@temporalio/workflow';
import {
  calendarChangedSignal,
  type CalendarPropagationInput,
  type CalendarPropagationResult,
  type LegalDataActivities,
} from '@tdkt/contracts';
import { signalQuietly } from '../shared/signal-quietly';

const { listCalendarDependents } = proxyActivities<LegalDataActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Tells every running workflow with pending working-day deadlines that a holiday schedule was
 * published (one run per publication, workflow id `legal-data-calendar-<revision>`). Each receiver
 * recomputes its own deadlines through its scheduling activity and moves only what changed, so the
 * signal is safe to deliver twice.
 */
export async function calendarPropagationWorkflow(
  input: CalendarPropagationInput,
): Promise<CalendarPropagationResult> {
  const { workflowIds } = await listCalendarDependents({ year: input.year });
  const change = { revision: input.revision, year: input.year, document: input.document };
  let signalled = 0;
  for (const workflowId of workflowIds) {
    if (await signalQuietly(workflowId, calendarChangedSignal, change)) signalled += 1;
  }
  return { signalled, gone: workflowIds.length - signalled };
}
