import { readFileSync } from 'node:fs';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  AppError,
  type AuthenticatedUser,
  clusterYearWorkflowId,
  type Role,
} from '@tdkt/contracts';
import {
  AdoptScoringTableUseCase,
  CreateClusterUseCase,
  FormClusterYearUseCase,
  GetClusterYearUseCase,
  HandOverLeadershipUseCase,
  OpenScoringUseCase,
  StartPactSigningUseCase,
} from '@tdkt/server-feature-clusters';
import type { Actor } from '@tdkt/server-feature-identity';
import { CompleteTaskUseCase } from '@tdkt/server-feature-inbox';
import { startTimeSkippingTemporal } from '@tdkt/testing';
import { recordHistory } from '../support/histories';
import { addPerson, unitId } from '../support/people';
import { TEST_ENV, testEnv } from '../support/test-env';
import { startWorkerContext, type WorkerContext } from '../support/worker-context';
import { until } from '../support/poll';

const TASK_QUEUE = 'cluster-year';
const DAY_MS = 24 * 3600 * 1000;

/**
 * A district's cluster of three communes on the time-skipping server with the real use cases and
 * PostgreSQL: the pact signed by every head (one late, reminded and reported overdue), scoring on the
 * adopted table (one commune misses its deadline), the leader's review with a tie for first place the
 * meeting must break, and the handover to next year's leader.
 */
