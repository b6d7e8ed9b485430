import { readFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  type AuthenticatedUser,
  complaintWorkflowId,
  type ComplaintWorkflowInput,
  type Role,
  WorkflowType,
} from '@tdkt/contracts';
import {
  complaintRulesOn,
  lastDayOfLimit,
  settlementLimit,
  vietnamDateOfEpochMillis,
} from '@tdkt/domain';
import { CreateDossierUseCase } from '@tdkt/server-feature-dossier';
import { CompleteTaskUseCase } from '@tdkt/server-feature-inbox';
import { startTimeSkippingTemporal } from '@tdkt/testing';
import { recordHistory } from '../support/histories';
import { addPerson, unitId } from '../support/people';
import { TEST_ENV, testEnv } from '../support/test-env';
import { startWorkerContext, type WorkerContext } from '../support/worker-context';
import { until } from '../support/poll';

const TASK_QUEUE = 'complaint';

/**
 * The complaint workflow on the time-skipping server with the real use cases and PostgreSQL: a school's
 * complaint about the district's refusal of a dossier, accepted by the district's emulation office and
 * settled by its leader; one refused acceptance; and one left past its acceptance limit, whose
 * reminders and overdue notice go out on the working days before and after the limit. The limits are
 * calendar days from today (Luật Khiếu nại Art. 27 and 28), the last day moved off a day off.
 */
