import { type AnnualPlanWorkflow, annualPlanWorkflowId, WorkflowType } from '@tdkt/contracts';
import { addPerson } from '../support/people';
import { editedSeedPlan, SEED_PLAN_SOURCE } from '../support/seed-plan-source';
import {
  request,
  signInAll,
  startTestSystem,
  TEST_DEMO_PASSWORD,
  type TestSystem,
  unitIdOf,
} from '../support/system';

interface PlanView {
  id: string;
  year: number;
  number: string | null;
  issuedOn: string | null;
  signer: string | null;
  goals: string[];
  reminderOffsets: number[];
  status: string;
  workflowId: string | null;
  sourcePlanId: string | null;
}

interface ErrorBody {
  code: string;
  requestId?: string;
  errors?: { field: string; rule: string }[];
}

interface PlanItem {
  key: string;
  quarter: number;
  dueOn: string;
  status: 'OPEN' | 'DONE';
  outcome: string;
  evidence: { type: string; number?: string } | null;
  completedBy: string | null;
}

/** The seed plan moved to 2027, so that its items are still ahead of today. */
function plan2027(): string {
  return editedSeedPlan(
    ['year: 2024', 'year: 2027'],
    ['issued_on: 2024-01-11', 'issued_on: 2027-01-11'],
    ['due: 2024-06-11', 'due: 2027-06-11'],
  );
}

