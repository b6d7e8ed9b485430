import type { TaskCandidates, TaskCompletion, TaskType } from '@tdkt/contracts';

/** A human step the workflow is waiting on, with what the validators need to judge a completion. */
export interface OpenStep {
  taskKey: string;
  type: TaskType;
  candidates: TaskCandidates;
  dueAt: string | null;
}

export interface OpenStepChange {
  kind: 'opened' | 'moved' | 'closed';
  taskKey: string;
}

/**
 * The steps a workflow has open and the completions its update handler accepted for them. A step is
 * known as open before its inbox row exists: a completion may arrive as soon as the row is written.
 */
export class OpenSteps<Step extends OpenStep = OpenStep> {
  /** Completions accepted by the update handler, waiting for the step to consume them. */
  readonly completions = new Map<string, TaskCompletion>();
  private readonly steps = new Map<string, Step>();

  /** `changed` runs after every change (e.g. to refresh what queries and search attributes show). */
  constructor(private readonly changed: (change: OpenStepChange) => void = () => undefined) {}

  get(taskKey: string): Step | undefined {
    return this.steps.get(taskKey);
  }

  has(taskKey: string): boolean {
    return this.steps.has(taskKey);
  }

  ofType(type: TaskType): Step[] {
    return this.all().filter((step) => step.type === type);
  }

  all(): Step[] {
    return [...this.steps.values()];
  }

  first(): Step | undefined {
    return this.all()[0];
  }

  add(step: Step): void {
    this.steps.set(step.taskKey, step);
    this.changed({ kind: 'opened', taskKey: step.taskKey });
  }

  /** The deadline of an open step moved (a holiday schedule was published). */
  move(taskKey: string, dueAt: string): void {
    const step = this.steps.get(taskKey);
    if (step === undefined) return;
    step.dueAt = dueAt;
    this.changed({ kind: 'moved', taskKey });
  }

  remove(taskKey: string): void {
    this.steps.delete(taskKey);
    this.changed({ kind: 'closed', taskKey });
  }

  /** Hands a validated completion to the step waiting for it. */
  complete(completion: TaskCompletion): void {
    this.completions.set(completion.taskKey, completion);
  }

  /** Whether the step may still take a completion: open, and none accepted yet. */
  awaitsCompletion(taskKey: string): boolean {
    return this.steps.has(taskKey) && !this.completions.has(taskKey);
  }
}
