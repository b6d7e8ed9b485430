import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { AuthenticatedUser, DossierOutcome, DossierWorkflowInput } from '@tdkt/contracts';
import { CompleteTaskUseCase } from '@tdkt/server-feature-inbox';
import { InspectWorkflowUseCase, ReassignTaskUseCase } from '@tdkt/server-feature-operations';
import type { UnitOnPath } from '@tdkt/server-feature-dossier';
import { startTimeSkippingTemporal } from '@tdkt/testing';
import { dossierInput } from '../support/dossier-world';
import { eventually } from '../support/operations';
import { addPerson, type Person } from '../support/people';
import { TEST_ENV, testEnv } from '../support/test-env';
import { startWorkerContext, type WorkerContext } from '../support/worker-context';

const TASK_QUEUE = 'operations-overdue';

/**
 * A reviewer who lets the deadline pass, on the time-skipping server with the real activities and
 * PostgreSQL: the workflow's own timers send the reminders and the overdue notice, the operator's
 * inspection shows the task overdue with who holds it, a reassignment moves it, and the dossier
 * goes on to its decision.
 */
describe('operations: an overdue review under time skipping', () => {
  let env: TestWorkflowEnvironment;
  let context: WorkerContext;
  const people: Record<string, Person> = {};
  const units: Record<string, UnitOnPath> = {};

  beforeAll(async () => {
    env = await startTimeSkippingTemporal();
    context = await startWorkerContext({
      temporalAddress: env.address,
      temporalNamespace: env.namespace ?? 'default',
      taskQueue: TASK_QUEUE,
    });
    for (const [username, unitCode, role] of [
      ['officer.school', 'DN-CM-TH-LG', 'UNIT_OFFICER'],
      ['reviewer.away', 'DN-CM', 'REVIEWER'],
      ['reviewer.here', 'DN-CM', 'REVIEWER'],
      ['chairman.cm', 'DN-CM', 'LEADER'],
      ['admin.dn', 'DN', 'ADMIN'],
    ] as const)
      people[username] = await addPerson(context.db, { username, unitCode, role });
    for (const row of await context.db.query<
      { code: string; id: string; name: string; level: string }[]
    >(`SELECT code, id, name, level FROM units WHERE code IN ('DN-CM-TH-LG', 'DN-CM', 'DN')`))
      units[row.code] = { id: row.id, name: row.name, level: row.level, externalEndpointUrl: null };
  });
  afterAll(async () => {
    await context?.stop();
    await env?.teardown();
  });

  const actor = (username: string, role: string, unitId: string): AuthenticatedUser => ({
    id: people[username]!.id,
    username,
    fullName: username,
    unitId,
    grants: [{ role: role as AuthenticatedUser['grants'][number]['role'], unitId }],
  });

  const openTask = (workflowId: string, type: string) =>
    eventually(`an open ${type} task`, async () => {
      const [task] = await context.db.query<{ id: string }[]>(
        `SELECT id FROM tasks WHERE workflow_id = $1 AND type = $2 AND status IN ('OPEN', 'CLAIMED')`,
        [workflowId, type],
      );
      return task;
    });

  it('shows the review overdue by working days with the reviewers who hold it, and the reassigned reviewer takes the dossier to its decision', async () => {
    const school = units['DN-CM-TH-LG']!;
    const district = units['DN-CM']!;
    const routed = dossierInput('LDTT', {
      chain: [school, district, units.DN!],
      disclosure: true,
    });
    const input: DossierWorkflowInput = {
      ...routed,
      dossierId: randomUUID(),
      authorId: people['officer.school']!.id,
      submittedBy: people['officer.school']!.id,
      proposingUnit: { ...routed.proposingUnit, id: school.id },
    };
    await context.db.query(
      `INSERT INTO dossiers (id, code, year, award_code, proposing_unit_id, nominee, nominee_name,
                             achievements_summary, stage, workflow_id, author_id)
       VALUES ($1, $2::text, $3, $4, $5, $6, $7, $8, 'DRAFT', $2::text, $9)`,
      [
        input.dossierId,
        input.code,
        input.year,
        input.awardCode,
        school.id,
        JSON.stringify(input.nominee),
        input.nominee.name,
        input.achievementsSummary,
        input.authorId,
      ],
    );
    const worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue: TASK_QUEUE,
      workflowBundle: { codePath: testEnv(TEST_ENV.workflowBundle) },
      activities: context.activities(),
    });

    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('dossierWorkflow', {
        workflowId: input.code,
        taskQueue: TASK_QUEUE,
        args: [input],
      });
      const review = await openTask(input.code, 'dossier.review');
      // Past the review's statutory time limit and its grace, by more than the two working days allowed.
      await env.sleep('45 days');
      const events = await context.db.query<{ type: string }[]>(
        `SELECT type FROM dossier_events WHERE dossier_id = $1 ORDER BY seq`,
        [input.dossierId],
      );
      expect(events.map((event) => event.type)).toEqual(
        expect.arrayContaining(['task.reminded', 'task.overdue']),
      );

      const inspect = () =>
        env
          .currentTimeMs()
          .then((now) =>
            context
              .get(InspectWorkflowUseCase)
              .execute(input.code, { all: true, unitIds: [] }, new Date(now)),
          );
      const inspection = await inspect();
      expect(inspection.openTasks.map((task) => task.taskId)).toEqual([review.id]);
      expect(inspection.timers).toEqual([]);
      const [finding] = inspection.findings;
      if (finding?.reason !== 'task-overdue') throw new Error('the review is not found overdue');
      expect(finding.evidence.workingDaysOverdue).toBeGreaterThan(2);
      expect(finding.evidence.heldBy).toEqual({
        kind: 'role',
        role: 'REVIEWER',
        unitId: district.id,
        unitName: district.name,
        people: ['Cán bộ reviewer.away', 'Cán bộ reviewer.here'],
      });

      await context.get(ReassignTaskUseCase).execute(
        review.id,
        { assigneeId: people['reviewer.here']!.id, reason: 'Người thẩm định đi công tác dài ngày' },
        {
          kind: 'recorded',
          audit: {
            actorId: people['admin.dn']!.id,
            actorRole: 'ADMIN',
            actorUnitId: units.DN!.id,
            requestId: null,
          },
          operationId: randomUUID(),
        },
      );
      const [held] = (await inspect()).findings;
      expect(held?.reason === 'task-overdue' && held.evidence.heldBy).toEqual({
        kind: 'person',
        userId: people['reviewer.here']!.id,
        name: 'Cán bộ reviewer.here',
      });

      const accepted = await context
        .get(CompleteTaskUseCase)
        .execute(
          review.id,
          { decision: 'accept' },
          actor('reviewer.here', 'REVIEWER', district.id),
        );
      expect(accepted.stage).toBe('DISCLOSURE');
      await env.sleep('15 days');
      const decision = await openTask(input.code, 'dossier.decision');
      await context
        .get(CompleteTaskUseCase)
        .execute(decision.id, { decision: 'approve' }, actor('chairman.cm', 'LEADER', district.id));
      expect(await handle.result()).toMatchObject<Partial<DossierOutcome>>({ stage: 'APPROVED' });
      expect((await inspect()).findings).toEqual([]);
    });
  });
});
