import type { HumanStepHost } from './host';
import type { OpenStep } from './open-steps';
import { closeTaskCommand } from './task';

/** Closes every task still open, e.g. when the subject is withdrawn or cancelled. */
export async function cancelOpenSteps<Step extends OpenStep>(
  host: HumanStepHost<Step>,
): Promise<void> {
  for (const step of host.steps.all()) {
    const closing = host.inbox.closeTask(
      closeTaskCommand(host.workflowId, step.taskKey, { kind: 'cancelled' }),
    );
    if (closing !== undefined) await closing;
    host.steps.remove(step.taskKey);
  }
}
