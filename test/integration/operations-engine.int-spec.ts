import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import {
  type BulkRepairItem,
  type BulkRepairProgress,
  bulkRepairWorkflowId,
  councilAgendaSignal,
  councilMeetingWorkflowId,
  STUCK_MONITOR_WORKFLOW_ID,
  type WorkflowInspection,
} from '@tdkt/contracts';
import { closeMeetingSignal } from '../fixtures/workflows/stand-in-council-meeting';
import { recordHistory } from '../support/histories';
import { eventually, stuckList } from '../support/operations';
import { logIn, request, startTestSystem, type TestSystem, unitIdOf } from '../support/system';
import { TEST_ENV, testEnv } from '../support/test-env';

interface TaskBody {
  id: string;
  type: string;
  subject: { id: string };
}

const QUIET = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: console.error,
};

/**
 * Stuck workflows that only Temporal can tell about, provoked for real on the dev server: dossiers
 * nobody moves, a council meeting that closed without telling its dossier, a non-deterministic
 * change deployed over running dossiers; found, alerted on, and repaired through the admin API.
 */
describe('operations: what only the workflow engine knows', () => {
  let system: TestSystem;
  let school: string;
  const tokens: Record<string, string> = {};
  const ops = {
    OPS_NO_PROGRESS_AFTER: '3s',
    OPS_MONITOR_INTERVAL_SECONDS: '2',
    OPS_ALERT_THRESHOLDS: 'workflow-task-failing=1',
  };

  beforeAll(async () => {
    system = await startTestSystem({ apiEnv: ops, workerEnv: ops });
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    for (const username of ['demo.officer.thlg', 'demo.reviewer.cm', 'demo.admin'])
      tokens[username] = (await logIn(system, username)).accessToken;
  });
  afterAll(() => system?.stop());

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });
  const admin = () => as('demo.admin');

  const submitted = async (awardCode: string, name: string) => {
    const created = await request<{ id: string; code: string }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode,
          proposingUnitId: school,
          nominee: { kind: 'individual', name },
          achievementsSummary: 'Giáo viên dạy giỏi cấp huyện năm học 2023-2024',
        },
      },
    );
    expect(created.status).toBe(201);
    const task = await eventually(`the review task of ${created.body.code}`, async () =>
      (
        await request<{ items: TaskBody[] }>(as('demo.reviewer.cm'), 'GET', '/api/v1/tasks')
      ).body.items.find((candidate) => candidate.subject.id === created.body.id),
    );
    return { ...created.body, taskId: task.id };
  };

  const review = (taskId: string, outcome: Record<string, unknown>) =>
    request<{ stage: string }>(as('demo.reviewer.cm'), 'POST', `/api/v1/tasks/${taskId}/complete`, {
      body: { outcome },
    });

  /** A CSTĐCS dossier accepted in review: it waits for a council meeting to take it up. */
  const awaitingCouncil = async (name: string) => {
    const dossier = await submitted('CSTDCS', name);
    expect((await review(dossier.taskId, { decision: 'accept' })).body.stage).toBe(
      'COUNCIL_PENDING',
    );
    return dossier;
  };

  const audited = async (action: string, workflowId: string) =>
    (
      await request<{ items: { actorUsername: string; after: Record<string, unknown> }[] }>(
        admin(),
        'GET',
        `/api/v1/audit?action=${action}&workflowId=${workflowId}`,
      )
    ).body.items;

  it('terminates in bulk the dossiers nobody moves: the dry run lists exactly what the real run does, item by item', async () => {
    const dossiers = await Promise.all(['Phan Văn G', 'Đỗ Thị H'].map(awaitingCouncil));
    const codes = dossiers.map((dossier) => dossier.code).sort();
    await eventually('both dossiers without progress', async () => {
      const report = await stuckList(admin(), { reason: 'no-progress' });
      return report.items.length === 2 ? report : undefined;
    });
    const body = {
      action: 'terminate',
      filter: { reason: 'no-progress', stage: 'COUNCIL_PENDING' },
      reason: 'Hội đồng không họp xét các hồ sơ này',
      concurrency: 2,
    };

    const dry = await request<{ dryRun: boolean; items: BulkRepairItem[] }>(
      admin(),
      'POST',
      '/api/v1/admin/bulk',
      { body: { ...body, dryRun: true } },
    );
    expect(dry.status).toBe(200);
    expect(dry.body.items.map((item) => item.workflowId).sort()).toEqual(codes);
    expect(dry.body.items[0]?.change).toMatch(
      /^terminate run .* \(dossier HS-2024-\d+ shown WITHDRAWN/,
    );
    for (const code of codes)
      expect((await system.temporal.workflow.getHandle(code).describe()).status.name).toBe(
        'RUNNING',
      );

    const real = await request<{ operationId: string; items: BulkRepairItem[] }>(
      admin(),
      'POST',
      '/api/v1/admin/bulk',
      { body },
    );
    expect(real.status).toBe(202);
    expect(real.body.items).toEqual(dry.body.items);
    const progress = await eventually('the bulk repair to finish', async () => {
      const answer = await request<BulkRepairProgress>(
        admin(),
        'GET',
        `/api/v1/admin/bulk/${real.body.operationId}`,
      );
      return answer.body.finished ? answer.body : undefined;
    });
    expect(progress).toMatchObject({ total: 2, done: 2, succeeded: 2, failed: 0 });
    expect(progress.results.map((result) => result.workflowId).sort()).toEqual(codes);
    await recordHistory(
      system.temporal.workflow.getHandle(bulkRepairWorkflowId(real.body.operationId)),
      'bulkRepairWorkflow',
      'terminate-two-dossiers',
    );

    for (const code of codes) {
      expect((await system.temporal.workflow.getHandle(code).describe()).status.name).toBe(
        'TERMINATED',
      );
      const [row] = await system.db.query<{ stage: string; outcome_reason: string }[]>(
        `SELECT stage, outcome_reason FROM dossiers WHERE code = $1`,
        [code],
      );
      expect(row).toEqual({
        stage: 'WITHDRAWN',
        outcome_reason: 'TERMINATED_BY_ADMINISTRATOR: Hội đồng không họp xét các hồ sơ này',
      });
      const [audit] = await audited('ops.workflow.terminated', code);
      expect(audit).toMatchObject({
        actorUsername: 'demo.admin',
        after: { reason: body.reason, status: 'TERMINATED', stage: 'WITHDRAWN' },
      });
    }
    expect((await stuckList(admin(), { reason: 'no-progress' })).items).toEqual([]);
  });

  it('finds a dossier waiting on a council meeting that closed without telling it, and cancels it cleanly', async () => {
    const connection = await NativeConnection.connect({
      address: testEnv(TEST_ENV.temporalAddress),
    });
    const meetings = await Worker.create({
      connection,
      namespace: system.temporal.options.namespace,
      taskQueue: 'council-stand-in',
      workflowsPath: require.resolve('../fixtures/workflows/stand-in-council-meeting'),
    });
    const running = meetings.run();
    try {
      const dossier = await awaitingCouncil('Vũ Thị K');
      const meeting = await system.temporal.workflow.start('councilMeetingWorkflow', {
        workflowId: councilMeetingWorkflowId('HD-2024-07'),
        taskQueue: 'council-stand-in',
      });
      const handle = system.temporal.workflow.getHandle(dossier.code);
      await handle.signal(councilAgendaSignal, {
        meetingId: 'HD-2024-07',
        meetingDate: '2024-07-15',
        placed: true,
      });
      // Past the no-progress allowance, but waiting on a meeting that is still open: not stuck.
      await delay(3_500);
      const waiting = await stuckList(admin());
      expect(waiting.items.filter((item) => item.workflowId === dossier.code)).toEqual([]);

      await meeting.signal(closeMeetingSignal);
      await meeting.result();
      const report = await eventually('the dossier waiting on a closed meeting', async () => {
        const found = await stuckList(admin(), { reason: 'awaited-workflow-closed' });
        return found.items.length === 1 ? found : undefined;
      });
      const [item] = report.items;
      expect(item?.workflowId).toBe(dossier.code);
      expect(item?.reasons).toEqual(['awaited-workflow-closed']);
      expect(item?.findings[0]?.evidence).toMatchObject({
        awaited: 'council-meeting',
        id: 'HD-2024-07',
        workflowId: 'council-meeting-HD-2024-07',
        status: 'COMPLETED',
      });

      const detail = await request<WorkflowInspection>(
        admin(),
        'GET',
        `/api/v1/admin/workflows/${dossier.code}`,
      );
      expect(detail.body).toMatchObject({
        status: 'RUNNING',
        dossier: { code: dossier.code, stage: 'COUNCIL_PENDING' },
        openTasks: [],
        awaited: [{ awaited: 'council-meeting', status: 'COMPLETED' }],
      });
      expect(detail.body.timeline.map((event) => event.type)).toContain('council.scheduled');
      expect(detail.body.resetPoints.length).toBeGreaterThan(0);
      // Each point is named after what the dossier had just gone through, not a bare event number.
      const labels = detail.body.resetPoints.map((point) => point.label.vi);
      // With the read model written in one batch, the first workflow task already opened the review.
      expect(labels[0]).toBe('Sau «Bắt đầu thẩm định»');
      expect(labels).toContain('Sau «Đưa vào phiên họp Hội đồng»');

      const cancelled = await request(
        admin(),
        'POST',
        `/api/v1/admin/workflows/${dossier.code}/cancel`,
        {
          body: { reason: 'Phiên họp đã kết thúc mà không gửi kết quả' },
        },
      );
      expect(cancelled.status).toBe(200);
      expect(await handle.result()).toMatchObject({
        stage: 'WITHDRAWN',
        reason: 'CANCELLED_BY_ADMINISTRATOR',
      });
      const [row] = await system.db.query<{ stage: string; outcome_reason: string }[]>(
        `SELECT stage, outcome_reason FROM dossiers WHERE code = $1`,
        [dossier.code],
      );
      expect(row).toEqual({ stage: 'WITHDRAWN', outcome_reason: 'CANCELLED_BY_ADMINISTRATOR' });
      const [audit] = await audited('ops.workflow.cancelled', dossier.code);
      expect(audit?.after).toMatchObject({ reason: 'Phiên họp đã kết thúc mà không gửi kết quả' });
    } finally {
      meetings.shutdown();
      await running;
      await connection.close();
    }
  });

  it('finds dossiers whose workflow code fails after a non-deterministic deploy, alerts the administrators once, and a reset lets them finish on the new code', async () => {
    const dossier = await submitted('LDTT', 'Hồ Văn M');
    const changed = join(mkdtempSync(join(tmpdir(), 'tdkt-changed-')), 'bundle.js');
    const { code } = await bundleWorkflowCode({
      workflowsPath: require.resolve('../fixtures/workflows/changed-dossier-workflow'),
      logger: QUIET,
    });
    writeFileSync(changed, code);
    await system.restartWorker({ WORKFLOW_BUNDLE_PATH: changed });
    const handle = system.temporal.workflow.getHandle(dossier.code);
    // Anything that wakes the workflow makes the new code replay its history.
    await handle.signal(councilAgendaSignal, {
      meetingId: 'HD-0',
      meetingDate: '2024-07-01',
      placed: false,
    });

    const report = await eventually(
      'the dossier failing its workflow task',
      async () => {
        const found = await stuckList(admin(), { reason: 'workflow-task-failing' });
        return found.items.length === 1 ? found : undefined;
      },
      60_000,
    );
    const finding = report.items[0]?.findings[0];
    if (finding?.reason !== 'workflow-task-failing') throw new Error('no workflow-task-failing');
    expect(report.items[0]?.workflowId).toBe(dossier.code);
    expect(finding.evidence.cause).toBe('NON_DETERMINISTIC_ERROR');
    expect(finding.evidence.message).toMatch(/TMPRL1100|[Nn]ondeterminism/);
    expect(finding.evidence.attempt).toBeGreaterThanOrEqual(2);

    const [adminUser] = await system.db.query<{ id: string }[]>(
      `SELECT id FROM users WHERE username = 'demo.admin'`,
    );
    const alerts = () =>
      system.db.query<{ params: { reason: string; count: number } }[]>(
        `SELECT params FROM notifications WHERE user_id = $1 AND template = 'ops.stuck-threshold'`,
        [adminUser!.id],
      );
    await eventually('the alert to the administrators', async () =>
      (await alerts()).length > 0 ? true : undefined,
    );
    await delay(4_500);
    expect((await alerts()).map((alert) => alert.params)).toEqual([
      expect.objectContaining({ reason: 'workflow-task-failing', count: 1 }),
    ]);
    await recordHistory(
      system.temporal.workflow.getHandle(STUCK_MONITOR_WORKFLOW_ID),
      'stuckMonitorWorkflow',
      'alerted-once-on-a-crossing',
    );

    const reset = await request<{ runId: string; eventId: number }>(
      admin(),
      'POST',
      `/api/v1/admin/workflows/${dossier.code}/reset`,
      { body: { to: 'start', reason: 'Chạy lại hồ sơ trên phiên bản mới' } },
    );
    expect(reset.status).toBe(200);
    const rejected = await eventually('the review to be accepted by the new run', async () => {
      const answer = await review(dossier.taskId, {
        decision: 'reject',
        reason: 'Thiếu minh chứng',
      });
      return answer.status === 200 ? answer : undefined;
    });
    expect(rejected.body.stage).toBe('REJECTED');
    expect(await handle.result()).toMatchObject({ stage: 'REJECTED' });
    expect((await handle.describe()).runId).toBe(reset.body.runId);
    expect((await stuckList(admin(), { reason: 'workflow-task-failing' })).items).toEqual([]);
    const [audit] = await audited('ops.workflow.reset', dossier.code);
    expect(audit?.after).toMatchObject({
      point: 'start',
      runId: reset.body.runId,
      reason: 'Chạy lại hồ sơ trên phiên bản mới',
    });
  });
});
