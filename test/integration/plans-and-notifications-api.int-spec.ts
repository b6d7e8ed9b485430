import { editedSeedPlan } from '../support/seed-plan-source';
import { logIn, request, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

interface PlanItem {
  key: string;
  quarter: number;
  dueOn: string;
  status: 'OPEN' | 'DONE';
  outcome: string;
  evidence: { type: string; number?: string } | null;
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
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    district = await unitIdOf(system, 'DN-CM');
    for (const username of ['demo.reviewer.cm', 'demo.officer.thlg'])
      tokens[username] = (await logIn(system, username)).accessToken;
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

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
    const deadline = Date.now() + 20_000;
    let recorded: PlanItem | undefined;
    while (Date.now() < deadline) {
      const items = await request<PlanItem[]>(
        as('demo.reviewer.cm'),
        'GET',
        `/api/v1/plans/${planId}/items?quarter=2`,
      );
      recorded = items.body.find(
        (item) => item.key === 'q2-june-11-anniversary' && item.status === 'DONE',
      );
      if (recorded) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recorded?.outcome).toBe('ON_TIME');
    expect(recorded?.evidence).toMatchObject({
      type: 'document',
      number: '58/BC-UBND',
    });
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
});
