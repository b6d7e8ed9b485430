import {
  isCancellation,
  patched,
  TemporalFailure,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type ApprovalStep,
  type CalendarChange,
  type CloseTaskCommand,
  type DossierEvent,
  type DossierOutcome,
  type DossierProjection,
  type DossierEventType,
  type DossierStage,
  type DossierWorkflowInput,
  type DossierWorkflowState,
  type NotificationRecipient,
  type NotificationTemplate,
  type OpenDossierTask,
  type OpenTaskCommand,
  SearchAttributes,
  type TaskCandidates,
  type TaskCompletion,
} from '@tdkt/contracts';
import { nowIso } from '../shared/time';
import { activities, readModel } from './activities';

/**
 * The Assignee search attribute is refreshed when a task opens or closes, not only at the next
 * timeline event (before, a dossier in review showed no assignee until something else happened).
 */
const ASSIGNEE_FOLLOWS_OPEN_STEPS = 'assignee-follows-open-steps';

/**
 * A step's read-model writes (submission, tasks closed, timeline events, task opened) go out together
 * where the workflow next waits, as one local activity in one transaction, and search attributes are
 * upserted only when they change. Before it, each change was an activity of its own.
 */
const BATCHED_READ_MODEL = 'batched-read-model';

/** A human step the workflow is waiting on, with what the validators need to judge a completion. */
export interface OpenStep extends OpenDossierTask {
  candidates: TaskCandidates;
}

/** A council result delivered by a council meeting workflow. */
export interface CouncilResult {
  meetingId: string;
  level: string;
  passed: boolean;
  votesFor: number;
  membersTotal: number;
  present: number;
}

/** An objection filed during public disclosure and the state of its review. */
export interface Objection {
  id: string;
  filedBy: string | null;
  filerName: string;
  text: string;
  /** Set when its review task is in the inbox, so the filing update can answer. */
  taskOpened: boolean;
  upheld: boolean | null;
}

/**
 * Everything one dossier workflow knows and does to its own state: the stage, the timeline, open
 * tasks, and messages received. Every state change goes through `record`, which numbers the event,
 * updates the search attributes and projects it into the read model.
 */
export class DossierRun {
  readonly state: DossierWorkflowState = {
    stage: 'SUBMITTED',
    recorded: false,
    levelIndex: 0,
    stageDueAt: null,
    openTasks: [],
    timeline: [],
    outcome: null,
  };

  /** Completions accepted by the update handler, waiting for the step to consume them. */
  readonly completions = new Map<string, TaskCompletion>();
  /** Task keys whose step has taken its completion; the next recorded event settles them. */
  readonly consumed = new Set<string>();
  /** Task keys whose consequence has been recorded; their update calls may return. */
  readonly settled = new Set<string>();
  readonly councilResults: CouncilResult[] = [];
  /** Agenda changes not yet recorded in the timeline. */
  readonly agendaChanges: { meetingId: string; meetingDate: string; placed: boolean }[] = [];
  readonly initiativeDecisions = new Map<string, { recognized: boolean; reason: string | null }>();
  readonly objections: Objection[] = [];
  readonly objectionReviews: Promise<void>[] = [];
  disclosureOpen = false;
  batchDecision: { decisionId: string; number: string; signedOn: string; signedBy: string } | null =
    null;
  externalOutcome: {
    approved: boolean;
    reference: string;
    reason: string | null;
    decisionNumber: string | null;
    decidedOn: string | null;
  } | null = null;
  withdrawal: { actorId: string; reason: string } | null = null;
  /** The latest holiday publication this dossier was told of; open steps recompute their deadlines. */
  calendarChange: CalendarChange | null = null;

  private seq = 0;
  /** Whether this run batches its read-model writes: decided once, at its start, for its whole life. */
  private batched: boolean | null = null;
  private pending: {
    submission?: DossierWorkflowInput;
    closeTasks: CloseTaskCommand[];
    projections: DossierProjection[];
  } = { closeTasks: [], projections: [] };
  /** The search attributes last upserted, to skip an upsert that would change nothing. */
  private upserted: string | null = null;
  private readonly openSteps = new Map<string, OpenStep>();
  /** Who holds each open task, as the inbox last said, and when it said so. */
  private readonly holders = new Map<string, { assigneeId: string | null; at: string }>();

