import { annualPlanWorkflowId, type AnnualPlanWorkflow } from '@tdkt/contracts';
import { seedDemoPlan } from '@tdkt/server-seed';
import { addPerson } from '../support/people';
import { SEED_PLAN_SOURCE } from '../support/seed-plan-source';
import { startTestSystem, type TestSystem } from '../support/system';

const SEED = SEED_PLAN_SOURCE;

/** What `npm start` does on first run, against the real API and worker processes. */
describe('npm start loads the 2024 seed plan', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
    await addPerson(system.db, { username: 'head.pnv', unitCode: 'DN-CM-PNV', role: 'UNIT_HEAD' });
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
});