describe('plans and notifications through the API', () => {
  let system: TestSystem;
  let district: string;
  /** The 2027 plan the first test imports and issues; later tests read and complete its items. */
  let activePlanId: string;
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    district = await unitIdOf(system, 'DN-CM');
    // The education office owns one item of the plan; the province's Home Affairs department is
    // outside the district's subtree.
    for (const [username, unitCode, role] of [
      ['officer.pgd', 'DN-CM-PGD', 'UNIT_OFFICER'],
      ['head.pgd', 'DN-CM-PGD', 'UNIT_HEAD'],
      ['officer.snv', 'DN-SNV', 'UNIT_OFFICER'],
    ] as const) {
      await addPerson(system.db, { username, unitCode, role, password: TEST_DEMO_PASSWORD });
    }
    await signInAll(
      system,
      [
        'demo.reviewer.cm',
        'demo.officer.thlg',
        'demo.leader.cm',
        'demo.reviewer.dn',
        'officer.pgd',
        'head.pgd',
        'officer.snv',
      ],
      { tokens, ids: userIds },
    );
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  /** The item once the worker has recorded it in `status` (the API signals; the read model follows). */
  async function waitForItem(planId: string, key: string, status: 'OPEN' | 'DONE') {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const items = await request<PlanItem[]>(
        as('demo.reviewer.cm'),
        'GET',
        `/api/v1/plans/${planId}/items`,
      );
      const item = items.body.find((candidate) => candidate.key === key);
      if (item?.status === status || Date.now() > deadline) return item;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('imports a plan, follows its items, and records one done with its evidence', async () => {
    const imported = await request<{
      planId: string;
      workflowId: string;
      items: number;
      status: string;
    }>(as('demo.reviewer.cm'), 'POST', '/api/v1/plans', {
      body: { source: plan2027(), issuerUnitId: district },
    });
    expect(imported.status).toBe(201);
    expect(imported.body.status).toBe('ACTIVE');
    expect(imported.body.items).toBe(23);
    const { planId } = imported.body;
    activePlanId = planId;

    const q2 = await request<PlanItem[]>(
      as('demo.officer.thlg'),
      'GET',
      `/api/v1/plans/${planId}/items?quarter=2`,
    );
    expect(q2.status).toBe(200);
    const anniversary = q2.body.find((item) => item.key === 'q2-june-11-anniversary');
    expect(anniversary?.dueOn).toBe('2027-06-11');
    expect(q2.body.every((item) => item.quarter === 2)).toBe(true);

    const done = await request(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/plans/${planId}/items/q2-june-11-anniversary/complete`,
      {
        body: {
          evidence: {
            type: 'document',
            number: '58/BC-UBND',
            issuedOn: '2026-11-20',
            title: 'Báo cáo kết quả kỷ niệm 11/6',
          },
          note: 'Hoàn thành sớm',
        },
      },
    );
    expect(done.status).toBe(200);
    const recorded = await waitForItem(planId, 'q2-june-11-anniversary', 'DONE');
    expect(recorded?.outcome).toBe('ON_TIME');
    expect(recorded?.evidence).toMatchObject({
      type: 'document',
      number: '58/BC-UBND',
    });
    // The audit row names the grant the reviewer acted under (REVIEWER on the district).
    const audit = await system.db.query<{ actor_role: string; actor_unit_id: string }[]>(
      `SELECT a.actor_role, a.actor_unit_id FROM audit_log a JOIN plan_items i ON i.id::text = a.entity_id
        WHERE a.action = 'plan.item.completed' AND i.plan_id = $1 AND i.item_key = 'q2-june-11-anniversary'`,
      [planId],
    );
    expect(audit).toEqual([{ actor_role: 'REVIEWER', actor_unit_id: district }]);
  });

  it('refuses a plan document with bad fields, naming each, and lets only planners import', async () => {
    const broken = plan2027().replace(
      'owner: "Phòng Giáo dục và Đào tạo"',
      'owner: "Phòng không tồn tại"',
    );
    const refused = await request<{ code: string; errors: { field: string }[] }>(
      as('demo.reviewer.cm'),
      'POST',
      '/api/v1/plans',
      {
        body: { source: broken, issuerUnitId: district },
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error) => error.field)).toContain('plan.quarters.Q2[3].owner');

    const byOfficer = await request<{ code: string }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/plans',
      {
        body: { source: plan2027(), issuerUnitId: district },
      },
    );
    expect(byOfficer.status).toBe(403);
  });

  it("reads a plan within the issuing unit's subtree (and above it); outside, it does not exist", async () => {
    const planPaths = [
      `/api/v1/plans/${activePlanId}`,
      `/api/v1/plans/${activePlanId}/items`,
      `/api/v1/plans/${activePlanId}/summaries`,
      `/api/v1/plans/${activePlanId}/items/q2-education-dossiers/window`,
    ];
    // A school under the district's education office, and the province above the district.
    for (const username of ['demo.officer.thlg', 'demo.reviewer.dn']) {
      const listed = await request<{ id: string }[]>(as(username), 'GET', '/api/v1/plans');
      expect(listed.body.map((plan) => plan.id)).toContain(activePlanId);
      for (const path of planPaths) {
        expect({
          username,
          path,
          status: (await request(as(username), 'GET', path)).status,
        }).toEqual({ username, path, status: 200 });
      }
    }

    // The province's Home Affairs department is under the province, not under the district.
    const outside = as('officer.snv');
    const listed = await request<unknown[]>(outside, 'GET', '/api/v1/plans');
    expect([listed.status, listed.body]).toEqual([200, []]);
    for (const path of planPaths) {
      const refused = await request<ErrorBody>(outside, 'GET', path);
      const missing = await request<ErrorBody>(
        outside,
        'GET',
        path.replace(activePlanId, '00000000-0000-4000-8000-000000000000'),
      );
      expect({ path, status: refused.status, body: refused.body }).toEqual({
        path,
        status: 404,
        body: { ...missing.body, requestId: refused.body.requestId },
      });
      expect(refused.body.code).toBe('PLAN_NOT_FOUND');
    }
  });

  it("lets the owner unit's people complete its items and refuses everyone else", async () => {
    const pgd = await unitIdOf(system, 'DN-CM-PGD');
    const extra = await request(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/plans/${activePlanId}/items`,
      {
        body: {
          key: 'q3-education-report',
          quarter: 3,
          ownerUnitId: pgd,
          kind: 'document',
          text: { vi: 'Báo cáo sơ kết ngành giáo dục', en: 'Education mid-year report' },
        },
      },
    );
    expect(extra.status).toBe(201);
    const complete = (username: string, itemKey: string, planId = activePlanId) =>
      request<ErrorBody>(
        as(username),
        'POST',
        `/api/v1/plans/${planId}/items/${itemKey}/complete`,
        {
          body: { evidence: { type: 'link', url: `https://cammy.dongnai.gov.vn/${itemKey}` } },
        },
      );
    const unknownPlan = '00000000-0000-4000-8000-000000000000';

    const refusals = [
      // A school under the education office: it reads the plan, but the item is its parent's.
      ['demo.officer.thlg', 'q2-education-dossiers', activePlanId, 403, 'FORBIDDEN'],
      // The education office's officer, on an item the Home Affairs office owns.
      ['officer.pgd', 'q1-launch-directive', activePlanId, 403, 'FORBIDDEN'],
      // The district chairman reads plans but neither plans nor owns items.
      ['demo.leader.cm', 'q2-education-dossiers', activePlanId, 403, 'FORBIDDEN'],
      // Outside the district: the plan does not exist for them, exactly like an unknown plan.
      ['officer.snv', 'q2-education-dossiers', activePlanId, 404, 'PLAN_NOT_FOUND'],
      ['officer.snv', 'q2-education-dossiers', unknownPlan, 404, 'PLAN_NOT_FOUND'],
      ['officer.pgd', 'no-such-item', activePlanId, 404, 'PLAN_ITEM_NOT_FOUND'],
    ] as const;
    for (const [username, itemKey, planId, status, code] of refusals) {
      const refused = await complete(username, itemKey, planId);
      expect({ username, itemKey, status: refused.status, code: refused.body.code }).toEqual({
        username,
        itemKey,
        status,
        code,
      });
    }

    for (const [username, itemKey] of [
      ['officer.pgd', 'q2-education-dossiers'],
      ['head.pgd', 'q3-education-report'],
    ] as const) {
      const done = await complete(username, itemKey);
      expect({ username, itemKey, status: done.status }).toEqual({
        username,
        itemKey,
        status: 200,
      });
      const recorded = await waitForItem(activePlanId, itemKey, 'DONE');
      expect(recorded?.completedBy).toBe(userIds[username]);
    }
    const twice = await complete('officer.pgd', 'q2-education-dossiers');
    expect([twice.status, twice.body.code]).toEqual([409, 'PLAN_ITEM_COMPLETED']);
  });

  it('shows a person their notifications, with an unread count they can clear', async () => {
    const school = await unitIdOf(system, 'DN-CM-TH-LG');
    const created = await request<{ id: string }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'LDTT',
          proposingUnitId: school,
          nominee: { kind: 'individual', name: 'Vũ Thị Hạnh' },
          achievementsSummary: 'Hoàn thành tốt nhiệm vụ năm học 2023-2024',
        },
      },
    );
    const deadline = Date.now() + 20_000;
    let taskId: string | undefined;
    while (taskId === undefined && Date.now() < deadline) {
      const tasks = await request<{ items: { id: string; subject: { id: string } }[] }>(
        as('demo.reviewer.cm'),
        'GET',
        '/api/v1/tasks',
      );
      taskId = tasks.body.items.find((task) => task.subject.id === created.body.id)?.id;
      if (taskId === undefined) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await request(as('demo.reviewer.cm'), 'POST', `/api/v1/tasks/${taskId}/complete`, {
      body: {
        outcome: {
          decision: 'return',
          items: [{ item: 'TO_TRINH', reason: 'Chưa có chữ ký thủ trưởng' }],
        },
      },
    });

    const mine = await request<{
      items: { title: { vi: string; en: string }; readAt: string | null; id: string }[];
      unread: number;
    }>(as('demo.officer.thlg'), 'GET', '/api/v1/notifications');
    expect(mine.status).toBe(200);
    const returned = mine.body.items.find((item) => item.title.vi.startsWith('Yêu cầu bổ sung'));
    expect(returned?.title.en).toMatch(/^Please supplement HS-2024-/);
    expect(mine.body.unread).toBeGreaterThan(0);

    const cleared = await request<{ marked: number }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/notifications/read',
      { body: { all: true } },
    );
    expect(cleared.status).toBe(200);
    expect(
      (
        await request<{ unread: number }>(
          as('demo.officer.thlg'),
          'GET',
          '/api/v1/notifications/unread-count',
        )
      ).body.unread,
    ).toBe(0);

    const preferences = await request<{ locale: string; email: boolean }>(
      as('demo.officer.thlg'),
      'PUT',
      '/api/v1/notifications/preferences',
      {
        body: { locale: 'en', email: false },
      },
    );
    expect(preferences.body).toMatchObject({ locale: 'en', email: false });
  });
  it('completes the next-year draft the plan workflow generated and issues it: its workflow starts', async () => {
    const reviewer = as('demo.reviewer.cm');
    const imported = await request<{ planId: string; workflowId: string }>(
      reviewer,
      'POST',
      '/api/v1/plans',
      { body: { source: SEED_PLAN_SOURCE, issuerUnitId: district } },
    );
    expect(imported.status).toBe(201);
    // The 2024 plan's dates are past: its workflow runs the year at once, drafts 2025 and closes.
    const outcome = await system.temporal.workflow
      .getHandle<AnnualPlanWorkflow>(imported.body.workflowId)
      .result();
    expect(outcome.draftPlanId).toEqual(expect.any(String));
    const draftId = outcome.draftPlanId!;
    const drafts = await request<{ id: string }[]>(
      reviewer,
      'GET',
      '/api/v1/plans?year=2025&status=DRAFT',
    );
    expect(drafts.body.map((plan) => plan.id)).toEqual([draftId]);
    const generated = await request<PlanView>(reviewer, 'GET', `/api/v1/plans/${draftId}`);
    expect(generated.body).toMatchObject({
      status: 'DRAFT',
      number: null,
      sourcePlanId: imported.body.planId,
    });

    // Without a number the draft cannot be issued: that is what the edit is for.
    const unnumbered = await request<ErrorBody>(reviewer, 'POST', `/api/v1/plans/${draftId}/issue`);
    expect(unnumbered.status).toBe(400);
    expect(unnumbered.body.errors).toEqual([
      expect.objectContaining({ field: 'number', rule: 'required' }),
    ]);

    const path = `/api/v1/plans/${draftId}`;
    const byOfficer = await request<ErrorBody>(as('demo.officer.thlg'), 'PATCH', path, {
      body: { number: '05/KH-UBND' },
    });
    expect([byOfficer.status, byOfficer.body.code]).toEqual([403, 'FORBIDDEN']);
    const malformed = await request<ErrorBody>(reviewer, 'PATCH', path, {
      body: {
        number: '',
        issuedOn: '2025-02-30',
        reminderOffsets: ['ten'],
        status: 'ACTIVE',
        goals: ['Khen thưởng kịp thời', ''],
        legalBasis: 'Luật Thi đua, khen thưởng',
        recipients: Array.from({ length: 501 }, (_, i) => `Đơn vị ${i + 1}`),
        standingDuties: ['x'.repeat(2001)],
      },
    });
    expect(malformed.status).toBe(400);
    expect(new Set(malformed.body.errors?.map((error) => error.field))).toEqual(
      new Set([
        'number',
        'issuedOn',
        'reminderOffsets',
        'status',
        'goals',
        'legalBasis',
        'recipients',
        'standingDuties',
      ]),
    );
    const empty = await request<ErrorBody>(reviewer, 'PATCH', path, { body: {} });
    expect(empty.body.errors).toEqual([
      expect.objectContaining({ field: 'changes', rule: 'not-empty' }),
    ]);
    const province = await request<ErrorBody>(reviewer, 'PATCH', path, {
      body: { standingBodyUnitId: await unitIdOf(system, 'DN-SNV') },
    });
    expect(province.body.errors).toEqual([
      expect.objectContaining({ field: 'standingBodyUnitId', rule: 'unit-under-issuer' }),
    ]);
    const closed = await request<ErrorBody>(
      reviewer,
      'PATCH',
      `/api/v1/plans/${imported.body.planId}`,
      {
        body: { number: '99/KH-UBND' },
      },
    );
    expect([closed.status, closed.body.code]).toEqual([409, 'PLAN_NOT_EDITABLE']);

    const edited = await request<PlanView>(reviewer, 'PATCH', path, {
      body: {
        number: '05/KH-UBND',
        issuedOn: '2025-01-10',
        signer: 'Phó Chủ tịch UBND huyện',
        goals: ['Khen thưởng kịp thời, chính xác'],
        reminderOffsets: [2, 5],
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      number: '05/KH-UBND',
      issuedOn: '2025-01-10',
      signer: 'Phó Chủ tịch UBND huyện',
      goals: ['Khen thưởng kịp thời, chính xác'],
      reminderOffsets: [5, 2],
      status: 'DRAFT',
    });
    const audit = await system.db.query<
      { actor_role: string; actor_unit_id: string; after: unknown }[]
    >(
      `SELECT actor_role, actor_unit_id, after FROM audit_log WHERE action = 'plan.draft.edited' AND entity_id = $1`,
      [draftId],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        actor_role: 'REVIEWER',
        actor_unit_id: district,
        after: expect.objectContaining({ number: '05/KH-UBND' }) as unknown,
      }),
    ]);

    const issued = await request<{ status: string; workflowId: string }>(
      reviewer,
      'POST',
      `/api/v1/plans/${draftId}/issue`,
    );
    expect(issued.status).toBe(200);
    expect(issued.body).toEqual({
      planId: draftId,
      status: 'ACTIVE',
      workflowId: annualPlanWorkflowId(draftId),
    });
    const handle = system.temporal.workflow.getHandle<AnnualPlanWorkflow>(issued.body.workflowId);
    expect((await handle.describe()).type).toBe(WorkflowType.annualPlan);
    const again = await request<ErrorBody>(reviewer, 'PATCH', path, {
      body: { number: '06/KH-UBND' },
    });
    expect([again.status, again.body.code]).toEqual([409, 'PLAN_NOT_EDITABLE']);
    // The issued draft runs its own (past) year with the edited header, and drafts the year after.
    const run = await handle.result();
    expect(run).toMatchObject({ quarterSummaries: 4, draftPlanId: expect.any(String) as string });
  });
});
