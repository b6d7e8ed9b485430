import { annualPlanWorkflowId, type AnnualPlanWorkflow } from '@tdkt/contracts';
import { seedDemoPlan } from '@tdkt/server-seed';
import { addPerson } from '../support/people';
import { SEED_PLAN_SOURCE } from '../support/seed-plan-source';
import { logIn, request, startTestSystem, type TestSystem } from '../support/system';

const SEED = SEED_PLAN_SOURCE;
const HEAD_PASSWORD = 'head-pnv-password-2024';

/** What `npm start` does on first run, against the real API and worker processes. */
describe('npm start loads the 2024 seed plan', () => {
  let system: TestSystem;
  let planId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    await addPerson(system.db, {
      username: 'head.pnv',
      unitCode: 'DN-CM-PNV',
      role: 'UNIT_HEAD',
      password: HEAD_PASSWORD,
    });
    await addPerson(system.db, {
      username: 'reviewer.pnv',
      unitCode: 'DN-CM-PNV',
      role: 'REVIEWER',
    });
  });
  afterAll(() => system?.stop());

  it('imports it once, resolving the owners by name, and its workflow runs the past year without flooding', async () => {
    const seed = () =>
      seedDemoPlan({
        dataSource: system.db,
        temporal: system.temporal,
        config: { TEMPORAL_TASK_QUEUE: system.taskQueue },
        source: SEED,
      });
    const first = await seed();
    const second = await seed();

    expect(first).toMatchObject({ created: true, workflowId: annualPlanWorkflowId(first.planId) });
    planId = first.planId;
    expect(second).toEqual({ ...first, created: false });
    const owners = await system.db.query<{ code: string; items: number }[]>(
      `SELECT u.code, count(*)::int AS items FROM plan_items i JOIN units u ON u.id = i.owner_unit_id
        WHERE i.plan_id = $1 GROUP BY u.code ORDER BY u.code`,
      [first.planId],
    );
    expect(owners).toEqual([
      { code: 'DN-CM-PGD', items: 1 },
      { code: 'DN-CM-PNV', items: 22 },
    ]);

    const outcome = await system.temporal.workflow
      .getHandle<AnnualPlanWorkflow>(first.workflowId!)
      .result();
    expect(outcome).toMatchObject({ itemsOpen: 23, quarterSummaries: 4 });
    expect(await seed()).toEqual({ ...first, created: false });

    const [plan] = await system.db.query<{ status: string }[]>(
      `SELECT status FROM plans WHERE id = $1`,
      [first.planId],
    );
    expect(plan!.status).toBe('CLOSED');
    const perPerson = await system.db.query<
      { username: string; overdue: number; summaries: number }[]
    >(
      `SELECT u.username,
              count(*) FILTER (WHERE n.template = 'plan.item.overdue')::int AS overdue,
              count(*) FILTER (WHERE n.template = 'plan.quarter.summary')::int AS summaries
         FROM notifications n JOIN users u ON u.id = n.user_id GROUP BY u.username ORDER BY u.username`,
    );
    expect(perPerson).toEqual([
      { username: 'head.pnv', overdue: 22, summaries: 4 },
      { username: 'reviewer.pnv', overdue: 23, summaries: 4 },
    ]);
    const drafts = await system.db.query<unknown[]>(
      `SELECT year, status FROM plans WHERE source_plan_id = $1`,
      [first.planId],
    );
    expect(drafts).toEqual([{ year: 2025, status: 'DRAFT' }]);
  });

  it('records work done on time on the closed plan, with the day it was done, audited as recorded late', async () => {
    const head = await logIn(system, 'head.pnv', HEAD_PASSWORD);
    const as = { apiUrl: system.apiUrl, token: head.accessToken };
    const complete = (itemKey: string, body: Record<string, unknown>) =>
      request<{ code?: string; errors?: { field: string; rule: string }[] }>(
        as,
        'POST',
        `/api/v1/plans/${planId}/items/${itemKey}/complete`,
        {
          body: {
            evidence: { type: 'document', number: '05/CT-UBND', issuedOn: '2024-03-28' },
            ...body,
          },
        },
      );

    const future = await complete('q1-launch-directive', { completedOn: '2099-01-01' });
    expect([future.status, future.body.errors?.map((error) => error.field)]).toEqual([
      400,
      ['completedOn'],
    ]);
    const done = await complete('q1-launch-directive', { completedOn: '2024-03-28' });
    expect(done.status).toBe(200);

    const plan = await request<{
      status: string;
      items: {
        key: string;
        status: string;
        outcome: string;
        completedAt: string | null;
        completionRecordedAt: string | null;
      }[];
    }>(as, 'GET', `/api/v1/plans/${planId}`);
    expect(plan.body.status).toBe('CLOSED');
    const item = plan.body.items.find((candidate) => candidate.key === 'q1-launch-directive')!;
    // Done on 28/03/2024, before its deadline: on time, though recorded today.
    expect(item).toMatchObject({
      status: 'DONE',
      outcome: 'ON_TIME',
      completedAt: '2024-03-28T10:00:00.000Z',
    });
    expect(Date.now() - Date.parse(item.completionRecordedAt!)).toBeLessThan(60_000);
    const [audit] = await system.db.query<{ actor_role: string; after: Record<string, unknown> }[]>(
      `SELECT actor_role, after FROM audit_log WHERE action = 'plan.item.completed' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({
      actor_role: 'UNIT_HEAD',
      after: { recordedAfterThePlanClosed: true, completedAt: '2024-03-28T10:00:00Z' },
    });

    const again = await complete('q1-launch-directive', {});
    expect([again.status, again.body.code]).toEqual([409, 'PLAN_ITEM_COMPLETED']);
    // The draft of next year is not running yet: nothing is done in it.
    const [draft] = await system.db.query<{ id: string }[]>(
      `SELECT id FROM plans WHERE source_plan_id = $1`,
      [planId],
    );
    const inDraft = await request<{ code: string }>(
      as,
      'POST',
      `/api/v1/plans/${draft!.id}/items/q1-launch-directive/complete`,
      { body: { evidence: { type: 'link', url: 'https://cammy.dongnai.gov.vn/x' } } },
    );
    expect([inDraft.status, inDraft.body.code]).toEqual([409, 'PLAN_NOT_ACTIVE']);
  });
});
