import type { Role } from '../identity/roles';
import { defineUpdate } from '@temporalio/workflow';

/** Who acts, as the API authenticated them; workflows check separation of duties with it. */
export interface TaskActor {
  userId: string;
  /** Roles the user holds over the task's unit. */
  roles: Role[];
}

/** A person completing a task through the API. `outcome` is validated per task type by the workflow. */
export interface TaskCompletion {
  taskKey: string;
  actor: TaskActor;
  outcome: Record<string, unknown>;
}

export interface TaskCompletionResult {
  accepted: true;
  /** The workflow's stage after the step, e.g. `COUNCIL_PENDING`. */
  stage: string;
}

/**
 * Completes a human step. Every workflow with tasks handles it with a validator that rejects, before
 * anything is recorded, an outcome that is not allowed now, by this person, for this task.
 */
export const completeTaskUpdate = defineUpdate<TaskCompletionResult, [TaskCompletion]>(
  'completeTask',
);
