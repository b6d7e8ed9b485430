import { readFileSync } from 'node:fs';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  annualPlanWorkflowId,
  calendarChangedSignal,
  planStateQuery,
  type AnnualPlanWorkflow,
} from '@tdkt/contracts';
import { HolidayCalendar, planItemSchedule, type OfficialSchedule } from '@tdkt/domain';
import { ImportPlanUseCase } from '@tdkt/server-feature-plan';
import { startTimeSkippingTemporal } from '@tdkt/testing';
import { recordHistory } from '../support/histories';
import { addPerson } from '../support/people';
import { SEED_PLAN_SOURCE } from '../support/seed-plan-source';
import { TEST_ENV, testEnv } from '../support/test-env';
import { startWorkerContext, type WorkerContext } from '../support/worker-context';

const TASK_QUEUE = 'plan-calendar';
/** 08:00 in Cẩm Mỹ on the day the plan was signed. */
const ISSUED_AT = '2024-01-11T01:00:00Z';

/**
 * A holiday schedule published while the 2024 plan runs: the plan, told by a signal, recomputes its
 * open items' notices on the calendar in effect and moves those that changed, once.
 */
describe('annualPlanWorkflow and a published holiday schedule', () => {
  let env: TestWorkflowEnvironment;
  let context: WorkerContext;
  let worker: Worker;
  let running: Promise<void>;

  beforeAll(async () => {
    env = await startTimeSkippingTemporal();
    context = await startWorkerContext({
      temporalAddress: env.address,
      temporalNamespace: env.namespace ?? 'default',
      taskQueue: TASK_QUEUE,
    });
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

  it('moves the reminders of items due after a new day off, and only those', async () => {
    const imported = await context.get(ImportPlanUseCase).execute({
      source: SEED_PLAN_SOURCE,
      importedBy: null,
      startAsOf: ISSUED_AT,
    });
    const handle = env.client.workflow.getHandle<AnnualPlanWorkflow>(
      annualPlanWorkflowId(imported.planId),
    );
    let before = await handle.query(planStateQuery);
    while (before.items.some((candidate) => candidate.notices.length === 0)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      before = await handle.query(planStateQuery);
    }
    const item = before.items.find((candidate) => candidate.dueOn >= '2024-06-01')!;

    // The Government moves a day off onto the working day before the item's due date.
    const builtIn = HolidayCalendar.BUILT_IN.scheduleOf(2024)!;
    const oneDayBefore = planItemSchedule(2024, { ...item, kind: 'event' }, [1]).reminders[0]!.on;
    const schedule: OfficialSchedule = {
      ...builtIn,
      breaks: [
        ...builtIn.breaks,
        {
          from: oneDayBefore,
          to: oneDayBefore,
          name: { vi: 'Nghỉ theo lịch mới', en: 'New day off' },
          source: { document: 'Thông báo 2/TB-BNV (thử nghiệm)', status: 'confirmed' as const },
        },
      ].sort((a, b) => a.from.localeCompare(b.from)),
    };
    const publisher = await addPerson(context.db, {
      username: 'admin.calendar',
      unitCode: 'DN',
      role: 'ADMIN',
    });
    const [row] = await context.db.query<{ revision: string }[]>(
      `INSERT INTO legal_data_publications (kind, key, payload, source, published_by)
       VALUES ('holiday-schedule', '2024', $1::jsonb, $2::jsonb, $3) RETURNING revision::text AS revision`,
      [JSON.stringify(schedule), JSON.stringify(schedule.breaks[0]!.source), publisher.id],
    );
    const change = { revision: Number(row!.revision), year: 2024, document: 'Thông báo 2/TB-BNV' };
    await handle.signal(calendarChangedSignal, change);
    await handle.signal(calendarChangedSignal, change);

    const calendar = HolidayCalendar.BUILT_IN.withSchedules([schedule], change.revision);
    // The plan's reminder offsets are in its notices' ids: reminder:<working days before>:<due date>.
    const offsets = item.notices
      .filter((notice) => notice.kind === 'reminder')
      .map((notice) => Number(notice.id.split(':')[1]));
    const expected = planItemSchedule(
      2024,
      { ...item, kind: 'event' },
      offsets,
      calendar,
    ).reminders.map((reminder) => reminder.at);
    const deadline = Date.now() + 20_000;
    let after = await handle.query(planStateQuery);
    while (
      JSON.stringify(after.items.find((i) => i.key === item.key)?.notices) ===
        JSON.stringify(item.notices) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await handle.query(planStateQuery);
    }
    const moved = after.items.find((candidate) => candidate.key === item.key)!;
    expect(
      moved.notices.filter((notice) => notice.kind === 'reminder').map((notice) => notice.at),
    ).toEqual(expected);
    expect(moved.notices.map((notice) => notice.at)).not.toEqual(item.notices.map((n) => n.at));
    // An item due before the new day off keeps its notices as they were.
    const earlier = before.items.find((candidate) => candidate.dueOn < oneDayBefore)!;
    expect(after.items.find((candidate) => candidate.key === earlier.key)?.notices).toEqual(
      earlier.notices,
    );
    await handle.terminate('test done');
    await recordHistory(handle, 'annualPlanWorkflow', 'notices-moved-by-published-calendar');
  });
});
