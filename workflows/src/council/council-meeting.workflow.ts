import {
  allHandlersFinished,
  condition,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  addToAgendaUpdate,
  type AgendaDossier,
  type BallotTally,
  closeMeetingUpdate,
  completeTaskUpdate,
  councilAgendaSignal,
  type CouncilMeetingEvent,
  type CouncilMeetingInput,
  councilMeetingRecordedUpdate,
  openMeetingEarlyUpdate,
  type CouncilDossierResult,
  type CouncilMeetingState,
  councilMeetingStateQuery,
  CouncilMeetingStatus,
  councilResultSignal,
  CouncilTaskType,
  recordAttendanceUpdate,
  recordBallotUpdate,
  removeFromAgendaUpdate,
  SEPARATION_OF_DUTIES_MESSAGES,
  separationOfDutiesViolation,
  type TaskActor,
  type TaskCompletion,
  Role,
  TaskSubjectType,
  type NotificationTemplate,
} from '@tdkt/contracts';
import { getRuleSet, vietnamDateOfEpochMillis } from '@tdkt/domain';
import { rejectUpdate } from '../shared/rejections';
import { signalQuietly } from '../shared/signal-quietly';
import { nowIso, sleepUntil } from '../shared/time';
import { meetingActivities as activities } from './activities';
import { dossierResult, tallyProblems } from './meeting-rules';

type EventBody = CouncilMeetingEvent extends infer E
  ? E extends CouncilMeetingEvent
    ? Omit<E, 'seq' | 'at'>
    : never
  : never;

/**
 * Members hear the agenda when the meeting opens (the invitation may have gone out before any dossier
 * was on it) and the results once it closes, with the minutes to read.
 */
const MEMBERS_HEAR_AGENDA_AND_RESULTS = 'members-hear-agenda-and-results';

/** The secretary may open the meeting before its time when every member is present. */
const SECRETARY_MAY_OPEN_EARLY = 'secretary-may-open-early';

/** How each dossier fared, in both languages, for the members' notice of the results. */
function resultNotice(state: CouncilMeetingState): Record<string, string | number> {
  const results = state.results;
  const nominee = (dossierId: string) =>
    state.agenda.find((item) => item.dossierId === dossierId)?.nomineeName ?? '';
  const line = (result: CouncilDossierResult, lang: 'vi' | 'en') => {
    const votes = `${result.votesFor}/${result.membersTotal}`;
    const verdict = !result.quorumMet
      ? lang === 'vi'
        ? 'chưa xét, không đủ số thành viên dự họp'
        : 'not voted, no quorum'
      : result.passed
        ? lang === 'vi'
          ? `đạt, ${votes} phiếu đồng ý`
          : `passed, ${votes} in favour`
        : lang === 'vi'
          ? `không đạt, ${votes} phiếu đồng ý`
          : `failed, ${votes} in favour`;
    return `${result.code} (${nominee(result.dossierId)}): ${verdict}`;
  };
  return {
    passed: results.filter((result) => result.quorumMet && result.passed).length,
    failed: results.filter((result) => result.quorumMet && !result.passed).length,
    deferred: results.filter((result) => !result.quorumMet).length,
    results: results.map((result) => line(result, 'vi')).join('; '),
    resultsEn: results.map((result) => line(result, 'en')).join('; '),
  };
}

/**
 * One meeting of a level's Emulation & Commendation Council (Hội đồng Thi đua - Khen thưởng): the
 * agenda is built until the meeting opens at its time, members are invited and reminded on durable
 * timers, the secretary records attendance and each dossier's ballot (counts only for a secret
 * ballot), and closing computes every result, renders the minutes and tells each dossier. A closed
 * meeting is never voted again; a correction is a new meeting.
 */
