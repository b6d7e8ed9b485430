import { patched, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import {
  type ApprovalStep,
  type CalendarChange,
  type CloseTaskCommand,
  type DossierEvent,
  type DossierOutcome,
  type DossierEventType,
  type DossierStage,
  type DossierWorkflowInput,
  type DossierWorkflowState,
  type NotificationRecipient,
  type OpenDossierTask,
  type OpenTaskCommand,
  type TaskCandidates,
  type TaskType,
} from '@tdkt/contracts';
import {
  type HumanStepHost,
  type HumanTask,
  type OpenStepChange,
  OpenSteps,
  type StepEvent,
  TaskHolders,
  type TaskInbox,
} from '../shared/human-step';
import { nowIso } from '../shared/time';
import { activities } from './activities';
import { BatchedWrites } from './batched-writes';
import { DossierMessages } from './dossier-messages';
import {
  dossierNotification,
  type DossierNoticeParams,
  type DossierTemplate,
  dossierProjection,
  dossierSearchAttributes,
  publicOpenTask,
  rescheduledEventData,
} from './projection';

/**
 * The Assignee search attribute is refreshed when a task opens or closes, not only at the next
 * timeline event (before, a dossier in review showed no assignee until something else happened).
 */
const ASSIGNEE_FOLLOWS_OPEN_STEPS = 'assignee-follows-open-steps';

/** A human step the dossier is waiting on: what the state query shows, and who may complete it. */
export interface DossierOpenStep extends OpenDossierTask {
  type: TaskType;
  candidates: TaskCandidates;
}

/**
 * Everything one dossier workflow knows and does to its own state: the stage, the timeline, open
 * tasks, and messages received. Every state change goes through `record`, which numbers the event,
 * updates the search attributes and projects it into the read model.
 */
export class DossierRun extends DossierMessages implements HumanStepHost<DossierOpenStep> {
  readonly state: DossierWorkflowState = {
    stage: 'SUBMITTED',
    recorded: false,
    levelIndex: 0,
    stageDueAt: null,
    openTasks: [],
    timeline: [],
    outcome: null,
  };

  readonly steps = new OpenSteps<DossierOpenStep>((change) => this.openStepsChanged(change));
  /** Task keys whose step has taken its completion; the next recorded event settles them. */
  readonly consumed = new Set<string>();
  /** Task keys whose consequence has been recorded; their update calls may return. */
  readonly settled = new Set<string>();

  private seq = 0;
  private readonly writes: BatchedWrites;
  /** The search attributes last upserted, to skip an upsert that would change nothing. */
  private upserted: string | null = null;
  private readonly holders = new TaskHolders();

  readonly inbox: TaskInbox;

  constructor(readonly input: DossierWorkflowInput) {
    super();
    this.writes = new BatchedWrites(input.dossierId, () => (this.state.recorded = true));
    this.inbox = this.writes.inbox;
  }

  get workflowId(): string {
    return workflowInfo().workflowId;
  }

  get level(): ApprovalStep {
    const step = this.input.approvalPath[this.state.levelIndex];
    if (step === undefined) throw new Error(`no approval step at index ${this.state.levelIndex}`);
    return step;
  }

  get isClosed(): boolean {
    return this.state.outcome !== null;
  }

  /** Whether read-model writes wait for the next `flush` (see BATCHED_READ_MODEL). */
  get batchesWrites(): boolean {
    return this.writes.batches;
  }

  /** Queues the submission for the step's first write. */
  queueSubmission(): void {
    this.writes.queueSubmission(this.input);
  }

  /** Queues closing a task in the inbox for the step's next write. */
  queueTaskClose(command: CloseTaskCommand): void {
    this.writes.queueTaskClose(command);
  }

  /**
   * Writes what is waiting for the read model, and opens `openTask` in the same transaction. Called
   * wherever the workflow is about to wait or to let the outside world act on the dossier.
   */
  flush(openTask?: OpenTaskCommand): Promise<void> {
    return this.writes.flush(openTask);
  }

  get flushWrites(): (() => Promise<void>) | null {
    return this.writes.flushWrites;
  }

  openStepOf(task: HumanTask): DossierOpenStep {
    return {
      taskKey: task.taskKey,
      type: task.type,
      level: this.level.level,
      dueAt: task.dueAt,
      candidates: task.candidates,
    };
  }

  taskOpened(): void {
    this.settleConsumed();
  }

  completionTaken(taskKey: string): void {
    this.consumed.add(taskKey);
  }

  latestCalendarChange(): CalendarChange | null {
    return this.calendarChange;
  }

  recordStepEvent(event: StepEvent): Promise<void> {
    if (event.type !== 'task.rescheduled') {
      const { type, ...data } = event;
      return this.record(type, data);
    }
    const movesStage = this.state.stageDueAt === event.previous.dueAt;
    return this.record(
      'task.rescheduled',
      rescheduledEventData(event),
      movesStage ? { stageDueAt: event.next.dueAt } : {},
    );
  }

  private openStepsChanged({ kind, taskKey }: OpenStepChange): void {
    this.state.openTasks = this.steps.all().map(publicOpenTask);
    if (kind === 'moved') return;
    if (kind === 'closed') this.holders.forget(taskKey);
    if (patched(ASSIGNEE_FOLLOWS_OPEN_STEPS)) this.updateSearchAttributes();
  }

  /** Appends an event to the timeline, optionally moving the stage, and projects both into the read model. */
  async record(
    type: DossierEventType,
    data: Record<string, unknown>,
    options: {
      actorId?: string | null;
      stage?: DossierStage;
      stageDueAt?: string | null;
      outcome?: DossierOutcome;
    } = {},
  ): Promise<void> {
    if (options.stage !== undefined) this.state.stage = options.stage;
    if (options.stageDueAt !== undefined) this.state.stageDueAt = options.stageDueAt;
    const event: DossierEvent = {
      seq: ++this.seq,
      type,
      at: nowIso(),
      stage: this.state.stage,
      level: this.input.approvalPath[this.state.levelIndex]?.level ?? null,
      actorId: options.actorId ?? null,
      data,
    };
    this.state.timeline.push(event);
    this.updateSearchAttributes();
    const projection = dossierProjection(
      this.input,
      this.state,
      this.workflowId,
      event,
      options.outcome,
    );
    if (this.batchesWrites) this.writes.queueProjection(projection);
    else await activities.projectDossier(projection);
  }

  /**
   * Called where the workflow starts waiting again (a task opened, a council awaited, the dossier
   * closed): the updates whose steps led here may now answer, and the caller sees the new stage and
   * the new task. A batching run flushes its writes first.
   */
  settleConsumed(): void {
    for (const key of this.consumed) this.settled.add(key);
  }

  /** Notifies people; the key makes the delivery happen once even if the activity is retried. */
  async notify<T extends DossierTemplate>(
    key: string,
    recipients: NotificationRecipient[],
    template: T,
    params: DossierNoticeParams<T>,
  ): Promise<void> {
    if (this.batchesWrites) await this.flush();
    await activities.sendNotification(
      dossierNotification(this.input, this.workflowId, key, recipients, template, params),
    );
  }

  /** The inbox says who now holds a task: the later of racing changes wins. */
  noteTaskHolder(taskKey: string, assigneeId: string | null, at: string): void {
    if (!this.steps.has(taskKey)) return;
    if (this.holders.note(taskKey, assigneeId, at)) this.updateSearchAttributes();
  }

  private updateSearchAttributes(): void {
    const assignee = this.holders.currentAssignee(this.steps);
    if (this.batchesWrites) {
      const values = JSON.stringify([this.state.stage, this.state.stageDueAt, assignee]);
      if (values === this.upserted) return;
      this.upserted = values;
    }
    upsertSearchAttributes(dossierSearchAttributes(this.input, this.state, assignee));
  }
}
