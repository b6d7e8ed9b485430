import type { ErrorCode, FieldError, TaskActor, TaskCompletion } from '@tdkt/contracts';
import { rejectUpdate } from '../rejections';
import { assertCandidate } from './candidates';
import type { OpenStep } from './open-steps';

/** Where a validator finds a workflow's open steps (`OpenSteps`, or a view over the workflow's own state). */
export interface StepLookup<Step extends OpenStep> {
  get(taskKey: string): Step | undefined;
  /** Whether the step may still take a completion: open, and none accepted yet. */
  awaitsCompletion(taskKey: string): boolean;
}

/** What a workflow checks of a completion beyond "open, and for this person". */
export interface CompletionRules<Step extends OpenStep> {
  /** Who the task is for, in words, when someone else tries to complete it. */
  candidatesInWords?: (step: Step) => string;
  /** Rejects the actor for separation of duties (an author reviewing their own work). */
  separationOfDuties?: (step: Step, actor: TaskActor) => void;
  /** The outcome's problems, field by field; empty when the outcome is valid for the task. */
  outcomeProblems: (step: Step, outcome: Record<string, unknown>) => FieldError[];
  /** The code a completion of a step that is not open gets (default TASK_NOT_OPEN). */
  notOpen?: ErrorCode;
}

/**
 * The `completeTask` validator every workflow shares: the task is open and not yet completed, the
 * actor is one of its candidates, duties stay separated, and the outcome is valid for its type.
 * Returns the open step so the caller may check more.
 */
export function validateCompletion<Step extends OpenStep>(
  steps: StepLookup<Step>,
  completion: TaskCompletion,
  rules: CompletionRules<Step>,
): Step {
  const step = steps.get(completion.taskKey);
  if (step === undefined || !steps.awaitsCompletion(completion.taskKey))
    rejectUpdate(rules.notOpen ?? 'TASK_NOT_OPEN', `task ${completion.taskKey} is not open`);
  assertCandidate(step.candidates, completion.actor, rules.candidatesInWords?.(step));
  rules.separationOfDuties?.(step, completion.actor);
  const errors = rules.outcomeProblems(step, completion.outcome);
  if (errors.length > 0)
    rejectUpdate('INVALID_OUTCOME', 'the outcome is not valid for this task', errors);
  return step;
}