  constructor(readonly input: DossierWorkflowInput) {}

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
    this.batched ??= patched(BATCHED_READ_MODEL);
    return this.batched;
  }

  /*
   * Batched writes only. Callers keep the earlier calls (an activity each) when the run does not
   * batch, without an extra await: histories recorded before the batching replay command for command.
   */

  /** Queues the submission for the step's first write. */
  queueSubmission(): void {
    this.pending.submission = this.input;
  }

  /** Queues closing a task in the inbox for the step's next write. */
  queueTaskClose(command: CloseTaskCommand): void {
    this.pending.closeTasks.push(command);
  }

  /**
   * Writes what is waiting for the read model, and opens `openTask` in the same transaction. Called
   * wherever the workflow is about to wait or to let the outside world act on the dossier.
   */
  async flush(openTask?: OpenTaskCommand): Promise<void> {
    const { submission, closeTasks, projections } = this.pending;
    if (
      submission === undefined &&
      closeTasks.length === 0 &&
      projections.length === 0 &&
      openTask === undefined
    )
      return;
    this.pending = { closeTasks: [], projections: [] };
    try {
      await readModel.applyDossierChanges({
        dossierId: this.input.dossierId,
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
        this.state.recorded = true;
      }
      for (const command of closeTasks) await activities.closeTask(command);
      for (const projection of projections) await activities.projectDossier(projection);
      if (openTask !== undefined) await activities.openTask(openTask);
    }
    this.state.recorded = true;
  }

  openStep(taskKey: string): OpenStep | undefined {
    return this.openSteps.get(taskKey);
  }

  openStepsOfType(type: string): OpenStep[] {
    return [...this.openSteps.values()].filter((step) => step.type === type);
  }

  allOpenSteps(): OpenStep[] {
    return [...this.openSteps.values()];
  }

  addOpenStep(step: OpenStep): void {
    this.openSteps.set(step.taskKey, step);
    this.state.openTasks = this.publicOpenTasks();
    if (patched(ASSIGNEE_FOLLOWS_OPEN_STEPS)) this.updateSearchAttributes();
  }

  /** The deadline of an open step moved (a holiday schedule was published). */
  moveOpenStep(taskKey: string, dueAt: string): void {
    const step = this.openSteps.get(taskKey);
    if (step === undefined) return;
    step.dueAt = dueAt;
    this.state.openTasks = this.publicOpenTasks();
  }

  removeOpenStep(taskKey: string): void {
    this.openSteps.delete(taskKey);
    this.holders.delete(taskKey);
    this.state.openTasks = this.publicOpenTasks();
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
    const outcome = options.outcome;
    const projection: DossierProjection = {
      dossierId: this.input.dossierId,
      workflowId: this.workflowId,
      stage: this.state.stage,
      currentLevel: event.level,
      currentUnitId: this.input.approvalPath[this.state.levelIndex]?.unitId ?? null,
      stageDueAt: this.state.stageDueAt,
      event,
      ...(outcome
        ? {
            outcome: {
              stage: outcome.stage,
              reason: outcome.reason,
              decisionNumber: outcome.decision?.number ?? null,
              decidedOn: outcome.decision?.decidedOn ?? null,
            },
          }
        : {}),
    };
    if (this.batchesWrites) this.pending.projections.push(projection);
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
  async notify(
    key: string,
    recipients: NotificationRecipient[],
    template: NotificationTemplate,
    params: Record<string, string | number | boolean | null> = {},
  ): Promise<void> {
    if (this.batchesWrites) await this.flush();
    await activities.sendNotification({
      idempotencyKey: `${this.workflowId}:${key}`,
      recipients,
      template,
      params: {
        dossierCode: this.input.code,
        nomineeName: this.input.nominee.name,
        awardName: this.input.awardName.vi,
        awardNameEn: this.input.awardName.en,
        ...params,
      },
      link: `/dossiers/${this.input.dossierId}`,
    });
  }

  private publicOpenTasks(): OpenDossierTask[] {
    return [...this.openSteps.values()].map(({ taskKey, type, level, dueAt }) => ({
      taskKey,
      type,
      level,
      dueAt,
    }));
  }

  /** The inbox says who now holds a task: the later of racing changes wins. */
  noteTaskHolder(taskKey: string, assigneeId: string | null, at: string): void {
    if (!this.openSteps.has(taskKey)) return;
    const known = this.holders.get(taskKey);
    if (known !== undefined && known.at > at) return;
    this.holders.set(taskKey, { assigneeId, at });
    this.updateSearchAttributes();
  }

  /** The person holding the first open task, else who it is for (a user id, or role@unit). */
  private currentAssignee(): string | null {
    const first = [...this.openSteps.values()][0];
    if (first === undefined) return null;
    const holder = this.holders.get(first.taskKey)?.assigneeId;
    if (holder) return holder;
    const candidates = first.candidates;
    return 'userId' in candidates ? candidates.userId : `${candidates.role}@${candidates.unitId}`;
  }

  private updateSearchAttributes(): void {
    const assignee = this.currentAssignee();
    if (this.batchesWrites) {
      const values = JSON.stringify([this.state.stage, this.state.stageDueAt, assignee]);
      if (values === this.upserted) return;
      this.upserted = values;
    }
    upsertSearchAttributes([
      { key: SearchAttributes.DossierStage, value: this.state.stage },
      { key: SearchAttributes.DecidingLevel, value: this.input.approvalPath.at(-1)?.level ?? '' },
      {
        key: SearchAttributes.StageDueAt,
        value: this.state.stageDueAt === null ? null : new Date(this.state.stageDueAt),
      },
      { key: SearchAttributes.Assignee, value: assignee },
    ]);
  }
}
