import { readFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  annualPlanWorkflowId,
  completeTaskUpdate,
  planStateQuery,
  planWindowTaskKey,
  type AnnualPlanState,
  type AnnualPlanWorkflow,
} from '@tdkt/contracts';
import {
  AddPlanItemUseCase,
  CompletePlanItemUseCase,
  EditPlanItemUseCase,
  GetPlanUseCase,
  GetPlanWindowUseCase,
  ImportPlanUseCase,
  ListEmulationRegistrationsUseCase,
  ListQuarterSummariesUseCase,
  RegisterForEmulationUseCase,
} from '@tdkt/server-feature-plan';
import { startTimeSkippingTemporal } from '@tdkt/testing';
import { recordHistory } from '../support/histories';
import { startLoopbackSmtp, startLoopbackWebhook } from '../support/loopback-servers';
import { addPerson, unitId, type Person } from '../support/people';
import { editedSeedPlan, SEED_PLAN_SOURCE } from '../support/seed-plan-source';
import { TEST_ENV, testEnv } from '../support/test-env';
import { startWorkerContext, type WorkerContext } from '../support/worker-context';

const SEED = SEED_PLAN_SOURCE;
const TASK_QUEUE = 'annual-plan-year';
/** 08:00 in Cẩm Mỹ on the day the plan was signed. */
const ISSUED_AT = '2024-01-11T01:00:00Z';

/**
 * The 2024 Cẩm Mỹ plan run for a whole year on the time-skipping server, with the real activities,
 * PostgreSQL, a loopback SMTP server and a loopback webhook receiver that fails its first call.
 */
