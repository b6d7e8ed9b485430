import { isCancellation, patched, TemporalFailure } from '@temporalio/workflow';
import type {
  CloseTaskCommand,
  DossierProjection,
  DossierWorkflowInput,
  OpenTaskCommand,
} from '@tdkt/contracts';
import type { TaskInbox } from '../shared/human-step';
import { activities, readModel } from './activities';

/**
 * A step's read-model writes (submission, tasks closed, timeline events, task opened) go out together
 * where the workflow next waits, as one local activity in one transaction, and search attributes are
 * upserted only when they change. Before it, each change was an activity of its own.
 */
const BATCHED_READ_MODEL = 'batched-read-model';

/**
 * A step's read-model writes (submission, tasks closed, timeline events, task opened), held until the
 * workflow next waits and then written as one local activity in one transaction.
 */
export class BatchedWrites {
  private submission: DossierWorkflowInput | undefined;
  private closeTasks: CloseTaskCommand[] = [];
  private projections: DossierProjection[] = [];
  /** Whether this run batches its writes: decided once, at its start, for its whole life. */
  private batched: boolean | null = null;

  /*
   * Where the run does not batch, each write stays the activity it was, awaited directly (no extra
   * await): histories recorded before the batching replay command for command.
   */
  readonly inbox: TaskInbox = {
    openTask: (command) => (this.batches ? this.flush(command) : activities.openTask(command)),
    closeTask: (command) => {
      if (!this.batches) return activities.closeTask(command);
      this.queueTaskClose(command);
      return undefined;
    },
    rescheduleTask: (command) => activities.rescheduleTask(command),
  };

  /** `written` runs once PostgreSQL holds the submission (the recorded update may answer). */
  constructor(
    private readonly dossierId: string,
    private readonly written: () => void,
  ) {}

  /** Whether writes wait for the next `flush` (see BATCHED_READ_MODEL). */
  get batches(): boolean {
    this.batched ??= patched(BATCHED_READ_MODEL);
    return this.batched;
  }

  /** The flush a human step calls after its notices, where writes are batched. */
  get flushWrites(): (() => Promise<void>) | null {
    return this.batches ? () => this.flush() : null;
  }

  queueSubmission(input: DossierWorkflowInput): void {
    this.submission = input;
  }

  queueTaskClose(command: CloseTaskCommand): void {
    this.closeTasks.push(command);
  }

  queueProjection(projection: DossierProjection): void {
    this.projections.push(projection);
  }

  /** Writes what is waiting, and opens `openTask` in the same transaction. */
  async flush(openTask?: OpenTaskCommand): Promise<void> {
    const { submission, closeTasks, projections } = this;
    if (
      submission === undefined &&
      closeTasks.length === 0 &&
      projections.length === 0 &&
      openTask === undefined
    )
      return;
    this.submission = undefined;
    this.closeTasks = [];
    this.projections = [];
    try {
      await readModel.applyDossierChanges({
        dossierId: this.dossierId,
        ...(submission === undefined ? {} : { submission }),
        closeTasks,
        projections,
        ...(openTask === undefined ? {} : { openTask }),
      });
    } catch (error) {
      // A local activity's failure arrives unwrapped (the ApplicationFailure or TimeoutFailure itself).
      if (!(error instanceof TemporalFailure) || isCancellation(error)) throw error;
      // PostgreSQL away for more than a few seconds, or refusing a part: part by part as regular
      // activities, each retried until PostgreSQL answers, visible to operators, and the part refused
      // (only that one) held for an administrator while the rest is written.
      if (submission !== undefined) {
        await activities.recordDossierSubmitted(submission);
        this.written();
      }
      for (const command of closeTasks) await activities.closeTask(command);
      for (const projection of projections) await activities.projectDossier(projection);
      if (openTask !== undefined) await activities.openTask(openTask);
    }
    this.written();
  }
}