describe('complaintWorkflow (time-skipping server, real activities)', () => {
  let env: TestWorkflowEnvironment;
  let context: WorkerContext;
  let worker: Worker;
  let running: Promise<void>;
  let school: string;
  let district: string;
  let officer: AuthenticatedUser;
  let reviewer: AuthenticatedUser;
  let leader: AuthenticatedUser;

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
      const unit = await unitId(context.db, unitCode);
      return {
        id: person.id,
        username,
        fullName: `Cán bộ ${username}`,
        unitId: unit,
        grants: [{ role, unitId: unit }],
      } satisfies AuthenticatedUser;
    };
    officer = await signedIn('officer.complaints', 'DN-CM-TH-LG', 'UNIT_OFFICER');
    reviewer = await signedIn('reviewer.complaints', 'DN-CM', 'REVIEWER');
    leader = await signedIn('leader.complaints', 'DN-CM', 'LEADER');
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

  /** A draft dossier of the school: the complaint names it. */
  async function dossier(name: string): Promise<{ id: string; code: string }> {
    return context.get(CreateDossierUseCase).execute(
      {
        year: 2024,
        awardCode: 'CSTDCS',
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
  }

  async function file(
    name: string,
  ): Promise<{ input: ComplaintWorkflowInput; handle: WorkflowHandle }> {
    const subject = await dossier(name);
    const today = vietnamDateOfEpochMillis(await env.currentTimeMs());
    const rules = complaintRulesOn(today);
    const input: ComplaintWorkflowInput = {
      complaintId: crypto.randomUUID(),
      instance: 1,
      previousComplaintId: null,
      subjectKind: 'refusal',
      decisionId: null,
      dossierId: subject.id,
      label: `${subject.code} · ${name}`,
      dossierCode: subject.code,
      nomineeName: name,
      awardName: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
      handlingUnitId: district,
      complainantId: officer.id,
      rulesId: rules.id,
      remote: false,
      content: 'Đề nghị xem xét lại việc không trình khen thưởng.',
      knownOn: today,
      filedOn: today,
      obstacleDays: 0,
      obstacleReason: null,
      filingLastDay: lastDayOfLimit(today, rules.filing.days),
      filedLate: false,
      requestId: null,
    };
    const handle = await env.client.workflow.start(WorkflowType.complaint, {
      workflowId: complaintWorkflowId(input.complaintId),
      taskQueue: TASK_QUEUE,
      args: [input],
    });
    return { input, handle };
  }

  const openTask = (workflowId: string, type: string) =>
    until(
      () =>
        context.db.query<{ id: string; due_at: Date; details: { dueDate: string } }[]>(
          `SELECT id, due_at, details FROM tasks WHERE workflow_id = $1 AND type = $2 AND status = 'OPEN'`,
          [workflowId, type],
        ),
      (rows) => rows.length === 1,
    ).then((rows) => rows[0]!);

  const complaintRow = (id: string) =>
    context.db
      .query<
        {
          status: string;
          complex: boolean | null;
          due_date: string | null;
          reasons: string | null;
          remedy: string | null;
          second: string | null;
        }[]
      >(
        `SELECT status, complex, to_char(due_date, 'YYYY-MM-DD') AS due_date, reasons, remedy,
                to_char(second_complaint_last_day, 'YYYY-MM-DD') AS second
           FROM complaints WHERE id = $1`,
        [id],
      )
      .then((rows) => rows[0]);

  const toldComplainant = (workflowId: string) =>
    context.db
      .query<{ key: string }[]>(
        `SELECT idempotency_key AS key FROM notifications WHERE user_id = $1 AND idempotency_key LIKE $2 ORDER BY created_at, id`,
        [officer.id, `${workflowId}:%`],
      )
      .then((rows) => rows.map((row) => row.key.slice(workflowId.length + 1)));

  const audited = (complaintId: string) =>
    context.db
      .query<{ action: string }[]>(
        `SELECT action FROM audit_log WHERE entity_type = 'complaint' AND entity_id = $1 ORDER BY id`,
        [complaintId],
      )
      .then((rows) => rows.map((row) => row.action));

  it('accepts a complex complaint within 10 days, then the leader upholds it within 45 days with its remedy (Luật Khiếu nại Art. 27, 28)', async () => {
    const { input, handle } = await file('Nguyễn Thị Lan');
    const today = input.filedOn;
    const rules = complaintRulesOn(today);

    const accept = await openTask(handle.workflowId, 'complaint.accept');
    expect(accept.details.dueDate).toBe(lastDayOfLimit(today, rules.acceptance.days));
    // The complainant cannot accept their own complaint; a refusal needs its reasons.
    await expect(
      context.get(CompleteTaskUseCase).execute(accept.id, { accept: false }, reviewer),
    ).rejects.toMatchObject({ code: 'INVALID_OUTCOME' });
    await context
      .get(CompleteTaskUseCase)
      .execute(accept.id, { accept: true, complex: true }, reviewer);
    const accepted = await complaintRow(input.complaintId);
    const complexLimit = settlementLimit(rules, 1, { complex: true, remote: false });
    expect(complexLimit.days).toBe(45);
    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      complex: true,
      due_date: lastDayOfLimit(today, complexLimit.days),
    });

    const settle = await openTask(handle.workflowId, 'complaint.settle');
    expect(settle.details.dueDate).toBe(accepted!.due_date);
    await expect(
      context
        .get(CompleteTaskUseCase)
        .execute(
          settle.id,
          { result: 'upheld', reasons: 'Đủ tiêu chuẩn.', verification: 'Đã đối thoại.' },
          leader,
        ),
    ).rejects.toMatchObject({ code: 'INVALID_OUTCOME' });
    await context.get(CompleteTaskUseCase).execute(
      settle.id,
      {
        result: 'upheld',
        reasons: 'Hồ sơ đủ tiêu chuẩn theo Điều 24.',
        verification: 'Đã xác minh hồ sơ và đối thoại với đơn vị ngày làm việc.',
        remedy: 'Mở lại hồ sơ để trình Hội đồng xét.',
      },
      leader,
    );
    await until(
      () => handle.describe().then((d) => d.status.name),
      (s) => s === 'COMPLETED',
    );
    expect(await complaintRow(input.complaintId)).toMatchObject({
      status: 'UPHELD',
      due_date: null,
      reasons: 'Hồ sơ đủ tiêu chuẩn theo Điều 24.',
      remedy: 'Mở lại hồ sơ để trình Hội đồng xét.',
      // A second complaint within 30 days of the settlement (Art. 33).
      second: lastDayOfLimit(today, rules.secondComplaintWindow.normal.days),
    });
    expect(await toldComplainant(handle.workflowId)).toEqual(['received', 'accepted', 'settled']);
    expect(await audited(input.complaintId)).toEqual([
      'complaint.received',
      'complaint.accepted',
      'complaint.settled',
    ]);
    await recordHistory(handle, 'complaintWorkflow', 'accepted-and-upheld');
  });

  it('refuses to accept with reasons, tells the complainant and ends (Art. 27)', async () => {
    const { input, handle } = await file('Trần Văn Hùng');
    const accept = await openTask(handle.workflowId, 'complaint.accept');
    await context
      .get(CompleteTaskUseCase)
      .execute(
        accept.id,
        { accept: false, reasons: 'Khiếu nại không thuộc thẩm quyền (Điều 11).' },
        reviewer,
      );
    await until(
      () => handle.describe().then((d) => d.status.name),
      (s) => s === 'COMPLETED',
    );
    expect(await complaintRow(input.complaintId)).toMatchObject({
      status: 'NOT_ACCEPTED',
      reasons: 'Khiếu nại không thuộc thẩm quyền (Điều 11).',
    });
    expect(await toldComplainant(handle.workflowId)).toEqual(['received', 'not-accepted']);
    expect(await audited(input.complaintId)).toEqual([
      'complaint.received',
      'complaint.not-accepted',
    ]);
    await recordHistory(handle, 'complaintWorkflow', 'not-accepted');
  });

  it('reminds the emulation office 3 and 1 working days before the acceptance limit and tells it and the leader once it has passed', async () => {
    const { handle } = await file('Lê Thị Ánh Tuyết');
    const accept = await openTask(handle.workflowId, 'complaint.accept');
    await until(
      async () =>
        ((await handle.fetchHistory()).events ?? []).some(
          (event) => event.timerStartedEventAttributes,
        ),
      (started) => started,
    );
    // Past the overdue instant: the day after the due date, 08:00.
    const ms = accept.due_at.getTime() + 3 * 24 * 3600_000 - (await env.currentTimeMs());
    await env.sleep(ms);
    const notices = await until(
      () =>
        context.db.query<{ user_id: string; key: string }[]>(
          `SELECT user_id, idempotency_key AS key FROM notifications WHERE idempotency_key LIKE $1 ORDER BY key, user_id`,
          [`${handle.workflowId}:accept:%`],
        ),
      (rows) => rows.some((row) => row.key.endsWith(':overdue')),
    );
    const keys = (userId: string) =>
      notices
        .filter((row) => row.user_id === userId)
        .map((row) => row.key.slice(handle.workflowId.length + 1));
    expect(keys(reviewer.id)).toEqual(['accept:overdue', 'accept:reminder:1', 'accept:reminder:3']);
    expect(keys(leader.id)).toEqual(['accept:overdue']);
    // The step stays open after its limit: the office still has to answer.
    await context
      .get(CompleteTaskUseCase)
      .execute(accept.id, { accept: false, reasons: 'Quá thời hiệu khiếu nại.' }, reviewer);
    await until(
      () => handle.describe().then((d) => d.status.name),
      (s) => s === 'COMPLETED',
    );
    await recordHistory(handle, 'complaintWorkflow', 'acceptance-overdue');
  });
});