describe('clusterYearWorkflow (time-skipping server, real activities)', () => {
  let env: TestWorkflowEnvironment;
  let context: WorkerContext;
  let worker: Worker;
  let running: Promise<void>;
  const units: Record<'district' | 'lg' | 'xm' | 'sr', string> = {
    district: '',
    lg: '',
    xm: '',
    sr: '',
  };
  const heads: Record<string, AuthenticatedUser> = {};
  const officers: Record<string, AuthenticatedUser> = {};
  let board: Actor;

  beforeAll(async () => {
    env = await startTimeSkippingTemporal();
    context = await startWorkerContext({
      temporalAddress: env.address,
      temporalNamespace: env.namespace ?? 'default',
      taskQueue: TASK_QUEUE,
      env: { RULES_AS_OF: '2024-12-16' },
    });
    const codes = { district: 'DN-CM', lg: 'DN-CM-LG', xm: 'DN-CM-XM', sr: 'DN-CM-SR' } as const;
    for (const [key, code] of Object.entries(codes))
      units[key as keyof typeof units] = await unitId(context.db, code);
    const signedIn = async (username: string, unit: string, unitCode: string, role: Role) => {
      const person = await addPerson(context.db, { username, unitCode, role });
      return {
        id: person.id,
        username,
        fullName: `Cán bộ ${username}`,
        unitId: unit,
        grants: [{ role, unitId: unit }],
      } satisfies AuthenticatedUser;
    };
    for (const key of ['lg', 'xm', 'sr'] as const) {
      heads[key] = await signedIn(`head.${key}`, units[key], codes[key], 'UNIT_HEAD');
      officers[key] = await signedIn(`officer.${key}`, units[key], codes[key], 'UNIT_OFFICER');
    }
    const reviewer = await signedIn('board.district', units.district, 'DN-CM', 'REVIEWER');
    board = { user: reviewer, grant: reviewer.grants[0]!, requestId: null };
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

  const openTasks = (workflowId: string, type: string) =>
    context.db.query<{ id: string; unit_id: string; task_key: string }[]>(
      `SELECT id, unit_id, task_key FROM tasks WHERE workflow_id = $1 AND type = $2 AND status IN ('OPEN', 'CLAIMED')
        ORDER BY task_key`,
      [workflowId, type],
    );
  const taskOf = (tasks: { id: string; unit_id: string }[], unit: string) =>
    tasks.find((task) => task.unit_id === unit)!.id;
  const notified = (key: string) =>
    context.db.query<{ user_id: string }[]>(
      `SELECT user_id FROM notifications WHERE idempotency_key = $1`,
      [key],
    );
  const complete = (taskId: string, outcome: Record<string, unknown>, user: AuthenticatedUser) =>
    context.get(CompleteTaskUseCase).execute(taskId, outcome, user);

  it('signs the pact with reminders, scores with a missed deadline, reviews with an explicit tie-break, hands over', async () => {
    const { id: clusterId } = await context.get(CreateClusterUseCase).execute(
      {
        code: 'CM-XA-01',
        name: 'Cụm thi đua các xã số 1',
        kind: 'cluster',
        organizerUnitId: units.district,
      },
      board,
    );
    const { id: yearId } = await context.get(FormClusterYearUseCase).execute(
      {
        clusterId,
        year: 2024,
        memberUnitIds: [units.lg, units.xm, units.sr],
        leaderUnitId: units.lg,
        deputyUnitId: units.xm,
      },
      board,
    );
    const { version } = await context.get(AdoptScoringTableUseCase).execute(
      yearId,
      [
        {
          code: 'KTXH',
          title: { vi: 'Phát triển kinh tế - xã hội', en: 'Economy and society' },
          maxPoints: 60,
        },
        {
          code: 'TDKT',
          title: { vi: 'Công tác thi đua, khen thưởng', en: 'Emulation work' },
          maxPoints: 40,
        },
      ],
      board,
    );
    await context.get(StartPactSigningUseCase).execute({ clusterYearId: yearId }, board);
    const workflowId = clusterYearWorkflowId(yearId);
    const handle = env.client.workflow.getHandle(workflowId);

    // Two heads sign at once; the third signs only after its reminders and the overdue notice.
    const pactTasks = await until(
      () => openTasks(workflowId, 'cluster.sign-pact'),
      (rows) => rows.length === 3,
    );
    await expect(
      complete(taskOf(pactTasks, units.lg), { agreed: false }, heads.lg!),
    ).rejects.toMatchObject({ code: 'INVALID_OUTCOME' });
    await expect(
      complete(taskOf(pactTasks, units.lg), { agreed: true }, heads.xm!),
    ).rejects.toMatchObject({ code: 'NOT_A_CANDIDATE' });
    await complete(taskOf(pactTasks, units.lg), { agreed: true }, heads.lg!);
    await complete(taskOf(pactTasks, units.xm), { agreed: true, note: 'Nhất trí' }, heads.xm!);
    await env.sleep(30 * DAY_MS);
    const late = `${workflowId}:cluster.sign-pact:${units.sr}`;
    await until(
      () => notified(`${late}:overdue`),
      (rows) => rows.length > 0,
    );
    expect(await notified(`${late}:reminder:3`)).toEqual([{ user_id: heads.sr!.id }]);
    expect(await notified(`${late}:reminder:1`)).toEqual([{ user_id: heads.sr!.id }]);
    expect(await notified(`${workflowId}:cluster.sign-pact:${units.lg}:reminder:3`)).toEqual([]);
    await complete(taskOf(pactTasks, units.sr), { agreed: true }, heads.sr!);
    const signed = await until(
      () => context.get(GetClusterYearUseCase).execute(yearId),
      (year) => year.status === 'PACT_SIGNED',
    );
    expect(signed.members.every((member) => member.pactSignedAt !== null)).toBe(true);

    // Year end: two communes score equal totals; the third lets its deadline pass.
    await context.get(OpenScoringUseCase).execute(yearId, version, board);
    const scoreTasks = await until(
      () => openTasks(workflowId, 'cluster.self-score'),
      (rows) => rows.length === 3,
    );
    const evidence = [{ title: 'Báo cáo tổng kết năm 2024', reference: 'Số 120/BC-UBND' }];
    await expect(
      complete(
        taskOf(scoreTasks, units.lg),
        { scores: { KTXH: 61, TDKT: 30 }, evidence },
        officers.lg!,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_OUTCOME' });
    await expect(
      complete(
        taskOf(scoreTasks, units.lg),
        { scores: { KTXH: 50, TDKT: 30 }, evidence: [] },
        officers.lg!,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_OUTCOME' });
    await complete(
      taskOf(scoreTasks, units.lg),
      { scores: { KTXH: 55, TDKT: 35 }, evidence },
      officers.lg!,
    );
    await complete(
      taskOf(scoreTasks, units.xm),
      { scores: { KTXH: 52, TDKT: 36 }, evidence },
      officers.xm!,
    );
    await env.sleep(30 * DAY_MS);
    const [review] = await until(
      () => openTasks(workflowId, 'cluster.review'),
      (rows) => rows.length === 1,
    );
    const scored = await context.get(GetClusterYearUseCase).execute(yearId);
    expect(scored.members.find((member) => member.unitId === units.sr)?.selfScoreMissed).toBe(true);

    // The meeting lifts one commune to a tie for first place: it must say who leads.
    const adjusted = {
      adjustments: { [units.xm]: { KTXH: 54, TDKT: 36 } },
      minutes: 'Biên bản họp cụm ngày 10/12/2024',
    };
    const refusal = await complete(review!.id, adjusted, heads.lg!).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'lead-tie-unresolved' })]),
    );
    // The tied members are named as people know them, not by their ids.
    const tieMessage = (refusal as AppError).errors[0]?.message.vi ?? '';
    expect([
      tieMessage.includes('UBND xã Long Giao'),
      tieMessage.includes('UBND xã Xuân Mỹ'),
    ]).toEqual([true, true]);
    await complete(review!.id, { ...adjusted, tieBreak: [units.xm, units.lg] }, heads.lg!);
    const reviewed = await until(
      () => context.get(GetClusterYearUseCase).execute(yearId),
      (year) => year.status === 'REVIEWED',
    );
    expect(reviewed.members.map((member) => [member.unitId, member.total, member.rank])).toEqual([
      [units.xm, 90, 1],
      [units.lg, 90, 2],
      [units.sr, null, null],
    ]);
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    await recordHistory(handle, 'clusterYearWorkflow', 'pact-late-score-missed-tie-broken');

    // The leadership passes to next year's leader; the year after is formed with the same members.
    const { nextYearId } = await context
      .get(HandOverLeadershipUseCase)
      .execute({ clusterYearId: yearId, nextLeaderUnitId: units.xm }, board);
    const next = await context.get(GetClusterYearUseCase).execute(nextYearId);
    expect([next.year, next.leaderUnitId, next.status, next.members.length]).toEqual([
      2025,
      units.xm,
      'FORMED',
      3,
    ]);
    const audit = await context.db.query<{ action: string }[]>(
      `SELECT DISTINCT action FROM audit_log WHERE entity_id = $1 ORDER BY action`,
      [yearId],
    );
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'cluster-year.formed',
        'cluster-year.pact-signed',
        'cluster-year.self-scored',
        'cluster-year.reviewed',
        'cluster-year.handed-over',
      ]),
    );
  });
});
