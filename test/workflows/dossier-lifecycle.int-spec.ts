import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import {
  calendarChangedSignal,
  councilAgendaSignal,
  councilResultSignal,
  decisionIssuedSignal,
  dossierStateQuery,
  externalOutcomeSignal,
  fileObjectionUpdate,
  initiativeDecidedSignal,
  supplementUpdate,
  withdrawUpdate,
} from '@tdkt/contracts';
import {
  computeStepSchedule,
  HolidayCalendar,
  holidaysOf,
  isWorkingDay,
  tetDate,
  vietnamDateOfEpochMillis,
  yearOf,
  type OfficialSchedule,
} from '@tdkt/domain';
import { startTimeSkippingTemporal } from '@tdkt/testing';
import {
  complete,
  DossierWorld,
  dossierInput,
  dossierTestWorker,
  PEOPLE,
  startDossier,
  UNITS,
  waitFor,
} from '../support/dossier-world';
import { recordHistory } from '../support/histories';

/** The error code a rejected update carries (the validator's ApplicationFailure type). */
async function rejectionOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError)
      return (error.cause as { type?: string } | undefined)?.type;
    throw error;
  }
  return undefined;
}

describe('dossierWorkflow branches (time-skipping server)', () => {
  let env: TestWorkflowEnvironment;
  let world: DossierWorld;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = 'dossier-lifecycle';

  beforeAll(async () => {
    env = await startTimeSkippingTemporal();
    world = new DossierWorld();
    worker = await dossierTestWorker(env, world, taskQueue);
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  it('takes a CSTĐCS dossier through review, council and decision to an approval', async () => {
    const input = dossierInput('CSTDCS');
    const handle = await startDossier(env, world, taskQueue, input);

    expect(world.tasksOf(input.code)).toEqual(['review:district#1']);
    expect(world.opened[world.opened.length - 1]?.candidates).toEqual({
      role: 'REVIEWER',
      unitId: UNITS.district.id,
    });
    const accepted = await complete(handle, 'review:district#1', PEOPLE.districtReviewer, {
      decision: 'accept',
    });
    expect(accepted.stage).toBe('COUNCIL_PENDING');

    await handle.signal(councilAgendaSignal, {
      meetingId: 'M-1',
      meetingDate: '2027-03-01',
      placed: true,
    });
    await handle.signal(councilResultSignal, {
      meetingId: 'M-1',
      level: 'district',
      passed: true,
      votesFor: 8,
      membersTotal: 9,
      present: 9,
    });
    await waitFor(() => world.tasksOf(input.code).includes('decision:district'));
    expect(
      world.opened.find(
        (task) => task.taskKey === 'decision:district' && task.workflowId === input.code,
      )?.candidates,
    ).toEqual({
      role: 'LEADER',
      unitId: UNITS.district.id,
    });

    const decided = await complete(handle, 'decision:district', PEOPLE.chairman, {
      decision: 'approve',
    });
    expect(decided.stage).toBe('APPROVED');
    const outcome = await handle.result();
    expect(outcome.stage).toBe('APPROVED');
    expect(outcome.decision?.decidedBy).toBe(PEOPLE.chairman.userId);
    expect(world.eventsOf(input.dossierId)).toEqual([
      'dossier.submitted',
      'review.started',
      'review.accepted',
      'council.awaited',
      'council.scheduled',
      'council.voted',
      'decision.requested',
      'decision.approved',
      'dossier.closed',
    ]);
    expect(
      world.notifications.some(
        (n) => n.template === 'dossier.closed' && n.params.stage === 'APPROVED',
      ),
    ).toBe(true);
    // The reviewers were told the dossier arrived, the leader that it awaits a signature.
    const announced = (taskKey: string) =>
      world.notifications.find((n) => n.idempotencyKey === `${input.code}:${taskKey}:opened`);
    expect(announced('review:district#1')).toMatchObject({
      template: 'task.opened',
      recipients: [{ role: 'REVIEWER', unitId: UNITS.district.id }],
      params: { note: '' },
    });
    expect(announced('decision:district')).toMatchObject({
      template: 'task.opened',
      recipients: [{ role: 'LEADER', unitId: UNITS.district.id }],
      params: { note: 'Hồ sơ đã được thẩm định và xét, chờ ký quyết định khen thưởng.' },
    });
    await recordHistory(handle, 'dossierWorkflow', 'approved-after-council');
  });

  it('takes an ad-hoc dossier by the simplified procedure: short review, no council or disclosure, straight to a numbered decision', async () => {
    // Luật 06/2022/QH15 Art. 85; the 5-day limits are project defaults (docs/rules.md).
    const input = dossierInput('GIAY_KHEN_DOT_XUAT', { disclosure: 'route' });
    expect(input).toMatchObject({ track: 'ad-hoc', council: null });
    expect(input.disclosure.required).toBe(false);
    const handle = await startDossier(env, world, taskQueue, input);

    const review = world.opened.find(
      (task) => task.workflowId === input.code && task.taskKey === 'review:district#1',
    );
    const reviewStarted = world.projections.find(
      (p) => p.dossierId === input.dossierId && p.event.type === 'review.started',
    );
    expect(review?.dueAt).toBe(
      computeStepSchedule(
        {
          startAt: reviewStarted?.event.at ?? '',
          workingDays: 5,
          reminderOffsetsWorkingDays: input.timeLimits.reminderOffsetsWorkingDays,
          overdueGraceWorkingDays: input.timeLimits.overdueGraceWorkingDays,
        },
        HolidayCalendar.BUILT_IN,
      ).dueAt,
    );
    const accepted = await complete(handle, 'review:district#1', PEOPLE.districtReviewer, {
      decision: 'accept',
    });
    expect(accepted.stage).toBe('DECISION_PENDING');

    const decided = await complete(handle, 'decision:district', PEOPLE.chairman, {
      decision: 'approve',
    });
    expect(decided.stage).toBe('APPROVED');
    const outcome = await handle.result();
    expect(outcome.decision).toMatchObject({
      level: 'district',
      decidedBy: PEOPLE.chairman.userId,
    });
    expect(outcome.decision?.number).toMatch(/\/QĐ-UBND$/);
    expect(world.eventsOf(input.dossierId)).toEqual([
      'dossier.submitted',
      'review.started',
      'review.accepted',
      'decision.requested',
      'decision.approved',
      'dossier.closed',
    ]);
    await recordHistory(handle, 'dossierWorkflow', 'ad-hoc-simplified-procedure');
  });

  it('returns a dossier for a missing document, takes the supplement and reviews it again with the clock resumed', async () => {
    const input = dossierInput('CSTDCS');
    const handle = await startDossier(env, world, taskQueue, input);

    const returned = await complete(handle, 'review:district#1', PEOPLE.districtReviewer, {
      decision: 'return',
      items: [{ item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu biên bản bình xét của đơn vị' }],
    });
    expect(returned.stage).toBe('SUPPLEMENTING');
    expect(world.tasksOf(input.code)).toEqual(['review:district#1', 'supplement:district#1']);
    const supplementTask = world.opened.find(
      (t) => t.workflowId === input.code && t.taskKey === 'supplement:district#1',
    );
    expect(supplementTask?.candidates).toEqual({ role: 'UNIT_OFFICER', unitId: UNITS.school.id });
    expect(
      world.notifications.some(
        (n) => n.idempotencyKey === `${input.code}:returned#1` && n.template === 'dossier.returned',
      ),
    ).toBe(true);

    const resubmitted = await handle.executeUpdate(supplementUpdate, {
      args: [{ actor: PEOPLE.author, note: 'Đã bổ sung biên bản', attachmentIds: ['a-1'] }],
    });
    expect(resubmitted.stage).toBe('UNIT_REVIEW');
    expect(world.tasksOf(input.code)).toEqual([
      'review:district#1',
      'supplement:district#1',
      'review:district#2',
    ]);
    expect((await handle.query(dossierStateQuery)).stage).toBe('UNIT_REVIEW');

    // The reviewers hear that it came back supplemented; the officers were told by the return itself.
    await waitFor(() =>
      world.notifications.some(
        (n) => n.idempotencyKey === `${input.code}:review:district#2:opened`,
      ),
    );
    expect(
      world.notifications.find(
        (n) => n.idempotencyKey === `${input.code}:review:district#2:opened`,
      ),
    ).toMatchObject({
      template: 'task.opened',
      recipients: [{ role: 'REVIEWER', unitId: UNITS.district.id }],
      params: { note: 'Đơn vị đã bổ sung hồ sơ theo yêu cầu.' },
    });
    expect(
      world.notifications.some(
        (n) => n.idempotencyKey === `${input.code}:supplement:district#1:opened`,
      ),
    ).toBe(false);

    await complete(handle, 'review:district#2', PEOPLE.districtReviewer, { decision: 'accept' });
    expect((await handle.query(dossierStateQuery)).stage).toBe('COUNCIL_PENDING');
    await recordHistory(handle, 'dossierWorkflow', 'returned-and-supplemented');
  });

  it('closes a returned dossier as withdrawn, with notice, when the supplementation deadline passes', async () => {
    const input = dossierInput('CSTDCS');
    const handle = await startDossier(env, world, taskQueue, input);
    await complete(handle, 'review:district#1', PEOPLE.districtReviewer, {
      decision: 'return',
      items: [{ item: 'TO_TRINH', reason: 'Tờ trình chưa ký' }],
      deadlineWorkingDays: 5,
    });

    await env.sleep('14 days');
    const outcome = await handle.result();

    expect(outcome).toMatchObject({ stage: 'WITHDRAWN', reason: 'SUPPLEMENT_DEADLINE_MISSED' });
    expect(world.eventsOf(input.dossierId)).toEqual(
      expect.arrayContaining(['task.reminded', 'supplement.expired', 'dossier.closed']),
    );
    expect(
      world.closed.find((t) => t.workflowId === input.code && t.taskKey === 'supplement:district#1')
        ?.status,
    ).toBe('CANCELLED');
    expect(
      world.notifications.find((n) => n.idempotencyKey === `${input.code}:closed`)?.recipients,
    ).toEqual([{ role: 'UNIT_OFFICER', unitId: UNITS.school.id }]);
    await recordHistory(handle, 'dossierWorkflow', 'supplement-deadline-missed');
  });

  it('sends review reminders on working days across Tết at 08:00, and an overdue notice to the head', async () => {
    // Move the server clock to ten days before the next Tết, then submit: the 20 working days span it.
    const now = Date.now();
    const year = Number(vietnamDateOfEpochMillis(now).slice(0, 4));
    const nextTet = [year, year + 1]
      .map(tetDate)
      .find((date) => Date.parse(`${date}T00:00:00+07:00`) - now > 12 * 86_400_000)!;
    const start = Date.parse(`${nextTet}T09:00:00+07:00`) - 10 * 86_400_000;
    await env.sleep(start - (await env.currentTimeMs()));

    const input = dossierInput('CSTDCS');
    const handle = await startDossier(env, world, taskQueue, input);
    const submittedAt = world.projections.find((p) => p.dossierId === input.dossierId)!.event.at;
    const expected = computeStepSchedule({
      startAt: submittedAt,
      workingDays: 20,
      reminderOffsetsWorkingDays: [3, 1],
      overdueGraceWorkingDays: 0,
    });
    const tet = Date.parse(`${nextTet}T00:00:00+07:00`);
    expect(Date.parse(expected.dueAt)).toBeGreaterThan(tet);

    await env.sleep(Date.parse(expected.overdueAt) - (await env.currentTimeMs()) + 3_600_000);
    await waitFor(() => world.eventsOf(input.dossierId).includes('task.overdue'));

    const reminders = world.notifications.filter((n) =>
      n.idempotencyKey.startsWith(`${input.code}:review:district#1:reminder`),
    );
    expect(reminders.map((n) => n.params.workingDaysLeft)).toEqual([3, 1]);
    const reminderEvents = world.projections.filter(
      (p) => p.dossierId === input.dossierId && p.event.type === 'task.reminded',
    );
    expect(reminderEvents.map((p) => p.event.at.slice(0, 16))).toEqual(
      expected.reminders.map((r) => r.at.slice(0, 16)),
    );
    for (const event of reminderEvents) {
      expect(isWorkingDay(vietnamDateOfEpochMillis(Date.parse(event.event.at)))).toBe(true);
      expect(new Date(event.event.at).getUTCHours()).toBe(1); // 08:00 in Vietnam
    }
    const overdue = world.notifications.find(
      (n) => n.idempotencyKey === `${input.code}:review:district#1:overdue`,
    );
    expect(overdue?.recipients).toEqual([
      { role: 'REVIEWER', unitId: UNITS.district.id },
      { role: 'UNIT_HEAD', unitId: UNITS.district.id },
    ]);
    expect((await handle.query(dossierStateQuery)).stage).toBe('UNIT_REVIEW');
    await recordHistory(handle, 'dossierWorkflow', 'review-reminders-and-overdue');
  });

  it('escalates a provincial Bằng khen to the province after the district review, and the outcome returns to the school', async () => {
    const input = dossierInput('BANG_KHEN_TINH');
    const handle = await startDossier(env, world, taskQueue, input);

    await complete(handle, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    await waitFor(() => world.tasksOf(input.code).includes('review:province#1'));
    expect(
      world.opened.find((t) => t.workflowId === input.code && t.taskKey === 'review:province#1')
        ?.candidates,
    ).toEqual({
      role: 'REVIEWER',
      unitId: UNITS.province.id,
    });
    expect(
      world.notifications.some((n) => n.idempotencyKey === `${input.code}:escalated:province`),
    ).toBe(true);
    expect((await handle.query(dossierStateQuery)).levelIndex).toBe(1);

    await complete(handle, 'review:province#1', PEOPLE.provinceReviewer, { decision: 'accept' });
    await waitFor(() => world.tasksOf(input.code).includes('decision:province'));
    await complete(handle, 'decision:province', PEOPLE.governor, { decision: 'approve' });
    const outcome = await handle.result();

    expect(outcome.stage).toBe('APPROVED');
    expect(outcome.decision?.level).toBe('province');
    const levels = world.projections
      .filter((p) => p.dossierId === input.dossierId)
      .map((p) => p.currentLevel);
    expect(levels).toContain('district');
    expect(levels.at(-1)).toBe('province');
    expect(
      world.notifications.find((n) => n.idempotencyKey === `${input.code}:closed`)?.recipients,
    ).toEqual([{ role: 'UNIT_OFFICER', unitId: UNITS.school.id }]);
    await recordHistory(handle, 'dossierWorkflow', 'escalated-to-province');
  });

  it('rejects completions that are not allowed now, by this person, for this task — before anything is recorded', async () => {
    const input = dossierInput('CSTDCS');
    const handle = await startDossier(env, world, taskQueue, input);
    const eventsBefore = world.eventsOf(input.dossierId).length;

    expect(
      await rejectionOf(
        complete(handle, 'review:district#1', PEOPLE.chairman, { decision: 'accept' }),
      ),
    ).toBe('NOT_A_CANDIDATE');
    expect(
      await rejectionOf(
        complete(
          handle,
          'review:district#1',
          { userId: PEOPLE.author.userId, roles: ['REVIEWER'] },
          { decision: 'accept' },
        ),
      ),
    ).toBe('SEPARATION_OF_DUTIES');
    expect(
      await rejectionOf(
        complete(handle, 'review:district#1', PEOPLE.districtReviewer, {
          decision: 'return',
          items: [],
        }),
      ),
    ).toBe('INVALID_OUTCOME');
    expect(
      await rejectionOf(
        complete(handle, 'decision:district', PEOPLE.chairman, { decision: 'approve' }),
      ),
    ).toBe('TASK_NOT_OPEN');
    expect(
      await rejectionOf(
        handle.executeUpdate(supplementUpdate, { args: [{ actor: PEOPLE.author }] }),
      ),
    ).toBe('STAGE_NOT_ALLOWED');
    expect(world.eventsOf(input.dossierId)).toHaveLength(eventsBefore);

    await complete(handle, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    expect(
      await rejectionOf(
        complete(handle, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' }),
      ),
    ).toBe('TASK_NOT_OPEN');
  });

  it('lets the unit withdraw mid-review: open tasks are cancelled and the dossier closes as withdrawn', async () => {
    const input = dossierInput('CSTDCS');
    const handle = await startDossier(env, world, taskQueue, input);

    const result = await handle.executeUpdate(withdrawUpdate, {
      args: [{ actor: PEOPLE.author, reason: 'Đơn vị xin rút' }],
    });

    expect(result.stage).toBe('WITHDRAWN');
    expect(await handle.result()).toMatchObject({
      stage: 'WITHDRAWN',
      reason: 'WITHDRAWN_BY_UNIT: Đơn vị xin rút',
    });
    expect(
      world.closed.find((t) => t.workflowId === input.code && t.taskKey === 'review:district#1')
        ?.status,
    ).toBe('CANCELLED');
    await recordHistory(handle, 'dossierWorkflow', 'withdrawn');
  });

  it('ends as not approved when the council vote fails', async () => {
    const input = dossierInput('CSTDCS');
    const handle = await startDossier(env, world, taskQueue, input);
    await complete(handle, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    await handle.signal(councilResultSignal, {
      meetingId: 'M-2',
      level: 'district',
      passed: false,
      votesFor: 7,
      membersTotal: 9,
      present: 9,
    });

    expect(await handle.result()).toMatchObject({
      stage: 'NOT_APPROVED',
      reason: 'COUNCIL_VOTE_FAILED: 7/9',
    });
    await recordHistory(handle, 'dossierWorkflow', 'council-vote-failed');
  });

  it('waits for an initiative to be recognised, and fails with the reason when it is refused', async () => {
    const recognised = dossierInput('CSTDCS', {
      pendingInitiatives: [{ id: 'SK-1', title: 'Dạy học bằng sơ đồ tư duy' }],
    });
    const first = await startDossier(env, world, taskQueue, recognised);
    await complete(first, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    expect((await first.query(dossierStateQuery)).stage).toBe('INITIATIVE_PENDING');
    await first.signal(initiativeDecidedSignal, {
      initiativeId: 'SK-1',
      recognized: true,
      scope: 'unit',
      reason: null,
    });
    await waitFor(() => world.eventsOf(recognised.dossierId).includes('council.awaited'));

    const refused = dossierInput('CSTDCS', {
      pendingInitiatives: [{ id: 'SK-2', title: 'Phần mềm quản lý thư viện' }],
    });
    const second = await startDossier(env, world, taskQueue, refused);
    await complete(second, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    await second.signal(initiativeDecidedSignal, {
      initiativeId: 'SK-2',
      recognized: false,
      scope: null,
      reason: 'Không có tính mới',
    });

    expect(await second.result()).toMatchObject({
      stage: 'NOT_APPROVED',
      reason: 'INITIATIVE_REFUSED: Phần mềm quản lý thư viện — Không có tính mới',
    });
    await recordHistory(second, 'dossierWorkflow', 'initiative-refused');
  });

  it('does not wait for an initiative decided before it started waiting (its signal reached nobody)', async () => {
    world.initiativeDecisions.push(
      { initiativeId: 'SK-3', recognized: true, scope: 'province', reason: null },
      { initiativeId: 'SK-4', recognized: false, scope: null, reason: 'Trùng lặp giải pháp đã có' },
    );
    const recognised = dossierInput('CSTDCS', {
      pendingInitiatives: [{ id: 'SK-3', title: 'Sổ tay điện tử chủ nhiệm lớp' }],
    });
    const first = await startDossier(env, world, taskQueue, recognised);
    await complete(first, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    await waitFor(() => world.eventsOf(recognised.dossierId).includes('council.awaited'));
    expect(world.eventsOf(recognised.dossierId)).toContain('initiative.recognized');

    const refused = dossierInput('CSTDCS', {
      pendingInitiatives: [{ id: 'SK-4', title: 'Bảng tính điểm thi đua' }],
    });
    const second = await startDossier(env, world, taskQueue, refused);
    await complete(second, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    expect(await second.result()).toMatchObject({
      stage: 'NOT_APPROVED',
      reason: 'INITIATIVE_REFUSED: Bảng tính điểm thi đua — Trùng lặp giải pháp đã có',
    });
    await recordHistory(second, 'dossierWorkflow', 'initiative-decided-before-start');
  });

  it('holds a public disclosure window; an upheld objection ends the dossier', async () => {
    const input = dossierInput('GIAY_KHEN', { disclosure: true });
    const handle = await startDossier(env, world, taskQueue, input);
    await complete(handle, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    expect((await handle.query(dossierStateQuery)).stage).toBe('DISCLOSURE');

    const { objectionId } = await handle.executeUpdate(fileObjectionUpdate, {
      args: [
        { filedBy: null, filerName: 'Trần Văn Hùng', text: 'Thành tích kê khai chưa đúng thực tế' },
      ],
    });
    expect(world.tasksOf(input.code)).toContain(`objection:${objectionId}`);
    await complete(handle, `objection:${objectionId}`, PEOPLE.districtReviewer, {
      decision: 'uphold',
      reason: 'Đã xác minh, phản ánh đúng',
    });
    await env.sleep('10 days');

    expect(await handle.result()).toMatchObject({
      stage: 'NOT_APPROVED',
      reason: `OBJECTION_UPHELD: ${objectionId}`,
    });
    // The dossier is closed: its workflow accepts no more objections.
    await expect(
      handle.executeUpdate(fileObjectionUpdate, {
        args: [{ filedBy: null, filerName: 'X', text: 'late' }],
      }),
    ).rejects.toThrow();
    await recordHistory(handle, 'dossierWorkflow', 'objection-upheld');
  });

  it('takes a batch decision signalled by the decisions module instead of the leader task', async () => {
    const input = dossierInput('GIAY_KHEN');
    const handle = await startDossier(env, world, taskQueue, input);
    await complete(handle, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    await waitFor(() => world.tasksOf(input.code).includes('decision:district'));
    await handle.signal(decisionIssuedSignal, {
      decisionId: 'D-1',
      number: '125/QĐ-UBND',
      signedOn: '2027-03-10',
      signedBy: PEOPLE.chairman.userId,
    });

    const outcome = await handle.result();
    expect(outcome.decision).toMatchObject({
      number: '125/QĐ-UBND',
      decisionId: 'D-1',
      decidedOn: '2027-03-10',
    });
    expect(
      world.closed.find((t) => t.workflowId === input.code && t.taskKey === 'decision:district')
        ?.status,
    ).toBe('COMPLETED');
    await recordHistory(handle, 'dossierWorkflow', 'batch-decision');
  });

  /** Takes a CSTĐ toàn quốc dossier through the district and the province up to the central level. */
  async function sentToCentre() {
    const input = dossierInput('CSTD_TOAN_QUOC');
    expect(input.track).toBe('central');
    const handle = await startDossier(env, world, taskQueue, input);
    const councilPasses = async (level: string) => {
      await handle.signal(councilAgendaSignal, {
        meetingId: `M-${level}`,
        meetingDate: '2027-03-01',
        placed: true,
      });
      await handle.signal(councilResultSignal, {
        meetingId: `M-${level}`,
        level,
        passed: true,
        votesFor: 9,
        membersTotal: 9,
        present: 9,
      });
    };
    await complete(handle, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    await councilPasses('district');
    await waitFor(() => world.tasksOf(input.code).includes('review:province#1'));
    await complete(handle, 'review:province#1', PEOPLE.provinceReviewer, { decision: 'accept' });
    await councilPasses('province');
    await waitFor(() => world.tasksOf(input.code).includes('central:national'));
    return { input, handle };
  }

  it('sends a CSTĐ toàn quốc dossier to the central level after the province votes, reminds the province while it waits, and records the central decision', async () => {
    const { input, handle } = await sentToCentre();
    const task = world.opened.find(
      (t) => t.workflowId === input.code && t.taskKey === 'central:national',
    );
    expect(task).toMatchObject({
      type: 'dossier.central-outcome',
      candidates: { role: 'REVIEWER', unitId: UNITS.province.id },
    });
    const state = await handle.query(dossierStateQuery);
    expect(state.stage).toBe('FORWARDED');
    expect(state.stageDueAt).toBe(task?.dueAt);

    // QĐ 311/QĐ-BNV XIV: 20 working days; past them the province's head hears of it.
    await env.sleep(Date.parse(task?.dueAt ?? '') - (await env.currentTimeMs()) + 3 * 86_400_000);
    await waitFor(() => world.eventsOf(input.dossierId).includes('task.overdue'));
    expect(
      world.notifications.filter((n) => n.idempotencyKey.startsWith(`${input.code}:central:`))
        .length,
    ).toBeGreaterThanOrEqual(3);

    expect(
      await rejectionOf(
        complete(handle, 'central:national', PEOPLE.provinceReviewer, {
          decision: 'accepted',
          decisionNumber: '1234/QĐ-TTg',
          decidedOn: '15/4/2027',
        }),
      ),
    ).toBe('INVALID_OUTCOME');
    const accepted = await complete(handle, 'central:national', PEOPLE.provinceReviewer, {
      decision: 'accepted',
      decisionNumber: '1234/QĐ-TTg',
      decidedOn: '2027-04-15',
    });
    expect(accepted.stage).toBe('APPROVED');
    expect(await handle.result()).toMatchObject({
      stage: 'APPROVED',
      decision: { level: 'national', number: '1234/QĐ-TTg', decidedOn: '2027-04-15' },
    });
    expect(world.eventsOf(input.dossierId)).toEqual(
      expect.arrayContaining(['central.sent', 'task.reminded', 'task.overdue', 'central.accepted']),
    );
    await recordHistory(handle, 'dossierWorkflow', 'central-accepted-after-reminders');
  });

  it('closes a dossier the central level returns, with its reason', async () => {
    const { input, handle } = await sentToCentre();
    await complete(handle, 'central:national', PEOPLE.provinceReviewer, {
      decision: 'returned',
      reason: 'Sáng kiến chưa có xác nhận phạm vi ảnh hưởng toàn quốc',
    });
    const outcome = await handle.result();
    expect(outcome.stage).toBe('NOT_APPROVED');
    expect(outcome.reason).toBe(
      'RETURNED_BY_CENTRAL_LEVEL: Sáng kiến chưa có xác nhận phạm vi ảnh hưởng toàn quốc',
    );
    expect(world.eventsOf(input.dossierId)).toContain('central.returned');
    await recordHistory(handle, 'dossierWorkflow', 'central-returned');
  });

  it('forwards to a province running another system and takes the outcome it reports back', async () => {
    const input = dossierInput('BANG_KHEN_TINH', {
      chain: [
        UNITS.school,
        UNITS.district,
        { ...UNITS.province, externalEndpointUrl: 'http://127.0.0.1:1/inbound' },
      ],
    });
    const handle = await startDossier(env, world, taskQueue, input);
    await complete(handle, 'review:district#1', PEOPLE.districtReviewer, { decision: 'accept' });
    await waitFor(() => world.forwarded.some((f) => f.code === input.code));
    expect((await handle.query(dossierStateQuery)).stage).toBe('FORWARDED');

    await handle.signal(externalOutcomeSignal, {
      approved: true,
      reference: 'DN-2027-77',
      reason: null,
      decisionNumber: '88/QĐ-UBND',
      decidedOn: '2027-04-02',
    });
    expect(await handle.result()).toMatchObject({
      stage: 'APPROVED',
      decision: { level: 'province', number: '88/QĐ-UBND' },
    });
    await recordHistory(handle, 'dossierWorkflow', 'forwarded-to-external-system');
  });

  it('moves an open review deadline, its reminders and its overdue notice once when a holiday schedule is published', async () => {
    world.calendar = HolidayCalendar.BUILT_IN;
    const input = dossierInput('CSTDCS');
    const handle = await startDossier(env, world, taskQueue, input);
    const submittedAt = world.projections.find((p) => p.dossierId === input.dossierId)!.event.at;
    const request = {
      startAt: submittedAt,
      workingDays: 20,
      reminderOffsetsWorkingDays: [3, 1],
      overdueGraceWorkingDays: 0,
    };
    const before = computeStepSchedule(request);

    // The Government announces the year of the due date with one more day off: the due date itself.
    const year = yearOf(before.dueDate);
    const schedule: OfficialSchedule = {
      year,
      breaks: [
        ...holidaysOf(year).daysOff.map((day) => ({
          from: day.date,
          to: day.date,
          name: day.name,
          source: day.source,
        })),
        {
          from: before.dueDate,
          to: before.dueDate,
          name: { vi: 'Nghỉ theo lịch mới', en: 'Day off in the new schedule' },
          source: { document: 'Thông báo 1/TB-BNV', status: 'confirmed' as const },
        },
      ].sort((a, b) => a.from.localeCompare(b.from)),
      workingSaturdays: [...holidaysOf(year).workingSaturdays],
    };
    world.calendar = HolidayCalendar.BUILT_IN.withSchedules([schedule], 7);
    const after = computeStepSchedule(request, world.calendar);
    expect(after.dueDate > before.dueDate).toBe(true);

    const change = { revision: 7, year, document: 'Thông báo 1/TB-BNV' };
    await handle.signal(calendarChangedSignal, change);
    await waitFor(() => world.eventsOf(input.dossierId).includes('task.rescheduled'));
    // The same publication told twice (a retried propagation) moves nothing more.
    await handle.signal(calendarChangedSignal, change);
    expect((await handle.query(dossierStateQuery)).openTasks).toEqual([
      expect.objectContaining({ taskKey: 'review:district#1', dueAt: after.dueAt }),
    ]);

    await env.sleep(Date.parse(after.overdueAt) - (await env.currentTimeMs()) + 3_600_000);
    await waitFor(() => world.eventsOf(input.dossierId).includes('task.overdue'));
    world.calendar = HolidayCalendar.BUILT_IN;

    expect(world.rescheduled.filter((r) => r.workflowId === input.code)).toEqual([
      { workflowId: input.code, taskKey: 'review:district#1', dueAt: after.dueAt },
    ]);
    const moved = world.projections.filter(
      (p) => p.dossierId === input.dossierId && p.event.type === 'task.rescheduled',
    );
    expect(moved.map((p) => [p.event.data.from, p.event.data.to, p.stageDueAt])).toEqual([
      [before.dueDate, after.dueDate, after.dueAt],
    ]);
    const notices = world.notifications.filter((n) => n.idempotencyKey.startsWith(input.code));
    expect(notices.filter((n) => n.template === 'task.rescheduled').map((n) => n.params)).toEqual([
      expect.objectContaining({
        previousDueDate: before.dueDate,
        dueDate: after.dueDate,
        document: 'Thông báo 1/TB-BNV',
      }),
    ]);
    const reminderEvents = world.projections.filter(
      (p) => p.dossierId === input.dossierId && p.event.type === 'task.reminded',
    );
    expect(reminderEvents.map((p) => p.event.at.slice(0, 16))).toEqual(
      after.reminders.map((r) => r.at.slice(0, 16)),
    );
    expect(notices.filter((n) => n.template === 'task.reminder')).toHaveLength(2);
    const overdue = notices.filter((n) => n.template === 'task.overdue');
    expect(overdue.map((n) => n.params.dueDate)).toEqual([after.dueDate]);
    expect(
      world.projections
        .filter((p) => p.dossierId === input.dossierId && p.event.type === 'task.overdue')
        .map((p) => p.event.at.slice(0, 16)),
    ).toEqual([after.overdueAt.slice(0, 16)]);
    await recordHistory(handle, 'dossierWorkflow', 'review-deadline-moved-by-published-calendar');
  });
});
