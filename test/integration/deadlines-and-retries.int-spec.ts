import { eventually } from '../support/operations';
import { request, signInAll, startTestSystem, type TestSystem, unitIdOf } from '../support/system';
import { TcpProxy } from '../support/tcp-proxy';
import { TEST_ENV, testEnv } from '../support/test-env';

interface ErrorBody {
  code: string;
}
interface TaskBody {
  id: string;
  type: string;
  subject: { id: string };
}
interface ReadyBody {
  status: string;
  checks: Record<string, { status: string; reason?: string; error?: string }>;
}

/** The deadlines this file gives the API, in seconds. */
const TEMPORAL_DEADLINE = 3;
const DATABASE_DEADLINE = 2;
/** What answering may take beyond its deadline (a worker check, the answer itself, a loaded machine). */
const SLACK_MS = 3_500;

/**
 * Every call answers, and answers the same when sent again: the API's PostgreSQL and Temporal go
 * through TCP proxies the test freezes (a server stopped with SIGSTOP, as the worker and other test
 * files never notice), and the worker is killed. Requests answer 503 with the dependency's code within
 * their deadline, readiness names what is missing, a submission says that no worker takes it, and
 * a completion sent again returns its first answer — also one carried out after its 503.
 */
describe('deadlines, retries and readiness under faults', () => {
  let system: TestSystem;
  let database: TcpProxy;
  let temporal: TcpProxy;
  let school: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const [host, port] = testEnv(TEST_ENV.temporalAddress).split(':');
    temporal = await TcpProxy.start({ host: host ?? '127.0.0.1', port: Number(port) });
    const postgres = new URL(testEnv(TEST_ENV.pgAdminUrl));
    database = await TcpProxy.start({ host: postgres.hostname, port: Number(postgres.port) });
    system = await startTestSystem({
      // Only the API goes through the proxies; the worker keeps its own way to both servers.
      apiEnv: (databaseUrl) => {
        const url = new URL(databaseUrl);
        url.hostname = '127.0.0.1';
        url.port = String(database.port);
        return {
          API_TEMPORAL_TIMEOUT_SECONDS: String(TEMPORAL_DEADLINE),
          API_DATABASE_TIMEOUT_SECONDS: String(DATABASE_DEADLINE),
          WORKER_BACKLOG_MAX_SECONDS: '2',
          DATABASE_URL: url.toString(),
          TEMPORAL_ADDRESS: `127.0.0.1:${temporal.port}`,
        };
      },
    });
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    await signInAll(system, ['demo.officer.thlg', 'demo.reviewer.cm'], { tokens, ids });
  });
  afterAll(async () => {
    await system?.stop();
    await database?.stop();
    await temporal?.stop();
  });

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  const submit = (name: string) =>
    request<{
      id: string;
      code: string;
      recorded?: boolean;
      worker?: string;
      message?: { en: string };
    }>(as('demo.officer.thlg'), 'POST', '/api/v1/dossiers', {
      body: {
        year: 2024,
        awardCode: 'CSTDCS',
        proposingUnitId: school,
        nominee: { kind: 'individual', name },
        achievementsSummary: 'Giáo viên dạy giỏi cấp huyện.',
      },
    });

  const reviewTask = (dossierId: string) =>
    eventually(`the review task of ${dossierId}`, async () => {
      const inbox = await request<{ items: TaskBody[] }>(
        as('demo.reviewer.cm'),
        'GET',
        '/api/v1/tasks',
      );
      return inbox.body.items.find(
        (task) => task.subject.id === dossierId && task.type === 'dossier.review',
      );
    });

  const returnFor = (taskId: string, reason: string) =>
    request<{ stage: string } & ErrorBody>(
      as('demo.reviewer.cm'),
      'POST',
      `/api/v1/tasks/${taskId}/complete`,
      {
        body: { outcome: { decision: 'return', items: [{ item: 'BIEN_BAN_BINH_XET', reason }] } },
      },
    );

  const ready = () => request<ReadyBody>({ apiUrl: system.apiUrl }, 'GET', '/health/ready');

  async function timed<T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> {
    const started = Date.now();
    const result = await call();
    return { result, ms: Date.now() - started };
  }

  it('answers a completion, and a withdrawal after its workflow closed, sent again with its first answer', async () => {
    const dossier = await submit('Phạm Thị Mai');
    expect(dossier.status).toBe(201);
    const task = await reviewTask(dossier.body.id);
    const first = await returnFor(task.id, 'Thiếu biên bản bình xét');
    expect([first.status, first.body.stage]).toEqual([200, 'SUPPLEMENTING']);
    const again = await returnFor(task.id, 'Thiếu biên bản bình xét');
    expect([again.status, again.body]).toEqual([200, first.body]);
    const other = await returnFor(task.id, 'Một lý do khác');
    expect([other.status, other.body.code]).toEqual([409, 'TASK_NOT_OPEN']);

    const withdraw = () =>
      request<{ stage: string }>(
        as('demo.officer.thlg'),
        'POST',
        `/api/v1/dossiers/${dossier.body.id}/withdraw`,
        {
          body: { reason: 'Rút để bổ sung năm sau' },
        },
      );
    const withdrawn = await withdraw();
    expect([withdrawn.status, withdrawn.body.stage]).toEqual([200, 'WITHDRAWN']);
    await system.temporal.workflow.getHandle(dossier.body.code).result();
    const withdrawnAgain = await withdraw();
    expect([withdrawnAgain.status, withdrawnAgain.body]).toEqual([200, withdrawn.body]);
  });

  it('starts one initiative for an application sent twice with the same Idempotency-Key', async () => {
    const apply = (key: string) =>
      request<{ id: string }>(as('demo.officer.thlg'), 'POST', '/api/v1/initiatives', {
        headers: { 'Idempotency-Key': key },
        body: {
          unitId: school,
          title: 'Sáng kiến dạy đọc theo nhóm',
          description: 'Áp dụng thử tại trường trong năm học 2023-2024.',
        },
      });
    const first = await apply('initiative-retry-0001');
    const again = await apply('initiative-retry-0001');
    expect([first.status, again.status, again.body.id]).toEqual([201, 201, first.body.id]);
    const other = await apply('initiative-retry-0002');
    expect(other.body.id).not.toBe(first.body.id);
    const [row] = await system.db.query<{ count: string }[]>(
      `SELECT count(*) FROM initiatives WHERE title = 'Sáng kiến dạy đọc theo nhóm'`,
    );
    expect(Number(row?.count)).toBe(2);
  });

  it('with the worker gone: 503 WORKER_UNAVAILABLE within the deadline, readiness says so, and the retried completion returns what was carried out', async () => {
    const dossier = await submit('Võ Văn Nam');
    const task = await reviewTask(dossier.body.id);
    await system.worker.stop('SIGKILL');

    const late = await timed(() => submit('Đỗ Thị Hằng'));
    expect(late.result.status).toBe(202);
    expect(late.result.body).toMatchObject({ recorded: false, worker: 'unavailable' });
    expect(late.result.body.message?.en).toContain('no workflow worker is running');
    expect(late.ms).toBeLessThan(TEMPORAL_DEADLINE * 1000 + SLACK_MS);

    const completion = await timed(() => returnFor(task.id, 'Thiếu biên bản'));
    expect([completion.result.status, completion.result.body.code]).toEqual([
      503,
      'WORKER_UNAVAILABLE',
    ]);
    expect(completion.ms).toBeLessThan(TEMPORAL_DEADLINE * 1000 + SLACK_MS);

    const notReady = await ready();
    expect(notReady.status).toBe(503);
    expect(notReady.body.checks.worker?.status).toBe('down');
    expect(notReady.body.checks.database?.status).toBe('up');

    await system.restartWorker();
    await eventually(
      'readiness',
      async () => ((await ready()).status === 200 ? true : undefined),
      60_000,
    );
    const retried = await returnFor(task.id, 'Thiếu biên bản');
    expect([retried.status, retried.body.stage]).toEqual([200, 'SUPPLEMENTING']);
    const timeline = await system.db.query<{ count: string }[]>(
      `SELECT count(*) FROM dossier_events WHERE dossier_id = $1 AND type = 'review.returned'`,
      [dossier.body.id],
    );
    expect(Number(timeline[0]?.count)).toBe(1);
    // The dossier submitted while the worker was away is recorded now.
    await reviewTask(late.result.body.id);
  });

  it('with Temporal frozen: 503 WORKFLOW_ENGINE_UNAVAILABLE within the deadline, and readiness says so', async () => {
    const dossier = await submit('Hồ Thị Thu');
    const task = await reviewTask(dossier.body.id);
    temporal.freeze();
    try {
      const completion = await timed(() => returnFor(task.id, 'Thiếu biên bản'));
      expect([completion.result.status, completion.result.body.code]).toEqual([
        503,
        'WORKFLOW_ENGINE_UNAVAILABLE',
      ]);
      expect(completion.ms).toBeLessThan(TEMPORAL_DEADLINE * 1000 + SLACK_MS);
      const submission = await timed(() => submit('Lý Văn Tài'));
      expect([
        submission.result.status,
        (submission.result.body as unknown as ErrorBody).code,
      ]).toEqual([503, 'WORKFLOW_ENGINE_UNAVAILABLE']);
      expect(submission.ms).toBeLessThan(TEMPORAL_DEADLINE * 1000 + SLACK_MS);
      const notReady = await ready();
      expect([notReady.status, notReady.body.checks.temporal?.status]).toEqual([503, 'down']);
    } finally {
      temporal.thaw();
    }
    await eventually(
      'readiness',
      async () => ((await ready()).status === 200 ? true : undefined),
      60_000,
    );
    const retried = await returnFor(task.id, 'Thiếu biên bản');
    expect([retried.status, retried.body.stage]).toEqual([200, 'SUPPLEMENTING']);
  });

  it('with PostgreSQL frozen: 503 DATABASE_UNAVAILABLE within the deadline, signed in or not, and readiness says so', async () => {
    database.freeze();
    try {
      for (const call of [
        () => request<ErrorBody>(as('demo.reviewer.cm'), 'GET', '/api/v1/tasks'),
        () =>
          request<ErrorBody>({ apiUrl: system.apiUrl }, 'POST', '/api/v1/auth/login', {
            body: { username: 'demo.reviewer.cm', password: 'not the password' },
          }),
      ]) {
        const answer = await timed(call);
        expect([answer.result.status, answer.result.body.code]).toEqual([
          503,
          'DATABASE_UNAVAILABLE',
        ]);
        expect(answer.ms).toBeLessThan((DATABASE_DEADLINE + 1) * 1000 + SLACK_MS);
      }
      const notReady = await ready();
      expect([notReady.status, notReady.body.checks.database?.status]).toEqual([503, 'down']);
    } finally {
      database.thaw();
    }
    await eventually(
      'readiness',
      async () => ((await ready()).status === 200 ? true : undefined),
      30_000,
    );
    const inbox = await request(as('demo.reviewer.cm'), 'GET', '/api/v1/tasks');
    expect(inbox.status).toBe(200);
  });
});