describe('annualPlanWorkflow: the 2024 plan on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let context: WorkerContext;
  let smtp: Awaited<ReturnType<typeof startLoopbackSmtp>>;
  let hook: Awaited<ReturnType<typeof startLoopbackWebhook>>;
  const people: Record<string, Person> = {};

  beforeAll(async () => {
    env = await startTimeSkippingTemporal();
    smtp = await startLoopbackSmtp();
    hook = await startLoopbackWebhook((call) => (call === 1 ? 503 : 200));
    context = await startWorkerContext({
      temporalAddress: env.address,
      temporalNamespace: env.namespace ?? 'default',
      taskQueue: TASK_QUEUE,
      notifications: {
        smtp: smtp.settings('tdkt@cammy.test'),
        webhooks: { urls: [hook.url], secret: 'webhook-secret-for-tests', timeoutMs: 2000 },
      },
    });
    for (const [username, unitCode, role] of [
      ['officer.pnv', 'DN-CM-PNV', 'UNIT_OFFICER'],
      ['head.pnv', 'DN-CM-PNV', 'UNIT_HEAD'],
      ['reviewer.pnv', 'DN-CM-PNV', 'REVIEWER'],
      ['officer.pgd', 'DN-CM-PGD', 'UNIT_OFFICER'],
      ['officer.school', 'DN-CM-TH-LG', 'UNIT_OFFICER'],
    ] as const) {
      people[username] = await addPerson(context.db, { username, unitCode, role });
    }
    await context.db.query(
      `INSERT INTO notification_preferences (user_id, webhook) VALUES ($1, true)`,
      [people['reviewer.pnv']!.id],
    );
  });
  afterAll(async () => {
    await context?.stop();
    await smtp?.stop();
    await hook?.stop();
    await env?.teardown();
  });

  const createWorker = () =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowBundle: { code: readFileSync(testEnv(TEST_ENV.workflowBundle), 'utf8') },
      activities: context.activities(),
    });

  /** Moves the server's clock so that the plan's clock (shifted to 2024) reaches `instant`. */
  async function advancePlanTo(handle: WorkflowHandle, instant: string): Promise<void> {
    const { startTime } = await handle.describe();
    const offset = Date.parse(ISSUED_AT) - startTime.getTime();
    const ms = Date.parse(instant) - ((await env.currentTimeMs()) + offset);
    if (ms > 0) await env.sleep(ms);
  }

  const itemState = (state: AnnualPlanState, key: string) =>
    state.items.find((i) => i.key === key)!;
  const sent = (state: AnnualPlanState, key: string) =>
    itemState(state, key)
      .notices.filter((n) => n.status === 'SENT')
      .map((n) => `${n.kind}@${n.at}`);
  const inAppKeys = async (person: string, planId: string) =>
    (
      await context.db.query<{ idempotency_key: string }[]>(
        `SELECT idempotency_key FROM notifications WHERE user_id = $1 AND idempotency_key LIKE $2 ORDER BY 1`,
        [people[person]!.id, `plan:${planId}:%`],
      )
    ).map((r) => r.idempotency_key);

  it('reminds on working days, takes edits and completions, notices what is late, summarises each quarter and drafts 2025', async () => {
    const imported = await context.get(ImportPlanUseCase).execute({
      source: SEED,
      importedBy: null,
      startAsOf: ISSUED_AT,
    });
    expect(imported).toMatchObject({ created: true, status: 'ACTIVE', items: 23 });
    const planId = imported.planId;
    const handle = env.client.workflow.getHandle<AnnualPlanWorkflow>(annualPlanWorkflowId(planId));
    const unit = (code: string) => unitId(context.db, code);
    let draftPlanId: string | null = null;

    const worker = await createWorker();
    await worker.runUntil(async () => {
      // 11 January: add items around Tết and the 30/4 break, and move the inspection to mid-August.
      const add = context.get(AddPlanItemUseCase);
      for (const [key, quarter, dueOn] of [
        ['q1-after-tet', 1, '2024-02-20'],
        ['q2-after-30-4', 2, '2024-05-06'],
      ] as const) {
        await add.execute({
          planId,
          actorId: people['officer.pnv']!.id,
          item: {
            key,
            quarter,
            dueOn,
            ownerUnitId: await unit('DN-CM-PNV'),
            kind: 'document',
            text: { vi: `Báo cáo ${key}`, en: `Report ${key}` },
          },
        });
      }
      const moved = await context.get(EditPlanItemUseCase).execute({
        planId,
        itemKey: 'q3-periodic-inspection',
        changes: { dueOn: '2024-08-15' },
        actorId: people['officer.pnv']!.id,
      });
      expect(moved).toMatchObject({ dueOn: '2024-08-15', dueExplicit: true, revision: 1 });
      await expect(
        context.get(EditPlanItemUseCase).execute({
          planId,
          itemKey: 'q1-launch-directive',
          changes: { dueOn: '2024-01-05' },
          actorId: null,
        }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'dueOn', rule: 'due-not-past' })],
      });

      // Q1: most items done on time; one done late; the Tết item left open.
      await advancePlanTo(handle, '2024-03-20T03:00:00Z');
      const complete = context.get(CompletePlanItemUseCase);
      for (const key of [
        'q1-year-end-review',
        'q1-launch-directive',
        'q1-propaganda-plan',
        'q1-councils-meet',
        'q1-clusters-adjust',
        'q1-honours-conference',
      ]) {
        await complete.execute({
          planId,
          itemKey: key,
          evidence: { type: 'link', url: `https://cammy.dongnai.gov.vn/${key}`, title: null },
          completedBy: people['officer.pnv']!.id,
        });
      }
      // 07:30 on 2 April: a day late (31 March was a Sunday, so its deadline was 1 April), but before
      // the overdue notice and the Q1 summary at 08:00.
      await advancePlanTo(handle, '2024-04-02T00:30:00Z');
      await complete.execute({
        planId,
        itemKey: 'q1-cluster-02-report',
        evidence: {
          type: 'document',
          number: '45/BC-PNV',
          issuedOn: '2024-04-02',
          title: 'Báo cáo cụm thi đua 02',
        },
        completedBy: people['officer.pnv']!.id,
      });

      // The education dossier window opened on 1 April: a school submits and says it is done.
      await advancePlanTo(handle, '2024-05-15T03:00:00Z');
      const school = await unit('DN-CM-TH-LG');
      await context.db.query(
        `INSERT INTO dossiers (id, code, year, award_code, proposing_unit_id, nominee, nominee_name, achievements_summary, stage, workflow_id, submitted_at)
         VALUES (gen_random_uuid(), 'HS-2024-900001', 2024, 'CSTDCS', $1, '{"kind":"individual","name":"Nguyễn Thị Lan"}', 'Nguyễn Thị Lan', 'Giáo viên dạy giỏi', 'SUBMITTED', 'HS-2024-900001', '2024-05-15T03:00:00Z')`,
        [school],
      );
      await handle.executeUpdate(completeTaskUpdate, {
        args: [
          {
            taskKey: planWindowTaskKey('q2-education-dossiers', school),
            actor: { userId: people['officer.school']!.id, roles: ['UNIT_OFFICER'] },
            outcome: { note: 'Đã nộp đủ hồ sơ' },
          },
        ],
      });

      // The acceptance path: reminders on 28/5 and 6/6, done with a report on 10/6.
      await advancePlanTo(handle, '2024-06-10T03:00:00Z');
      expect(sent(await handle.query(planStateQuery), 'q2-june-11-anniversary')).toEqual([
        'reminder@2024-05-28T01:00:00Z',
        'reminder@2024-06-06T01:00:00Z',
      ]);
      await complete.execute({
        planId,
        itemKey: 'q2-june-11-anniversary',
        evidence: {
          type: 'document',
          number: '128/BC-UBND',
          issuedOn: '2024-06-10',
          title: 'Báo cáo kết quả kỷ niệm 11/6',
        },
        note: 'Tổ chức tại Hội trường UBND huyện',
        completedBy: people['officer.pnv']!.id,
      });

      // Q3: a commune registers its titles for 2025 while the registration window is open.
      await advancePlanTo(handle, '2024-07-10T03:00:00Z');
      const register = context.get(RegisterForEmulationUseCase);
      const commune = await unit('DN-CM-LG');
      expect(
        await register.execute({
          planId,
          unitId: commune,
          registeredBy: null,
          entries: [
            { awardCode: 'LDTT', nomineeKind: 'individual', nomineeName: 'Trần Văn Bình' },
            { awardCode: 'TTLDTT', nomineeKind: 'collective', nomineeName: 'UBND xã Long Giao' },
          ],
        }),
      ).toEqual({ year: 2025, registered: 2, requiredForTitles: true });
      await expect(
        register.execute({
          planId,
          unitId: commune,
          registeredBy: null,
          entries: [{ awardCode: 'GIAY_KHEN', nomineeKind: 'individual', nomineeName: 'Lê C' }],
        }),
      ).rejects.toMatchObject({
        errors: [
          expect.objectContaining({ field: 'entries[0].awardCode', rule: 'emulation-title' }),
        ],
      });

      const outcome = await handle.result();
      expect(outcome).toMatchObject({ itemsDone: 8, itemsOpen: 17, quarterSummaries: 4 });
      draftPlanId = outcome.draftPlanId;
      await recordHistory(handle, 'annualPlanWorkflow', 'year-2024-edits-windows-completions');

      const state = await handle.query(planStateQuery);
      // Reminders on working days: around Tết (8–14/2 off) and the 30/4 break (27/4–1/5 off, 4/5 worked).
      expect(sent(state, 'q1-after-tet')).toEqual([
        'reminder@2024-01-30T01:00:00Z',
        'reminder@2024-02-15T01:00:00Z',
        'overdue@2024-02-21T01:00:00Z',
      ]);
      expect(sent(state, 'q2-after-30-4')).toEqual([
        'reminder@2024-04-17T01:00:00Z',
        'reminder@2024-05-02T01:00:00Z',
        'overdue@2024-05-07T01:00:00Z',
      ]);
      expect(sent(state, 'q3-periodic-inspection')).toEqual([
        'reminder@2024-08-01T01:00:00Z',
        'reminder@2024-08-12T01:00:00Z',
        'overdue@2024-08-16T01:00:00Z',
      ]);
      expect(itemState(state, 'q2-june-11-anniversary').notices.map((n) => n.status)).toEqual([
        'SENT',
        'SENT',
        'SKIPPED',
      ]);
      expect(sent(state, 'q1-cluster-02-report')).toEqual([
        'reminder@2024-03-18T01:00:00Z',
        'reminder@2024-03-27T01:00:00Z',
      ]);
      expect(sent(state, 'q4-annual-report')).toEqual([
        'reminder@2024-12-17T01:00:00Z',
        'reminder@2024-12-26T01:00:00Z',
        'overdue@2025-01-02T01:00:00Z',
      ]);
      expect(state.failedNotifications).toBe(0);
      expect(state.finished).toBe(true);
    });

    const planKey = (item: string, notice: string) => `plan:${planId}:item:${item}:${notice}`;
    // The owner's officer got the reminders in-app and by e-mail; the head and the standing body the overdue notices.
    expect(await inAppKeys('officer.pnv', planId)).toEqual(
      expect.arrayContaining([
        planKey('q2-june-11-anniversary', 'reminder:10:2024-06-11'),
        planKey('q2-june-11-anniversary', 'reminder:3:2024-06-11'),
      ]),
    );
    const juneMail = smtp.mails.filter(
      (m) =>
        m.headers.get('x-tdkt-notification') ===
        planKey('q2-june-11-anniversary', 'reminder:3:2024-06-11'),
    );
    expect(juneMail).toHaveLength(1);
    expect(juneMail[0]!.to).toEqual([people['officer.pnv']!.email]);
    expect(juneMail[0]!.subject).toContain('Nhắc hạn: Tổ chức các hoạt động Kỷ niệm 76 năm');
    expect(juneMail[0]!.text).toContain('đến hạn ngày 11/06/2024, còn 3 ngày làm việc');
    for (const person of ['head.pnv', 'reviewer.pnv']) {
      const keys = await inAppKeys(person, planId);
      expect(keys).toContain(planKey('q1-after-tet', 'overdue:2024-02-20'));
      // Due at the end of Q2: 30 June 2024 was a Sunday, so the deadline is Monday 1 July.
      expect(keys).toContain(planKey('q2-emulation-congress', 'overdue:2024-07-01'));
      expect(keys).not.toContain(planKey('q2-june-11-anniversary', 'overdue:2024-06-11'));
    }
    // Dossier collection: the education window went to the PGD's schools only.
    expect(await inAppKeys('officer.school', planId)).toEqual([
      planKey('q2-education-dossiers', 'window-opened'),
    ]);

    // No notification went out twice, although the webhook's first call failed and was retried.
    const messageIds = smtp.mails.map((m) => m.headers.get('message-id'));
    expect(new Set(messageIds).size).toBe(messageIds.length);
    const delivered = hook.calls
      .filter((c) => c.status === 200)
      .map((c) => c.headers['x-tdkt-delivery']);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(hook.calls[0]!.status).toBe(503);
    expect(delivered).toContain(hook.calls[0]!.headers['x-tdkt-delivery']);

    const summaries = await context.get(ListQuarterSummariesUseCase).execute({ planId });
    expect(summaries.map((s) => [s.quarter, s.asOf])).toEqual([
      [1, '2024-04-02'],
      [2, '2024-07-02'],
      [3, '2024-10-01'],
      [4, '2025-01-02'],
    ]);
    const outcomes = (quarter: number) =>
      Object.fromEntries(summaries[quarter - 1]!.items.map((i) => [i.itemKey, i.outcome]));
    expect(outcomes(1)).toMatchObject({
      'q1-year-end-review': 'ON_TIME',
      'q1-cluster-02-report': 'DONE_LATE',
      'q1-after-tet': 'OVERDUE',
    });
    expect(summaries[0]!.totals).toEqual({
      ownerUnitId: '*',
      total: 8,
      onTime: 6,
      late: 2,
      open: 1,
    });
    expect(outcomes(2)).toMatchObject({
      'q2-june-11-anniversary': 'ON_TIME',
      'q2-emulation-congress': 'OVERDUE',
    });
    const pgdLine = summaries[1]!.owners.find((o) => o.ownerName.startsWith('Phòng Giáo dục'));
    expect(pgdLine).toMatchObject({ total: 1, onTime: 0, late: 1, open: 1 });

    const window = await context
      .get(GetPlanWindowUseCase)
      .execute({ planId, itemKey: 'q2-education-dossiers' });
    expect(window).toMatchObject({
      kind: 'dossier-collection',
      status: 'CLOSED',
      closesAt: '2024-07-01T17:00:00.000Z',
    });
    expect(window.units.map((u) => [u.code, u.taskStatus, u.dossiersSubmitted])).toEqual([
      ['DN-CM-MN-SR', 'CANCELLED', 0],
      ['DN-CM-TH-LG', 'COMPLETED', 1],
      ['DN-CM-THCS-XM', 'CANCELLED', 0],
    ]);
    expect(
      (await context.get(ListEmulationRegistrationsUseCase).execute({ year: 2025 })).map((r) => [
        r.unitName,
        r.awardCode,
        r.nomineeName,
      ]),
    ).toEqual([
      ['UBND xã Long Giao', 'LDTT', 'Trần Văn Bình'],
      ['UBND xã Long Giao', 'TTLDTT', 'UBND xã Long Giao'],
    ]);
    const registration = await context
      .get(GetPlanWindowUseCase)
      .execute({ planId, itemKey: 'q3-next-year-registration' });
    expect(registration.units.find((u) => u.code === 'DN-CM-LG')).toMatchObject({
      registrations: 2,
    });
    await expect(
      context.get(RegisterForEmulationUseCase).execute({
        planId,
        unitId: await unit('DN-CM-LG'),
        registeredBy: null,
        entries: [{ awardCode: 'CSTDCS', nomineeKind: 'individual', nomineeName: 'Trần Văn Bình' }],
      }),
    ).rejects.toMatchObject({ code: 'PLAN_WINDOW_CLOSED' });

    const plan = await context.get(GetPlanUseCase).execute({ planId });
    expect(plan.status).toBe('CLOSED');
    const june11 = plan.items.find((i) => i.key === 'q2-june-11-anniversary')!;
    expect(june11.completedAt?.slice(0, 10)).toBe('2024-06-10');
    expect(june11).toMatchObject({
      status: 'DONE',
      outcome: 'ON_TIME',
      evidence: { type: 'document', number: '128/BC-UBND' },
    });
    const draft = await context.get(GetPlanUseCase).execute({ planId: draftPlanId! });
    expect(draft).toMatchObject({
      year: 2025,
      status: 'DRAFT',
      number: null,
      sourcePlanId: planId,
      legalBasis: [],
    });
    expect(draft.items).toHaveLength(25);
    expect(draft.items.find((i) => i.key === 'q2-june-11-anniversary')).toMatchObject({
      dueOn: '2025-06-11',
      dueExplicit: true,
    });
    expect(draft.items.find((i) => i.key === 'q1-year-end-review')).toMatchObject({
      dueOn: '2025-03-31',
      dueExplicit: false,
    });
    expect(draft.items.every((i) => i.status === 'OPEN')).toBe(true);
    expect(await inAppKeys('reviewer.pnv', planId)).toContain(`plan:${planId}:draft`);
  }, 300_000);

  it('started after its year (the seed plan loaded today): one overdue notice per open item, no stale reminders, each summary once, then the draft', async () => {
    const imported = await context.get(ImportPlanUseCase).execute({
      source: editedSeedPlan(['"11/KH-UBND"', '"12/KH-UBND"']),
      importedBy: null,
    });
    const planId = imported.planId;
    const handle = env.client.workflow.getHandle<AnnualPlanWorkflow>(annualPlanWorkflowId(planId));
    const worker = await createWorker();
    const state = await worker.runUntil(async () => {
      expect(await handle.result()).toMatchObject({
        itemsDone: 0,
        itemsOpen: 23,
        quarterSummaries: 4,
      });
      await recordHistory(handle, 'annualPlanWorkflow', 'started-after-its-year');
      return handle.query(planStateQuery);
    });

    for (const item of state.items) {
      expect(item.notices.map((n) => `${n.kind}:${n.status}`)).toEqual([
        'reminder:SKIPPED',
        'reminder:SKIPPED',
        'overdue:SENT',
      ]);
      expect(item.window?.status ?? 'none').toMatch(/^(none|SKIPPED)$/);
    }
    const overdueFor = async (person: string) =>
      (await inAppKeys(person, planId)).filter((key) => key.includes(':overdue:')).length;
    expect(await overdueFor('reviewer.pnv')).toBe(23);
    expect(await overdueFor('head.pnv')).toBe(22);
    expect(await inAppKeys('officer.pnv', planId)).toEqual([]);
    expect(
      (await context.get(ListQuarterSummariesUseCase).execute({ planId })).map(
        (s) => s.totals.open,
      ),
    ).toEqual([7, 7, 5, 4]);
    const tasks = await context.db.query<unknown[]>(`SELECT 1 FROM tasks WHERE workflow_id = $1`, [
      annualPlanWorkflowId(planId),
    ]);
    expect(tasks).toEqual([]);
  });
});