export async function councilMeetingWorkflow(
  input: CouncilMeetingInput,
): Promise<CouncilMeetingState> {
  const state: CouncilMeetingState = {
    meetingId: input.meetingId,
    status: CouncilMeetingStatus.SCHEDULED,
    recorded: false,
    agenda: [],
    present: null,
    ballots: {},
    results: [],
    minutesDocumentIds: [],
  };
  const tallies = new Map<string, BallotTally>();
  const openTasks = new Set<string>();
  let closedBy: string | null = null;
  const mayOpenEarly = patched(SECRETARY_MAY_OPEN_EARLY);
  /** Set by the secretary's early opening; handlers write it, the main flow reads it. */
  const opening: { early: { by: string; present: string[] } | null } = { early: null };
  let seq = 0;
  // Projections run one after the other, so the read model sees the events in their order.
  let projected: Promise<void> = Promise.resolve();
  const project = (event: EventBody): Promise<void> => {
    const next: CouncilMeetingEvent = { ...event, seq: ++seq, at: nowIso() };
    projected = projected.then(() =>
      activities.projectCouncilMeeting({ meetingId: input.meetingId, event: next }),
    );
    return projected;
  };
  const meetingDate = vietnamDateOfEpochMillis(Date.parse(input.scheduledAt));
  const notifyMembers = (
    key: string,
    template: NotificationTemplate,
    extra: Record<string, string | number> = {},
  ) =>
    activities.sendNotification({
      idempotencyKey: `${workflowInfo().workflowId}:${key}`,
      recipients: input.members.map((member) => ({ userId: member.userId })),
      template,
      params: {
        meetingTitle: input.title,
        scheduledAt: input.scheduledAt,
        location: input.location,
        agendaSize: state.agenda.length,
        ...extra,
      },
      link: `/council-meetings/${input.meetingId}`,
    });

  const assertSecretary = (actor: TaskActor) => {
    if (!actor.roles.includes(Role.COUNCIL_SECRETARY))
      rejectUpdate('NOT_A_CANDIDATE', 'only the council secretary runs the meeting');
  };
  const assertStatus = (status: CouncilMeetingStatus) => {
    if (state.status !== status || closedBy !== null)
      rejectUpdate('MEETING_STATE_NOT_ALLOWED', `the meeting is ${state.status}, not ${status}`);
  };
  const validateAttendance = (present: string[]) => {
    assertStatus(CouncilMeetingStatus.OPEN);
    if (tallies.size > 0)
      rejectUpdate('MEETING_STATE_NOT_ALLOWED', 'ballots are already recorded', [
        {
          field: 'present',
          rule: 'beforeBallots',
          message: {
            vi: 'Đã ghi kết quả bỏ phiếu: danh sách có mặt không sửa được nữa.',
            en: 'Ballots are recorded: attendance can no longer change.',
          },
        },
      ]);
    const members = input.members.map((member) => member.userId);
    if (new Set(present).size !== present.length || present.some((id) => !members.includes(id)))
      rejectUpdate('BALLOT_INVALID', 'attendance lists council members, each once', [
        {
          field: 'present',
          rule: 'members',
          message: {
            vi: 'Danh sách có mặt chỉ gồm thành viên Hội đồng, mỗi người một lần.',
            en: 'Attendance lists council members, each once.',
          },
        },
      ]);
  };
  const validateClose = () => {
    assertStatus(CouncilMeetingStatus.OPEN);
    if (state.present === null)
      rejectUpdate('ATTENDANCE_NOT_RECORDED', 'attendance is not recorded yet');
    const missing = state.agenda.filter((item) => !tallies.has(item.dossierId));
    if (missing.length > 0)
      rejectUpdate(
        'BALLOTS_MISSING',
        `no ballot yet for ${missing.map((item) => item.code).join(', ')}`,
        missing.map((item) => ({
          field: 'ballots',
          rule: 'everyDossier',
          message: {
            vi: `Chưa ghi kết quả bỏ phiếu của hồ sơ ${item.code}.`,
            en: `No ballot recorded yet for dossier ${item.code}.`,
          },
        })),
      );
  };
  const recordAttendance = async (present: string[], actorId: string) => {
    state.present = [...present];
    await project({ type: 'attendance.recorded', actorId, present });
    return state;
  };
  const requestClose = async (actorId: string) => {
    closedBy = actorId;
    await condition(() => state.status === CouncilMeetingStatus.CLOSED);
    return state;
  };

  setHandler(councilMeetingStateQuery, () => state);
  setHandler(councilMeetingRecordedUpdate, async () => {
    await condition(() => state.recorded);
    return state;
  });
  setHandler(
    addToAgendaUpdate,
    async ({ actor, dossier }) => {
      state.agenda.push(dossier);
      await project({ type: 'agenda.added', actorId: actor.userId, dossier });
      await signalQuietly(dossier.code, councilAgendaSignal, {
        meetingId: input.meetingId,
        meetingDate,
        placed: true,
      });
      return state;
    },
    {
      validator: ({ actor, dossier }: { actor: TaskActor; dossier: AgendaDossier }) => {
        assertSecretary(actor);
        assertStatus(CouncilMeetingStatus.SCHEDULED);
        if (state.agenda.some((item) => item.dossierId === dossier.dossierId))
          rejectUpdate('DOSSIER_NOT_AWAITING_COUNCIL', 'the dossier is already on the agenda');
      },
    },
  );
  setHandler(
    removeFromAgendaUpdate,
    async ({ actor, dossierId }) => {
      const item = state.agenda.find((candidate) => candidate.dossierId === dossierId);
      state.agenda = state.agenda.filter((candidate) => candidate.dossierId !== dossierId);
      await project({ type: 'agenda.removed', actorId: actor.userId, dossierId });
      if (item !== undefined)
        await signalQuietly(item.code, councilAgendaSignal, {
          meetingId: input.meetingId,
          meetingDate,
          placed: false,
        });
      return state;
    },
    {
      validator: ({ actor, dossierId }: { actor: TaskActor; dossierId: string }) => {
        assertSecretary(actor);
        assertStatus(CouncilMeetingStatus.SCHEDULED);
        if (!state.agenda.some((item) => item.dossierId === dossierId))
          rejectUpdate('DOSSIER_NOT_AWAITING_COUNCIL', 'the dossier is not on the agenda');
      },
    },
  );
  setHandler(
    recordAttendanceUpdate,
    ({ actor, present }) => recordAttendance(present, actor.userId),
    {
      validator: ({ actor, present }: { actor: TaskActor; present: string[] }) => {
        assertSecretary(actor);
        validateAttendance(present);
      },
    },
  );
  setHandler(
    recordBallotUpdate,
    async ({ actor, tally }) => {
      tallies.set(tally.dossierId, tally);
      state.ballots[tally.dossierId] = {
        ballotsCast: tally.castBy.length,
        votesFor: tally.votesFor,
      };
      await project({
        type: 'ballot.recorded',
        actorId: actor.userId,
        dossierId: tally.dossierId,
        ballotsCast: tally.castBy.length,
        votesFor: tally.votesFor,
      });
      return state;
    },
    {
      validator: ({ actor, tally }: { actor: TaskActor; tally: BallotTally }) => {
        assertSecretary(actor);
        assertStatus(CouncilMeetingStatus.OPEN);
        const present = state.present;
        if (present === null)
          rejectUpdate('ATTENDANCE_NOT_RECORDED', 'attendance is not recorded yet');
        const item = state.agenda.find((candidate) => candidate.dossierId === tally.dossierId);
        if (item === undefined)
          rejectUpdate('DOSSIER_NOT_AWAITING_COUNCIL', 'the dossier is not on the agenda');
        for (const voter of tally.castBy) {
          const violation = separationOfDutiesViolation({
            actorId: voter,
            action: 'vote',
            dossierAuthorId: null,
            initiativeAuthorIds: item.initiativeAuthorIds,
          });
          if (violation !== null)
            rejectUpdate('SEPARATION_OF_DUTIES', violation, [
              {
                field: 'castBy',
                rule: violation,
                message: SEPARATION_OF_DUTIES_MESSAGES[violation],
              },
            ]);
        }
        const errors = tallyProblems(input, item, present, tally);
        if (errors.length > 0) rejectUpdate('BALLOT_INVALID', 'the tally is not valid', errors);
      },
    },
  );
  setHandler(
    openMeetingEarlyUpdate,
    async ({ actor, present }) => {
      opening.early = { by: actor.userId, present: [...present] };
      await condition(() => state.present !== null);
      return state;
    },
    {
      validator: ({ actor, present }: { actor: TaskActor; present: string[] }) => {
        assertSecretary(actor);
        if (!mayOpenEarly || opening.early !== null)
          rejectUpdate('MEETING_STATE_NOT_ALLOWED', 'this meeting opens at its time');
        assertStatus(CouncilMeetingStatus.SCHEDULED);
        const missing = input.members.filter((member) => !present.includes(member.userId));
        const strangers = present.filter(
          (id) => !input.members.some((member) => member.userId === id),
        );
        if (strangers.length > 0 || new Set(present).size !== present.length)
          rejectUpdate('BALLOT_INVALID', 'attendance lists council members, each once', [
            {
              field: 'present',
              rule: 'members',
              message: {
                vi: 'Danh sách có mặt chỉ gồm thành viên Hội đồng, mỗi người một lần.',
                en: 'Attendance lists council members, each once.',
              },
            },
          ]);
        if (missing.length > 0)
          rejectUpdate(
            'NOT_EVERYONE_PRESENT',
            `not present: ${missing.map((member) => member.fullName).join(', ')}`,
            [
              {
                field: 'present',
                rule: 'everyMember',
                message: {
                  vi: `Chưa có mặt: ${missing.map((member) => member.fullName).join(', ')}. Phiên họp khai mạc đúng giờ đã định.`,
                  en: `Not present: ${missing.map((member) => member.fullName).join(', ')}. The meeting opens at its time.`,
                },
              },
            ],
          );
      },
    },
  );
  setHandler(closeMeetingUpdate, ({ actor }) => requestClose(actor.userId), {
    validator: ({ actor }: { actor: TaskActor }) => {
      assertSecretary(actor);
      validateClose();
    },
  });
  setHandler(
    completeTaskUpdate,
    async (completion: TaskCompletion) => {
      if (completion.taskKey === CouncilTaskType.attendance) {
        await recordAttendance(completion.outcome.present as string[], completion.actor.userId);
        return { accepted: true as const, stage: state.status };
      }
      await requestClose(completion.actor.userId);
      return { accepted: true as const, stage: state.status };
    },
    {
      validator: (completion: TaskCompletion) => {
        if (!openTasks.has(completion.taskKey))
          rejectUpdate('TASK_NOT_OPEN', `task ${completion.taskKey} is not open`);
        assertSecretary(completion.actor);
        if (completion.taskKey === CouncilTaskType.attendance) {
          const present = completion.outcome.present;
          if (!Array.isArray(present) || present.some((id) => typeof id !== 'string'))
            rejectUpdate('INVALID_OUTCOME', 'outcome.present lists the members present');
          validateAttendance(present as string[]);
        } else validateClose();
      },
    },
  );

  await activities.recordCouncilMeeting(input);
  state.recorded = true;
  await project({ type: 'meeting.scheduled', actorId: input.createdBy });
  await notifyMembers('invited', 'council.meeting.invited');

  const reminders = await activities.planMeetingReminders({
    scheduledAt: input.scheduledAt,
    now: nowIso(),
    offsetsWorkingDays: [...getRuleSet(input.ruleSetId).timeLimits.reminderOffsetsWorkingDays],
  });
  /** Waits until the instant, or until the secretary opens the meeting early: true if they did. */
  const openedBefore = async (instant: string): Promise<boolean> => {
    if (!mayOpenEarly) {
      await sleepUntil(instant);
      return false;
    }
    const remaining = Date.parse(instant) - Date.now();
    if (remaining > 0 && opening.early === null)
      await condition(() => opening.early !== null, remaining);
    return opening.early !== null;
  };
  for (const reminder of reminders) {
    if (await openedBefore(reminder.at)) break;
    await notifyMembers(`reminder:${reminder.offsetWorkingDays}`, 'council.meeting.reminder', {
      workingDaysLeft: reminder.offsetWorkingDays,
    });
  }
  await openedBefore(input.scheduledAt);
  state.status = CouncilMeetingStatus.OPEN;
  const early = opening.early;
  await project({
    type: 'meeting.opened',
    actorId: early?.by ?? null,
    ...(early === null ? {} : { early: { scheduledAt: input.scheduledAt } }),
  });
  if (early !== null) await recordAttendance(early.present, early.by);
  const membersHearAgendaAndResults = patched(MEMBERS_HEAR_AGENDA_AND_RESULTS);
  if (membersHearAgendaAndResults && state.agenda.length > 0)
    await notifyMembers('agenda', 'council.meeting.agenda', {
      agenda: state.agenda
        .map((item) => `${item.code} (${item.nomineeName} — ${item.awardName})`)
        .join('; '),
    });

  // Opened early, the attendance is already recorded: no task for it.
  if (early === null)
    await secretaryStep(
      CouncilTaskType.attendance,
      'Ghi danh sách có mặt',
      'Record attendance',
      () => state.present !== null,
    );
  await secretaryStep(
    CouncilTaskType.close,
    'Ghi kết quả bỏ phiếu và kết thúc phiên họp',
    'Record ballots and close the meeting',
    () => closedBy !== null,
  );

  const present = state.present ?? [];
  state.results = state.agenda.map((item) =>
    dossierResult(input, item, present, tallies.get(item.dossierId) as BallotTally),
  );
  const minutes = await activities.renderCouncilMinutes({
    meetingId: input.meetingId,
    results: state.results,
    present,
  });
  state.minutesDocumentIds = minutes.documentIds;
  await project({
    type: 'meeting.closed',
    actorId: closedBy,
    results: state.results,
    minutesDocumentIds: minutes.documentIds,
  });
  for (const result of state.results) {
    // Without a quorum the meeting could not vote: the dossier goes back to wait for another meeting.
    if (!result.quorumMet)
      await signalQuietly(result.code, councilAgendaSignal, {
        meetingId: input.meetingId,
        meetingDate,
        placed: false,
      });
    else
      await signalQuietly(result.code, councilResultSignal, {
        meetingId: input.meetingId,
        level: input.level,
        passed: result.passed,
        votesFor: result.votesFor,
        membersTotal: result.membersTotal,
        present: result.present,
      });
  }
  state.status = CouncilMeetingStatus.CLOSED;
  if (membersHearAgendaAndResults)
    await notifyMembers('closed', 'council.meeting.closed', resultNotice(state));
  await condition(allHandlersFinished);
  return state;

  /** Puts a step in the secretary's inbox and waits until the API or the task completes it. */
  async function secretaryStep(
    taskKey: CouncilTaskType,
    vi: string,
    en: string,
    done: () => boolean,
  ): Promise<void> {
    openTasks.add(taskKey);
    await activities.openTask({
      workflowId: workflowInfo().workflowId,
      taskKey,
      type: taskKey,
      title: { vi: `${vi}: ${input.title}`, en: `${en}: ${input.title}` },
      subject: {
        type: TaskSubjectType.councilMeeting,
        id: input.meetingId,
        label: `${input.title} · ${state.agenda.length} hồ sơ`,
        unitId: input.unitId,
      },
      candidates: { role: Role.COUNCIL_SECRETARY, unitId: input.unitId },
      dueAt: null,
      details: { meetingId: input.meetingId, agenda: state.agenda.map((item) => item.code) },
    });
    await condition(done);
    openTasks.delete(taskKey);
    await activities.closeTask({
      workflowId: workflowInfo().workflowId,
      taskKey,
      status: 'COMPLETED',
      closedBy: null,
    });
  }
}
