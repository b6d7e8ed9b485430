import { candidatesLabel } from './candidates';
import type { OpenStep, OpenSteps } from './open-steps';

/**
 * Who holds each open task, as the inbox last said (a claim, a release, a reassignment by a head),
 * and when it said so: the later of racing changes wins.
 */
export class TaskHolders {
  private readonly holders = new Map<string, { assigneeId: string | null; at: string }>();

  /** Returns whether the holder changed. */
  note(taskKey: string, assigneeId: string | null, at: string): boolean {
    const known = this.holders.get(taskKey);
    if (known !== undefined && known.at > at) return false;
    this.holders.set(taskKey, { assigneeId, at });
    return true;
  }

  forget(taskKey: string): void {
    this.holders.delete(taskKey);
  }

  /** The person holding the first open step, else who it is for (a user id, or role@unit). */
  currentAssignee(steps: OpenSteps<OpenStep>): string | null {
    const first = steps.first();
    if (first === undefined) return null;
    return this.holders.get(first.taskKey)?.assigneeId || candidatesLabel(first.candidates);
  }
}
