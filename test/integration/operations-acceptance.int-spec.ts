import { freePort } from '@tdkt/infra';
import type { StuckPage, StuckReport, StuckWorkflow } from '@tdkt/contracts';
import { addSignedInPerson, eventually, stuckList, tdkt } from '../support/operations';
import { logIn, request, startTestSystem, type TestSystem, unitIdOf } from '../support/system';
import { TcpProxy } from '../support/tcp-proxy';
import { TEST_ENV, testEnv } from '../support/test-env';

interface TaskBody {
  id: string;
  type: string;
  subject: { id: string };
}

/**
 * The acceptance, tried as a new administrator would, through the HTTP API and the CLI: the
 * worker loses PostgreSQL (a real outage on its connections: a proxy in front of the database is cut)
 * while dossiers move; a reviewer is a week late.
 */
describe('operations: stuck dossiers found and repaired by an administrator', () => {
  let system: TestSystem;
  let database: TcpProxy;
  let apiMetricsPort: number;
  let workerMetricsPort: number;
  let school: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const postgres = new URL(testEnv(TEST_ENV.pgAdminUrl));
    database = await TcpProxy.start({ host: postgres.hostname, port: Number(postgres.port) });
    apiMetricsPort = await freePort();
    workerMetricsPort = await freePort();
    system = await startTestSystem({
      apiEnv: {
        API_METRICS_PORT: String(apiMetricsPort),
        TEMPORAL_UI_URL: 'http://temporal-ui.test/',
      },
      workerEnv: (databaseUrl) => {
        const proxied = new URL(databaseUrl);
        proxied.hostname = '127.0.0.1';
        proxied.port = String(database.port);
        return {
          DATABASE_URL: proxied.toString(),
          WORKER_METRICS_PORT: String(workerMetricsPort),
        };
      },
    });
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    for (const username of ['demo.officer.thlg', 'demo.reviewer.cm', 'demo.admin'])
      tokens[username] = (await logIn(system, username)).accessToken;
  });
  afterAll(async () => {
    await system?.stop();
    await database?.stop();
  });

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });
  const admin = () => as('demo.admin');

  const submit = async (name: string) => {
    const created = await request<{ id: string; code: string }>(
      as('demo.officer.thlg'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2024,
          awardCode: 'LDTT',
          proposingUnitId: school,
          nominee: { kind: 'individual', name },
          achievementsSummary: 'Hoàn thành tốt nhiệm vụ năm học 2023-2024',
        },
      },
    );
    expect(created.status).toBe(201);
    return created.body;
  };

  const reviewTask = (dossierId: string, username = 'demo.reviewer.cm') =>
    eventually(`the review task of ${dossierId}`, async () => {
      const inbox = await request<{ items: TaskBody[] }>(as(username), 'GET', '/api/v1/tasks');
      return inbox.body.items.find(
        (task) => task.subject.id === dossierId && task.type === 'dossier.review',
      );
    });

  const reject = (taskId: string, username = 'demo.reviewer.cm') =>
    request<{ stage: string }>(as(username), 'POST', `/api/v1/tasks/${taskId}/complete`, {
      body: { outcome: { decision: 'reject', reason: 'Chưa đủ tiêu chuẩn' } },
    });

  const auditOf = async (action: string, workflowId: string) =>
    (
      await request<{
        items: {
          actorUsername: string | null;
          actorRole: string | null;
          requestId: string | null;
          entityId: string;
          before: Record<string, unknown> | null;
          after: Record<string, unknown> | null;
        }[];
      }>(admin(), 'GET', `/api/v1/audit?action=${action}&workflowId=${workflowId}`)
    ).body.items;

  it('shows dossiers as "activity retrying" with the database error while PostgreSQL is away; they drain by themselves once it is back, and "retry now" does not wait for the backoff', async () => {
    const dossiers = await Promise.all(['Giáo viên A', 'Giáo viên B', 'Giáo viên C'].map(submit));
    const tasks = await Promise.all(dossiers.map((dossier) => reviewTask(dossier.id)));

    // The reviewers have heard of the dossiers: nothing is on its way to PostgreSQL when it goes.
    await eventually('the reviewers told of the three dossiers', async () => {
      const [row] = await system.db.query<{ n: number }[]>(
        `SELECT count(DISTINCT idempotency_key)::int AS n FROM notifications WHERE idempotency_key = ANY($1)`,
        [dossiers.map((dossier) => `${dossier.code}:review:district#1:opened`)],
      );
      return row!.n === 3 ? true : undefined;
    });
    await database.cut();
    // The reviewer works on: the workflows accept the decisions and cannot record them, so the
    // requests answer 503 at their deadline rather than hang.
    const cutAt = Date.now();
    const decisions = tasks.map((task) => reject(task.id));
    const report = await eventually('three dossiers retrying an activity', async () => {
      const found = await stuckList(admin(), { reason: 'activity-retrying' });
      return found.items.length === 3 ? found : undefined;
    });

    expect(report.counts['activity-retrying']).toBe(3);
    expect(report.items.map((item) => item.dossier?.code).sort()).toEqual(
      dossiers.map((dossier) => dossier.code).sort(),
    );
    for (const item of report.items) {
      const finding = item.findings.find((candidate) => candidate.reason === 'activity-retrying');
      if (finding?.reason !== 'activity-retrying') throw new Error('no activity-retrying finding');
      expect(finding.evidence.activityType).toMatch(/^(closeTask|projectDossier)$/);
      expect(finding.evidence.attempt).toBeGreaterThanOrEqual(3);
      expect(finding.evidence.lastFailure).toMatch(/ECONNREFUSED|Connection terminated|connect/i);
      expect(Date.parse(finding.evidence.nextAttemptAt ?? '')).toBeGreaterThan(0);
      // Stuck since the first attempt, not since the current one (each retry reschedules it).
      expect(Date.parse(finding.since ?? '')).toBeGreaterThanOrEqual(cutAt - 1000);
      expect(Date.parse(finding.since ?? '')).toBeLessThan(
        Date.parse(finding.evidence.lastAttemptAt ?? ''),
      );
      expect(finding.summary.en).toContain('retrying');
      expect(item.dossier?.stage).toBe('UNIT_REVIEW');
      expect(item.temporalUiUrl).toBe(
        `http://temporal-ui.test/namespaces/${system.temporal.options.namespace}/workflows/${item.workflowId}/${item.runId}/history`,
      );
    }

    const apiMetrics = await (await fetch(`http://127.0.0.1:${apiMetricsPort}/metrics`)).text();
    expect(apiMetrics).toContain('tdkt_stuck_workflows{reason="activity-retrying"} 3');
    expect(apiMetrics).toMatch(/tdkt_dossiers\{stage="UNIT_REVIEW"\} [1-9]/);
    expect(apiMetrics).toMatch(/tdkt_tasks_open\{type="dossier.review"\} [1-9]/);
    expect(apiMetrics).toContain('tdkt_tasks_overdue');
    const workerMetrics = await (
      await fetch(`http://127.0.0.1:${workerMetricsPort}/metrics`)
    ).text();
    expect(workerMetrics).toMatch(
      /tdkt_activity_failures_total\{activity_type="(closeTask|projectDossier)"/,
    );
    expect(workerMetrics).toMatch(
      /tdkt_activity_retries_total\{activity_type="(closeTask|projectDossier)"/,
    );
    expect(workerMetrics).toContain('temporal_workflow_task_execution_latency');

    const listed = await tdkt(system, 'stuck', 'list', '--reason', 'activity-retrying');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('3 quy trình bị kẹt trong số');
    expect(listed.stdout).toContain(`activity-retrying: Hoạt động`);
    for (const dossier of dossiers) expect(listed.stdout).toContain(dossier.code);

    await database.restore();
    const first = report.items[0] as StuckWorkflow;
    const retried = await request<{ retried: string[] }>(
      admin(),
      'POST',
      `/api/v1/admin/workflows/${first.workflowId}/retry`,
      { body: { reason: 'PostgreSQL đã hoạt động trở lại' } },
    );
    expect(retried.status).toBe(200);
    expect(retried.body.retried.length).toBeGreaterThan(0);

    // Each answered at its deadline (503), or, sent late enough, once PostgreSQL was back (200).
    for (const answer of await Promise.all(decisions)) expect([200, 503]).toContain(answer.status);
    // The reviewer sends them again: each returns the outcome of the decision already taken.
    const answers = await Promise.all(tasks.map((task) => reject(task.id)));
    expect(answers.map((answer) => [answer.status, answer.body.stage])).toEqual([
      [200, 'REJECTED'],
      [200, 'REJECTED'],
      [200, 'REJECTED'],
    ]);
    for (const dossier of dossiers) {
      const outcome: unknown = await system.temporal.workflow.getHandle(dossier.code).result();
      expect(outcome).toMatchObject({ stage: 'REJECTED' });
    }
    expect((await stuckList(admin(), { reason: 'activity-retrying' })).items).toEqual([]);

    const [audit] = await auditOf('ops.activities.retried', first.workflowId);
    expect(audit).toMatchObject({
      actorUsername: 'demo.admin',
      actorRole: 'ADMIN',
      entityId: first.workflowId,
      after: { reason: 'PostgreSQL đã hoạt động trở lại', retried: retried.body.retried },
    });
    expect(audit?.requestId).toBeTruthy();
    expect(audit?.before).toMatchObject({ runId: first.runId });
  });

  it('shows a reviewer a week late as overdue with who holds the task; reassigning moves it to another reviewer’s inbox', async () => {
    const dossier = await submit('Nguyễn Văn Dũng');
    const task = await reviewTask(dossier.id);
    expect(
      (await request(as('demo.reviewer.cm'), 'POST', `/api/v1/tasks/${task.id}/claim`)).status,
    ).toBe(200);
    // A week has passed, as the read model sees it (the dev server cannot skip time; the
    // time-skipping test lets the workflow's own clock run past the deadline).
    await system.db.query(`UPDATE tasks SET due_at = now() - interval '7 days' WHERE id = $1`, [
      task.id,
    ]);

    const overdue = await stuckList(admin(), { reason: 'task-overdue' });
    const item = overdue.items.find((candidate) => candidate.dossier?.code === dossier.code);
    const finding = item?.findings[0];
    if (finding?.reason !== 'task-overdue') throw new Error('no task-overdue finding');
    expect(finding.evidence).toMatchObject({
      taskId: task.id,
      taskType: 'dossier.review',
      allowedWorkingDays: 2,
      heldBy: { kind: 'person', name: '[DEMO] Chuyên viên Phòng Nội vụ huyện Cẩm Mỹ' },
    });
    expect(finding.evidence.workingDaysOverdue).toBeGreaterThanOrEqual(3);

    const colleague = await addSignedInPerson(system, {
      username: 'reviewer2.cm',
      unitCode: 'DN-CM',
      role: 'REVIEWER',
    });
    tokens['reviewer2.cm'] = (await logIn(system, 'reviewer2.cm')).accessToken;
    const reassigned = await request<{ assigneeId: string; status: string }>(
      admin(),
      'POST',
      `/api/v1/admin/tasks/${task.id}/reassign`,
      { body: { assigneeId: colleague.id, reason: 'Chuyên viên thụ lý nghỉ phép' } },
    );
    expect(reassigned.status).toBe(200);
    expect(reassigned.body).toMatchObject({ assigneeId: colleague.id, status: 'CLAIMED' });

    const mine = async (username: string) =>
      (await request<{ items: TaskBody[] }>(as(username), 'GET', '/api/v1/tasks?mine=true')).body
        .items;
    expect((await mine('reviewer2.cm')).map((mineTask) => mineTask.id)).toContain(task.id);
    expect((await mine('demo.reviewer.cm')).map((mineTask) => mineTask.id)).not.toContain(task.id);
    const [moved] = (await stuckList(admin(), { reason: 'task-overdue' })).items
      .filter((candidate) => candidate.dossier?.code === dossier.code)
      .flatMap((candidate) => candidate.findings);
    expect(moved?.reason === 'task-overdue' && moved.evidence.heldBy).toMatchObject({
      kind: 'person',
      userId: colleague.id,
    });

    const reminded = await request<{ status: string }>(
      admin(),
      'POST',
      `/api/v1/admin/tasks/${task.id}/remind`,
      { body: { reason: 'Nhắc người mới nhận hồ sơ' } },
    );
    expect(reminded.body).toMatchObject({ status: 'done' });
    const notices = await system.db.query<{ template: string }[]>(
      `SELECT template FROM notifications WHERE user_id = $1 AND idempotency_key LIKE $2`,
      [colleague.id, `${dossier.code}:review:district#1:resent:%`],
    );
    expect(notices.map((notice) => notice.template)).toEqual(['task.overdue']);

    expect((await reject(task.id, 'reviewer2.cm')).body.stage).toBe('REJECTED');
    const [assignment] = (
      await request<{ items: { action: string; after: Record<string, unknown> }[] }>(
        admin(),
        'GET',
        `/api/v1/audit?action=task.assigned&entityId=${task.id}`,
      )
    ).body.items;
    expect(assignment?.after).toMatchObject({
      assigneeId: colleague.id,
      reason: 'Chuyên viên thụ lý nghỉ phép',
    });
    const [resent] = await auditOf('ops.reminder.resent', dossier.code);
    expect(resent).toMatchObject({
      actorUsername: 'demo.admin',
      actorRole: 'ADMIN',
      after: { reason: 'Nhắc người mới nhận hồ sơ', template: 'task.overdue' },
    });
  });

  it('answers 202 "queued" for a reminder while no worker runs, and delivers it once one does', async () => {
    const dossier = await submit('Phạm Thị Hoa');
    const task = await reviewTask(dossier.id);
    await system.worker.stop();
    const queued = await request<{ status: string; operationId: string }>(
      admin(),
      'POST',
      `/api/v1/admin/tasks/${task.id}/remind`,
      { body: { reason: 'Nhắc khi máy xử lý đang bảo trì' } },
    );
    expect(queued.status).toBe(202);
    expect(queued.body.status).toBe('queued');

    await system.restartWorker();
    const progress = await eventually(`reminder operation ${queued.body.operationId}`, async () => {
      const read = await request<{ finished: boolean; results: { status: string }[] }>(
        admin(),
        'GET',
        `/api/v1/admin/bulk/${queued.body.operationId}`,
      );
      return read.body.finished ? read.body : undefined;
    });
    expect(progress.results.map((result) => result.status)).toEqual(['done']);
    const [resent] = await auditOf('ops.reminder.resent', dossier.code);
    expect(resent?.after).toMatchObject({ reason: 'Nhắc khi máy xử lý đang bảo trì' });
  });

  it('runs a bulk repair from the CLI: the dry run lists exactly the items the real run then repairs, with progress', async () => {
    const dossiers = await Promise.all(['Trần Văn E', 'Lê Thị F'].map(submit));
    const tasks = await Promise.all(dossiers.map((dossier) => reviewTask(dossier.id)));
    await system.db.query(
      `UPDATE tasks SET due_at = now() - interval '10 days' WHERE id = ANY($1::uuid[])`,
      [tasks.map((task) => task.id)],
    );
    const reason = 'Nhắc các hồ sơ thẩm định quá hạn';
    // Overdue for more than 8 days: these two, not what other tests left overdue by a week.
    const filter = 'reason=task-overdue,age=8d';

    const refused = await tdkt(system, 'bulk', 'remind', '--filter', filter);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--reason');

    const dry = await tdkt(
      system,
      'bulk',
      'remind',
      '--filter',
      filter,
      '--reason',
      reason,
      '--dry-run',
      '--json',
    );
    expect(dry.code).toBe(0);
    const planned = (JSON.parse(dry.stdout) as { items: { workflowId: string; change: string }[] })
      .items;
    expect(planned.map((item) => item.workflowId).sort()).toEqual(
      dossiers.map((dossier) => dossier.code).sort(),
    );
    expect(planned[0]?.change).toContain('remind the holders of review:district#1');

    const real = await tdkt(
      system,
      'bulk',
      'remind',
      '--filter',
      filter,
      '--reason',
      reason,
      '--concurrency',
      '2',
      '--json',
    );
    expect(real.code).toBe(0);
    const progress = JSON.parse(real.stdout) as {
      total: number;
      succeeded: number;
      results: { workflowId: string; status: string }[];
    };
    expect(progress.results.map((result) => result.workflowId).sort()).toEqual(
      planned.map((item) => item.workflowId).sort(),
    );
    expect(progress).toMatchObject({ total: 2, succeeded: 2 });
    expect(real.stderr).toMatch(/\[█+\] 2\/2 100%/);

    for (const dossier of dossiers) {
      const [audit] = await auditOf('ops.reminder.resent', dossier.code);
      expect(audit).toMatchObject({ actorUsername: 'demo.admin', after: { reason } });
    }
  });

  it('pages the stuck list over the running workflows: each page examines at most pageSize, the tokens lead through every one, a forged token is refused naming it', async () => {
    await Promise.all(['Giáo viên P', 'Giáo viên Q', 'Giáo viên R'].map(submit));
    const running = await eventually('the running workflows in visibility', async () => {
      const { count } = await system.temporal.workflow.count('ExecutionStatus = "Running"');
      return count >= 3 ? count : undefined;
    });

    const pages: StuckPage[] = [];
    let token: string | null = null;
    do {
      const query: Record<string, string> = {
        pageSize: '2',
        ...(token ? { pageToken: token } : {}),
      };
      const page = (await stuckList(admin(), query)) as StuckPage;
      expect(page.scanned).toBeLessThanOrEqual(2);
      pages.push(page);
      token = page.nextPageToken;
    } while (token !== null);
    expect(pages.reduce((sum, page) => sum + page.scanned, 0)).toBe(running);
    // Every page but the last is full (the engine may end with an empty page after a full one).
    expect(pages.slice(0, -1).every((page) => page.scanned === 2)).toBe(true);

    const forged = await request<{ code: string; errors: { field: string }[] }>(
      admin(),
      'GET',
      `/api/v1/admin/stuck?pageToken=${Buffer.from('not a token').toString('base64url')}`,
    );
    expect([forged.status, forged.body.code, forged.body.errors.map((e) => e.field)]).toEqual([
      400,
      'VALIDATION_FAILED',
      ['pageToken'],
    ]);
    const tooBig = await request<{ errors: { field: string }[] }>(
      admin(),
      'GET',
      '/api/v1/admin/stuck?pageSize=1001',
    );
    expect([tooBig.status, tooBig.body.errors.map((e) => e.field)]).toEqual([400, ['pageSize']]);

    // The CLI reads every page as one list; with a token, one page and the next token.
    const all = await tdkt(system, 'stuck', 'list', '--page-size', '2', '--json');
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as StuckReport).scanned).toBe(running);
    const first = await tdkt(
      system,
      'stuck',
      'list',
      '--page-size',
      '2',
      '--page-token',
      pages[0]!.nextPageToken!,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/bị kẹt trong số 2 đang chạy/);
  });
});
