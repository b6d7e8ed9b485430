import { readFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { tsToMs } from '@temporalio/common/lib/time';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  type AuthenticatedUser,
  type CouncilMeetingState,
  councilMeetingWorkflowId,
  type CouncilPosition,
  type Role,
} from '@tdkt/contracts';
import {
  AddToAgendaUseCase,
  CloseMeetingUseCase,
  GetCouncilMeetingUseCase,
  ListCouncilCandidatesUseCase,
  OpenMeetingEarlyUseCase,
  RecordAttendanceUseCase,
  RecordBallotUseCase,
  StartCouncilMeetingUseCase,
} from '@tdkt/server-feature-councils';
import { CreateDossierUseCase, SubmitDossierUseCase } from '@tdkt/server-feature-dossier';
import { CompleteTaskUseCase } from '@tdkt/server-feature-inbox';
import { startTimeSkippingTemporal } from '@tdkt/testing';
import { recordHistory } from '../support/histories';
import { addPerson, type Person, unitId } from '../support/people';
import { TEST_ENV, testEnv } from '../support/test-env';
import { startWorkerContext, type WorkerContext } from '../support/worker-context';
import { until } from '../support/poll';

const TASK_QUEUE = 'council-meeting';
const MEMBERS = 10;

/**
 * The council meeting workflow on the time-skipping server with the real use cases and PostgreSQL,
 * under the 2024 rules and organisation (a district council exists). The meetings are set on fixed
 * dates in January 2036, whose calendar is known: New Year's Day is a Tuesday, so the working day
 * before Wednesday 2 January is Monday 31 December, and the third is Thursday 27 December (the
 * weekend of 29–30 December skipped). The time-skipping server starts at the real now and ends a
 * workflow after ten years, so these dates serve until the end of 2035.
 */
