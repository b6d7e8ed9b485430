import { condition, workflowInfo } from '@temporalio/workflow';
import {
  type BallotTally,
  councilAgendaSignal,
  type CouncilMeetingEvent,
  type CouncilMeetingInput,
  type CouncilMeetingState,
  CouncilMeetingStatus,
  type NotificationRecipient,
  type NotificationTemplate,
  type NotificationTemplateParams,
  notificationRequest,
  Role,
  type TaskActor,
} from '@tdkt/contracts';
import { vietnamDateOfEpochMillis } from '@tdkt/domain';
import { type HumanStepHost, type HumanTask, type OpenStep, OpenSteps } from '../shared/human-step';
import { rejectUpdate } from '../shared/rejections';
import { signalQuietly } from '../shared/signal-quietly';
import { nowIso } from '../shared/time';
import { meetingActivities as activities } from './activities';

type EventBody = CouncilMeetingEvent extends infer E
  ? E extends CouncilMeetingEvent
    ? Omit<E, 'seq' | 'at'>
    : never
  : never;

/** The notices every member of a meeting gets. */
type MeetingTemplate =
  | 'council.meeting.invited'
  | 'council.meeting.reminder'
  | 'council.meeting.agenda'
  | 'council.meeting.closed';

/** What every meeting notice names. */
type MeetingNoticeParams = Pick<
  NotificationTemplateParams['council.meeting.invited'],
  'meetingTitle' | 'scheduledAt' | 'location' | 'agendaSize'
>;

/**
 * Everything one council meeting workflow knows: its state for the query, the tallies behind it,
 * who asked to open it early or to close it, and its open secretary steps. Events reach the read
 * model through `project`, one after the other, in their order.
 */
export class MeetingRun implements HumanStepHost {
  readonly state: CouncilMeetingState;
  readonly tallies = new Map<string, BallotTally>();
  readonly steps = new OpenSteps();
  readonly inbox = activities;
  readonly flushWrites = null;
  /** The day of the meeting in Vietnam, as dossiers on its agenda are told. */
  readonly meetingDate: string;
  closedBy: string | null = null;
  /** Set by the secretary's early opening; handlers write it, the main flow reads it. */
  early: { by: string; present: string[] } | null = null;
  private seq = 0;
  private projected: Promise<void> = Promise.resolve();

  constructor(readonly input: CouncilMeetingInput) {
    this.state = {
      meetingId: input.meetingId,
      status: CouncilMeetingStatus.SCHEDULED,
      recorded: false,
      agenda: [],
      present: null,
      ballots: {},
      results: [],
      minutesDocumentIds: [],
    };
    this.meetingDate = vietnamDateOfEpochMillis(Date.parse(input.scheduledAt));
  }

  get workflowId(): string {
    return workflowInfo().workflowId;
  }

  openStepOf({ taskKey, type, candidates, dueAt }: HumanTask): OpenStep {
    return { taskKey, type, candidates, dueAt };
  }

  /** Projects an event; projections run one after the other, so the read model sees them in order. */
  project(event: EventBody): Promise<void> {
    const next: CouncilMeetingEvent = { ...event, seq: ++this.seq, at: nowIso() };
    this.projected = this.projected.then(() =>
      activities.projectCouncilMeeting({ meetingId: this.input.meetingId, event: next }),
    );
    return this.projected;
  }

  notify(
    key: string,
    recipients: NotificationRecipient[],
    template: NotificationTemplate,
    params: Record<string, string | number | boolean | null>,
  ): Promise<unknown> {
    return activities.sendNotification({
      idempotencyKey: `${this.workflowId}:${key}`,
      recipients,
      template,
      params,
      link: `/council-meetings/${this.input.meetingId}`,
    });
  }

  /** Tells every member, with what each meeting notice names; `extra` is what the template adds. */
  notifyMembers<T extends MeetingTemplate>(
    key: string,
    template: T,
    extra: Omit<NotificationTemplateParams[T], keyof MeetingNoticeParams>,
  ) {
    const { input } = this;
    const common: MeetingNoticeParams = {
      meetingTitle: input.title,
      scheduledAt: input.scheduledAt,
      location: input.location,
      agendaSize: this.state.agenda.length,
    };
    return activities.sendNotification(
      notificationRequest({
        idempotencyKey: `${this.workflowId}:${key}`,
        recipients: input.members.map((member) => ({ userId: member.userId })),
        template,
        // The template's params are the common ones plus `extra`, which TypeScript cannot add up itself.
        params: { ...common, ...extra } as NotificationTemplateParams[T],
        link: `/council-meetings/${this.input.meetingId}`,
      }),
    );
  }

  /** Tells a dossier it is on this meeting's agenda, or no longer (removed, or no quorum to vote it). */
  tellAgenda(dossierCode: string, placed: boolean): Promise<boolean> {
    return signalQuietly(dossierCode, councilAgendaSignal, {
      meetingId: this.input.meetingId,
      meetingDate: this.meetingDate,
      placed,
    });
  }

  assertSecretary(actor: TaskActor): void {
    if (!actor.roles.includes(Role.COUNCIL_SECRETARY))
      rejectUpdate('NOT_A_CANDIDATE', 'only the council secretary runs the meeting');
  }

  assertStatus(status: CouncilMeetingStatus): void {
    if (this.state.status !== status || this.closedBy !== null)
      rejectUpdate(
        'MEETING_STATE_NOT_ALLOWED',
        `the meeting is ${this.state.status}, not ${status}`,
      );
  }

  async recordAttendance(present: string[], actorId: string): Promise<CouncilMeetingState> {
    this.state.present = [...present];
    await this.project({ type: 'attendance.recorded', actorId, present });
    return this.state;
  }

  async requestClose(actorId: string): Promise<CouncilMeetingState> {
    this.closedBy = actorId;
    await condition(() => this.state.status === CouncilMeetingStatus.CLOSED);
    return this.state;
  }
}