describe('councilMeetingWorkflow (time-skipping server, real activities)', () => {
  let env: TestWorkflowEnvironment;
  let context: WorkerContext;
  let worker: Worker;
  let running: Promise<void>;
  let school: string;
  let district: string;
  let officer: AuthenticatedUser;
  let reviewer: AuthenticatedUser;
  let secretary: AuthenticatedUser;
  const members: { person: Person; position: CouncilPosition }[] = [];

  beforeAll(async () => {
    env = await startTimeSkippingTemporal();
    context = await startWorkerContext({
      temporalAddress: env.address,
      temporalNamespace: env.namespace ?? 'default',
      taskQueue: TASK_QUEUE,
      env: { RULES_AS_OF: '2024-12-16' },
    });
    school = await unitId(context.db, 'DN-CM-TH-LG');
    district = await unitId(context.db, 'DN-CM');
    const signedIn = async (username: string, unitCode: string, role: Role) => {
      const person = await addPerson(context.db, { username, unitCode, role });
      const user: AuthenticatedUser = {
        id: person.id,
        username,
        fullName: `Cán bộ ${username}`,
        unitId: await unitId(context.db, unitCode),
        grants: [{ role, unitId: await unitId(context.db, unitCode) }],
      };
      return { person, user };
    };
    officer = (await signedIn('officer.school', 'DN-CM-TH-LG', 'UNIT_OFFICER')).user;
    reviewer = (await signedIn('reviewer.district', 'DN-CM', 'REVIEWER')).user;
    const clerk = await signedIn('secretary.district', 'DN-CM', 'COUNCIL_SECRETARY');
    secretary = clerk.user;
    members.push({ person: clerk.person, position: 'secretary' });
    for (let index = 1; index < MEMBERS; index += 1) {
      const position: CouncilPosition =
        index === 1 ? 'chair' : index === 2 ? 'vice-chair' : 'member';
      members.push({
        person: await addPerson(context.db, { username: `member${index}`, unitCode: 'DN-CM' }),
        position,
      });
    }
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowBundle: { code: readFileSync(testEnv(TEST_ENV.workflowBundle), 'utf8') },
      activities: context.activities(),
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await context?.stop();
    await env?.teardown();
  });

  const memberIds = () => members.map((member) => member.person.id);
  const actions = () => ({
    addToAgenda: context.get(AddToAgendaUseCase),
    recordAttendance: context.get(RecordAttendanceUseCase),
    openEarly: context.get(OpenMeetingEarlyUseCase),
    recordBallot: context.get(RecordBallotUseCase),
    close: context.get(CloseMeetingUseCase),
  });

  /** Moves the server's clock forward to an instant (never back). */
  async function advanceTo(instant: string): Promise<void> {
    const ms = Date.parse(instant) - (await env.currentTimeMs());
    if (ms > 0) await env.sleep(ms);
  }

  const dossierRow = async (id: string) => {
    const [row] = await context.db.query<
      { stage: string; current_level: string; outcome_reason: string | null; code: string }[]
    >(`SELECT stage, current_level, outcome_reason, code FROM dossiers WHERE id = $1`, [id]);
    return row!;
  };

  /** A dossier of the school, submitted and accepted by the district: waiting for its council. */
  async function councilPendingDossier(awardCode: string, name: string): Promise<string> {
    const created = await context.get(CreateDossierUseCase).execute(
      {
        year: 2024,
        awardCode,
        proposingUnitId: school,
        nominee: { kind: 'individual', name, position: 'Giáo viên' },
        achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024.',
      },
      {
        actorKind: 'user',
        actorId: officer.id,
        actorRole: 'UNIT_OFFICER',
        actorUnitId: school,
        requestId: null,
      },
    );
    await context.get(SubmitDossierUseCase).execute({
      dossierId: created.id,
      submittedBy: officer.id,
      submittedAs: { role: 'UNIT_OFFICER', unitId: school },
      requestId: null,
    });
    const [task] = await until(
      () =>
        context.db.query<{ id: string }[]>(
          `SELECT id FROM tasks WHERE workflow_id = $1 AND type = 'dossier.review' AND status = 'OPEN'`,
          [created.code],
        ),
      (rows) => rows.length === 1,
    );
    await context.get(CompleteTaskUseCase).execute(task!.id, { decision: 'accept' }, reviewer);
    await until(
      () => dossierRow(created.id),
      (row) => row.stage === 'COUNCIL_PENDING',
    );
    return created.id;
  }

  /** The district's council of ten, convened by its secretary for `scheduledAt`. */
  async function convene(scheduledAt: string, title: string) {
    const state = await context.get(StartCouncilMeetingUseCase).execute({
      unitId: district,
      title,
      scheduledAt,
      location: 'Hội trường UBND huyện Cẩm Mỹ',
      members: members.map((member) => ({
        userId: member.person.id,
        position: member.position,
      })),
      createdBy: secretary.id,
      requestId: null,
    });
    const handle = env.client.workflow.getHandle(councilMeetingWorkflowId(state.meetingId));
    return { meetingId: state.meetingId, workflowId: handle.workflowId, handle };
  }

  const meetingRow = async (meetingId: string) => {
    const [row] = await context.db.query<{ status: string; opened_at: Date | null }[]>(
      `SELECT status, opened_at FROM council_meetings WHERE id = $1`,
      [meetingId],
    );
    return row!;
  };

  /** In-app notifications sent under an idempotency key: one row per recipient. */
  const notified = (key: string) =>
    context.db.query<{ user_id: string; template: string; body: { vi: string } }[]>(
      `SELECT user_id, template, body FROM notifications WHERE idempotency_key = $1 ORDER BY user_id`,
      [key],
    );

  /** When (server time) the workflow scheduled each notification, by its idempotency key. */
  async function notificationTimes(handle: WorkflowHandle): Promise<Map<string, number>> {
    const history = await handle.fetchHistory();
    const times = new Map<string, number>();
    for (const event of history.events ?? []) {
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (scheduled?.activityType?.name !== 'sendNotification') continue;
      const payload = scheduled.input?.payloads?.[0]?.data;
      const request = JSON.parse(Buffer.from(payload!).toString('utf8')) as {
        idempotencyKey: string;
      };
      times.set(request.idempotencyKey, tsToMs(event.eventTime));
    }
    return times;
  }

  /**
   * Waits until the meeting sleeps on its first timer, its start-up activities done: the clock must
   * not jump while an activity runs, or the activity's timeout would expire in the jump.
   */
  async function waitForTimer(handle: WorkflowHandle): Promise<void> {
    await until(
      async () =>
        ((await handle.fetchHistory()).events ?? []).some(
          (event) => event.timerStartedEventAttributes,
        ),
      (started) => started,
    );
  }

  /**
   * The meeting's result, read from its history: `handle.result()` would unlock time skipping, and
   * the server would run the other workflows' timers (a dossier's deadlines) months ahead meanwhile.
   */
  async function closedState(handle: WorkflowHandle): Promise<CouncilMeetingState> {
    await until(
      async () => (await handle.describe()).status.name,
      (status) => status === 'COMPLETED',
    );
    const completed = ((await handle.fetchHistory()).events ?? []).find(
      (event) => event.workflowExecutionCompletedEventAttributes,
    );
    const [payload] = completed?.workflowExecutionCompletedEventAttributes?.result?.payloads ?? [];
    if (payload === undefined) throw new Error(`${handle.workflowId} completed without a result`);
    return defaultPayloadConverter.fromPayload<CouncilMeetingState>(payload);
  }

  it('invites at once, reminds 3 and 1 working days before at 08:00 across New Year and a weekend, opens on time, and counts 90 % and 80 % of all ten members', async () => {
    const provincialA = await councilPendingDossier('CSTD_TINH', 'Nguyễn Thị Lan');
    const provincialB = await councilPendingDossier('CSTD_TINH', 'Trần Văn Hùng');
    const grassroots = await councilPendingDossier('CSTDCS', 'Lê Thị Ánh Tuyết');
    // Wednesday 2 January 2036, 09:00 in Vietnam.
    const meeting = await convene('2036-01-02T02:00:00.000Z', 'Phiên họp xét khen thưởng đầu năm');
    for (const dossierId of [provincialA, provincialB, grassroots])
      await actions().addToAgenda.execute(meeting.meetingId, dossierId, secretary);
    await waitForTimer(meeting.handle);

    const invited = await until(
      () => notified(`${meeting.workflowId}:invited`),
      (rows) => rows.length === MEMBERS,
    );
    expect(invited.map((row) => row.user_id)).toEqual([...memberIds()].sort());
    expect(invited[0]!.template).toBe('council.meeting.invited');

    // Thursday 27 December 2035: nothing at 07:59, the 3-working-day reminder at 08:00.
    await advanceTo('2035-12-27T00:59:00Z');
    expect(await notified(`${meeting.workflowId}:reminder:3`)).toEqual([]);
    await advanceTo('2035-12-27T01:01:00Z');
    const three = await until(
      () => notified(`${meeting.workflowId}:reminder:3`),
      (rows) => rows.length === MEMBERS,
    );
    expect(three[0]!.body.vi).toContain('còn 3 ngày làm việc');
    expect(await notified(`${meeting.workflowId}:reminder:1`)).toEqual([]);

    // Monday 31 December 2035: the last working day before the meeting (1 January is a holiday).
    await advanceTo('2035-12-31T00:59:00Z');
    expect(await notified(`${meeting.workflowId}:reminder:1`)).toEqual([]);
    await advanceTo('2035-12-31T01:01:00Z');
    const one = await until(
      () => notified(`${meeting.workflowId}:reminder:1`),
      (rows) => rows.length === MEMBERS,
    );
    expect(one[0]!.body.vi).toContain('còn 1 ngày làm việc');

    // Not open a minute before its time: attendance is refused.
    await advanceTo('2036-01-02T01:59:00Z');
    expect((await meetingRow(meeting.meetingId)).status).toBe('SCHEDULED');
    await expect(
      actions().recordAttendance.execute(meeting.meetingId, memberIds(), secretary),
    ).rejects.toMatchObject({ code: 'MEETING_STATE_NOT_ALLOWED' });
    await advanceTo('2036-01-02T02:01:00Z');
    const opened = await until(
      () => meetingRow(meeting.meetingId),
      (row) => row.status === 'OPEN',
    );
    expect(opened.opened_at!.toISOString().slice(0, 16)).toBe('2036-01-02T02:00');
    const [attendanceTask] = await until(
      () =>
        context.db.query<{ candidate_role: string; candidate_unit_id: string }[]>(
          `SELECT candidate_role, candidate_unit_id FROM tasks
            WHERE workflow_id = $1 AND type = 'council.attendance' AND status = 'OPEN'`,
          [meeting.workflowId],
        ),
      (rows) => rows.length === 1,
    );
    expect(attendanceTask).toEqual({
      candidate_role: 'COUNCIL_SECRETARY',
      candidate_unit_id: district,
    });
    // At the opening every member hears the agenda as it stands, each dossier by code and name.
    const agenda = await until(
      () => notified(`${meeting.workflowId}:agenda`),
      (rows) => rows.length === MEMBERS,
    );
    expect(agenda[0]!.template).toBe('council.meeting.agenda');
    expect(agenda[0]!.body.vi).toContain('xét 3 hồ sơ');
    expect(agenda[0]!.body.vi).toContain('(Lê Thị Ánh Tuyết — ');

    // The exact instants, from the workflow's own history (server time).
    const times = await notificationTimes(meeting.handle);
    for (const [key, instant] of [
      ['reminder:3', '2035-12-27T01:00:00.000Z'],
      ['reminder:1', '2035-12-31T01:00:00.000Z'],
    ] as const) {
      const at = times.get(`${meeting.workflowId}:${key}`)!;
      expect(at).toBeGreaterThanOrEqual(Date.parse(instant));
      expect(at).toBeLessThan(Date.parse(instant) + 60_000);
    }
    expect(times.get(`${meeting.workflowId}:invited`)!).toBeLessThan(
      Date.parse('2035-12-27T01:00:00.000Z'),
    );
    expect([...times.keys()].filter((key) => key.includes(':reminder:'))).toHaveLength(2);

    await actions().recordAttendance.execute(meeting.meetingId, memberIds(), secretary);
    for (const [dossierId, votesFor] of [
      [provincialA, 9],
      [provincialB, 8],
      [grassroots, 8],
    ] as const)
      await actions().recordBallot.execute(
        meeting.meetingId,
        { dossierId, castBy: memberIds(), votesFor },
        secretary,
      );
    const closing = await actions().close.execute(meeting.meetingId, secretary);
    expect(closing.status).toBe('CLOSED');
    const state = await closedState(meeting.handle);
    // CSTĐ cấp tỉnh needs 90 % of all ten members (9), CSTĐCS 80 % (8).
    expect(
      state.results.map((result) => [
        result.dossierId,
        result.votesFor,
        result.votesRequired,
        result.quorumMet,
        result.passed,
      ]),
    ).toEqual([
      [provincialA, 9, 9, true, true],
      [provincialB, 8, 9, true, false],
      [grassroots, 8, 8, true, true],
    ]);
    expect(state.minutesDocumentIds).toHaveLength(2);
    const view = await context.get(GetCouncilMeetingUseCase).execute(meeting.meetingId);
    expect(view.agenda.map((item) => [item.votesFor, item.votesRequired, item.passed])).toEqual([
      [9, 9, true],
      [8, 9, false],
      [8, 8, true],
    ]);
    await expect(
      actions().recordBallot.execute(
        meeting.meetingId,
        { dossierId: provincialB, castBy: memberIds(), votesFor: 10 },
        secretary,
      ),
    ).rejects.toMatchObject({ code: 'MEETING_STATE_NOT_ALLOWED' });

    // The members heard the results, and that the minutes are ready.
    const results = await until(
      () => notified(`${meeting.workflowId}:closed`),
      (rows) => rows.length === MEMBERS,
    );
    expect(results[0]!.template).toBe('council.meeting.closed');
    expect(results[0]!.body.vi).toContain('2 hồ sơ được đề nghị khen thưởng, 1 hồ sơ không đạt');
    expect(results[0]!.body.vi).toContain('(Trần Văn Hùng): không đạt, 8/10 phiếu đồng ý');
    expect(results[0]!.body.vi).toContain('Biên bản phiên họp đã được lập');

    // The dossiers heard their results: on to the province, ended, on to public disclosure.
    await until(
      () => dossierRow(provincialA),
      (row) => row.current_level === 'province' && row.stage === 'UNIT_REVIEW',
    );
    expect(
      await until(
        () => dossierRow(provincialB),
        (row) => row.stage === 'NOT_APPROVED',
      ),
    ).toMatchObject({ outcome_reason: 'COUNCIL_VOTE_FAILED: 8/10' });
    await until(
      () => dossierRow(grassroots),
      (row) => row.stage === 'DISCLOSURE',
    );
    await recordHistory(meeting.handle, 'councilMeetingWorkflow', 'reminders-ballots-and-results');
  }, 180_000);

  it('sends the dossiers of a meeting without quorum back to wait, and a later meeting votes them', async () => {
    const dossierId = await councilPendingDossier('CSTDCS', 'Phạm Thị Hoa');
    // Wednesday 9 January 2036: seven of ten attend, short of the 4/5 an award session needs.
    const first = await convene('2036-01-09T02:00:00.000Z', 'Phiên họp xét khen thưởng (lần 1)');
    await actions().addToAgenda.execute(first.meetingId, dossierId, secretary);
    await waitForTimer(first.handle);
    await until(
      () =>
        context.db.query<{ type: string }[]>(
          `SELECT type FROM dossier_events WHERE dossier_id = $1 AND type = 'council.scheduled'`,
          [dossierId],
        ),
      (rows) => rows.length === 1,
    );
    await advanceTo('2036-01-09T02:01:00Z');
    await until(
      () => meetingRow(first.meetingId),
      (row) => row.status === 'OPEN',
    );
    const present = memberIds().slice(0, 7);
    await actions().recordAttendance.execute(first.meetingId, present, secretary);
    await actions().recordBallot.execute(
      first.meetingId,
      { dossierId, castBy: present, votesFor: 7 },
      secretary,
    );
    await actions().close.execute(first.meetingId, secretary);
    const noQuorum = await closedState(first.handle);
    expect(noQuorum.results).toEqual([
      expect.objectContaining({ dossierId, present: 7, quorumMet: false, passed: false }),
    ]);

    // The dossier did not fail: it is unscheduled and waits, a candidate for the next meeting.
    await until(
      () =>
        context.db.query<{ type: string }[]>(
          `SELECT type FROM dossier_events WHERE dossier_id = $1 AND type = 'council.unscheduled'`,
          [dossierId],
        ),
      (rows) => rows.length === 1,
    );
    expect((await dossierRow(dossierId)).stage).toBe('COUNCIL_PENDING');
    await recordHistory(first.handle, 'councilMeetingWorkflow', 'quorum-not-met');

    const second = await convene('2036-01-16T02:00:00.000Z', 'Phiên họp xét khen thưởng (lần 2)');
    expect(
      (await context.get(ListCouncilCandidatesUseCase).execute(second.meetingId)).map(
        (candidate) => candidate.dossierId,
      ),
    ).toContain(dossierId);
    await actions().addToAgenda.execute(second.meetingId, dossierId, secretary);
    await waitForTimer(second.handle);
    await advanceTo('2036-01-16T02:01:00Z');
    await until(
      () => meetingRow(second.meetingId),
      (row) => row.status === 'OPEN',
    );
    await actions().recordAttendance.execute(second.meetingId, memberIds(), secretary);
    await actions().recordBallot.execute(
      second.meetingId,
      { dossierId, castBy: memberIds(), votesFor: 9 },
      secretary,
    );
    await actions().close.execute(second.meetingId, secretary);
    expect((await closedState(second.handle)).results).toEqual([
      expect.objectContaining({ dossierId, quorumMet: true, passed: true }),
    ]);
    await until(
      () => dossierRow(dossierId),
      (row) => row.stage === 'DISCLOSURE',
    );
  }, 180_000);

  it('opens early when the secretary finds every member present (attendance recorded, audited), and not before everyone is there', async () => {
    const dossierId = await councilPendingDossier('CSTDCS', 'Bùi Thị Thanh');
    // Wednesday 23 January 2036, 09:00; everyone is there at 08:40.
    const meeting = await convene(
      '2036-01-23T02:00:00.000Z',
      'Phiên họp xét khen thưởng (khai mạc sớm)',
    );
    await actions().addToAgenda.execute(meeting.meetingId, dossierId, secretary);
    await waitForTimer(meeting.handle);
    await advanceTo('2036-01-23T01:40:00Z');

    const missing = members.at(-1)!.person;
    await expect(
      actions().openEarly.execute(
        meeting.meetingId,
        memberIds().filter((id) => id !== missing.id),
        secretary,
      ),
    ).rejects.toMatchObject({
      code: 'NOT_EVERYONE_PRESENT',
      errors: [expect.objectContaining({ field: 'present', rule: 'everyMember' })],
    });
    expect((await meetingRow(meeting.meetingId)).status).toBe('SCHEDULED');

    const opened = await actions().openEarly.execute(meeting.meetingId, memberIds(), secretary);
    expect(opened.status).toBe('OPEN');
    expect([...(opened.present ?? [])].sort()).toEqual([...memberIds()].sort());
    const row = await meetingRow(meeting.meetingId);
    expect(row.status).toBe('OPEN');
    expect(row.opened_at!.getTime()).toBeLessThan(Date.parse('2036-01-23T02:00:00Z'));
    const [audit] = await context.db.query<{ actor_id: string; after: Record<string, unknown> }[]>(
      `SELECT actor_id, after FROM audit_log WHERE action = 'council-meeting.opened' AND entity_id = $1`,
      [meeting.meetingId],
    );
    expect(audit).toEqual({
      actor_id: secretary.id,
      after: { early: { scheduledAt: '2036-01-23T02:00:00.000Z' } },
    });
    // Nothing left to record about who came: no attendance task.
    const attendanceTasks = await context.db.query<unknown[]>(
      `SELECT 1 FROM tasks WHERE workflow_id = $1 AND type = 'council.attendance'`,
      [meeting.workflowId],
    );
    expect(attendanceTasks).toEqual([]);

    await actions().recordBallot.execute(
      meeting.meetingId,
      { dossierId, castBy: memberIds(), votesFor: 10 },
      secretary,
    );
    await actions().close.execute(meeting.meetingId, secretary);
    expect((await closedState(meeting.handle)).results).toEqual([
      expect.objectContaining({ dossierId, quorumMet: true, passed: true }),
    ]);
    await recordHistory(meeting.handle, 'councilMeetingWorkflow', 'opened-early');
  }, 180_000);
});
