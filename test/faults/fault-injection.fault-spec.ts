import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { WORKSPACE_ROOT } from '@tdkt/infra';
import { addPerson } from '../support/people';
import { request, signInAll, TEST_DEMO_PASSWORD, unitIdOf } from '../support/system';
import { FaultSystem } from './fault-system';
import {
  atExpectedStage,
  type Expected,
  groundTruth,
  type Truth,
  workflowsMatchDossiers,
} from './ground-truth';
import { type ScenarioFigures, writeReliabilityReport } from './reliability-report';

/** Runs of each scenario: 1 inside `npm test`, 20 in `npm run test:faults`. */
const RUNS = Number(process.env.TDKT_FAULT_RUNS ?? 1);
/** How long PostgreSQL stays frozen or stopped, and how long the timer's servers stay down. */
const OUTAGE_SECONDS = Number(process.env.TDKT_FAULT_OUTAGE_SECONDS ?? 30);
/** Dossiers moving while a process is broken, per run. */
const DOSSIERS_PER_RUN = 6;
const REPORT =
  process.env.TDKT_FAULT_REPORT ?? join(WORKSPACE_ROOT, 'test', 'artifacts', 'reliability.md');
const RECOVERY_TIMEOUT_MS = 180_000;
// A run waits out an outage, then up to the recovery timeout.
jest.setTimeout(600_000);

const PEOPLE = [
  'demo.officer.thlg',
  'demo.reviewer.cm',
  'demo.secretary.cm',
  'demo.leader.cm',
  'demo.member1.cm',
  'demo.member2.cm',
  'demo.admin',
  'second.reviewer.faults',
] as const;

interface Answer<T> {
  status: number;
  body: T;
}
interface DossierBody {
  id: string;
  code: string;
  stage: string;
}
interface ErrorBody {
  code: string;
}

const SCENARIOS = {
  workerKilled: {
    name: 'kill -9 the worker mid-activities',
    how: `${DOSSIERS_PER_RUN} dossiers submitted at once; the worker is killed with SIGKILL while their activities run and started again 2 s later; clients resend what answered 5xx with the same Idempotency-Key.`,
  },
  temporalKilled: {
    name: 'kill -9 the Temporal server',
    how: `${DOSSIERS_PER_RUN} dossiers submitted at once; the Temporal server is killed with SIGKILL and started again on the same SQLite file 3 s later; the API and the worker are not restarted.`,
  },
  postgresFrozen: {
    name: 'PostgreSQL frozen',
    how: `${DOSSIERS_PER_RUN} dossiers submitted; every PostgreSQL process is stopped with SIGSTOP for ${OUTAGE_SECONDS} s, then SIGCONT; meanwhile the API must answer 503 DATABASE_UNAVAILABLE; the API and the worker are not restarted.`,
  },
  postgresStopped: {
    name: 'PostgreSQL stopped',
    how: `${DOSSIERS_PER_RUN} dossiers submitted; PostgreSQL is shut down for ${OUTAGE_SECONDS} s and started again; meanwhile the API must answer 503 DATABASE_UNAVAILABLE; the API and the worker are not restarted.`,
  },
  timerDuringDowntime: {
    name: 'timer due while down',
    how: `a council meeting is convened to open 10 s later; the worker and the Temporal server are killed with SIGKILL and stay down ${OUTAGE_SECONDS} s, past its time; after they start again it opens exactly once (one audit row).`,
  },
  decisionWorkerKilled: {
    name: 'kill -9 the worker while a decision is numbered',
    how: 'two dossiers are reviewed, voted by a council of four and approved in one decision; the worker is killed with SIGKILL while the decision is numbered and its documents rendered, and started again 2 s later; the leader resends with the same Idempotency-Key until it is answered. Both dossiers end APPROVED under one decision with one number.',
  },
  sameSubmission: {
    name: 'one submission 20× at once',
    how: 'the same submission is sent 20 times concurrently with one Idempotency-Key: every answer names the same dossier, and there is one row and one workflow.',
  },
  concurrentCompletion: {
    name: 'two reviewers complete one task',
    how: 'two reviewers of the level accept the same review task at the same moment: one gets 200, the other 409 with its code, and the dossier moves on once.',
  },
  poisonInput: {
    name: 'poison input',
    how: 'a dossier whose review task PostgreSQL refuses (a CHECK violation from a crafted trigger) is held for an administrator with its reason after one attempt, not retried for ever, and resumes on the administrator’s retry once the cause is gone.',
  },
} as const;
type ScenarioKey = keyof typeof SCENARIOS;

/**
 * The fault-injection suite: each scenario breaks one part of the running system while dossiers move,
 * then checks the ground truth in PostgreSQL and Temporal. Figures go to docs/reliability.md
 * (`npm run test:faults`) or test/artifacts/reliability.md (`npm test`).
 */
describe('reliability under faults', () => {
  let system: FaultSystem;
  let school: string;
  let district: string;
  let sequence = 0;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const figures = new Map<ScenarioKey, ScenarioFigures>();
  const startedAt = new Date();

  beforeAll(async () => {
    system = await FaultSystem.start();
    await addPerson(system.db, {
      username: 'second.reviewer.faults',
      unitCode: 'DN-CM',
      role: 'REVIEWER',
      password: TEST_DEMO_PASSWORD,
    });
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    district = await unitIdOf(system, 'DN-CM');
    await signInAll(system, PEOPLE, { tokens, ids });
    for (const [key, scenario] of Object.entries(SCENARIOS))
      figures.set(key as ScenarioKey, {
        scenario: scenario.name,
        how: scenario.how,
        runs: 0,
        failedRuns: 0,
        dossiers: 0,
        lost: 0,
        duplicated: 0,
        recoverySeconds: [],
        notes: [],
      });
  }, 600_000);

  afterAll(async () => {
    const ran = [...figures.values()].filter((f) => f.runs > 0);
    if (ran.length > 0)
      writeReliabilityReport(REPORT, ran, {
        runsPerScenario: RUNS,
        outageSeconds: OUTAGE_SECONDS,
        startedAt,
        finishedAt: new Date(),
      });
    await system?.stop();
  }, 120_000);

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  /** A nominee name no other run uses, so each run's dossiers are found by name. */
  const nominee = () => `Người thử lỗi ${String(++sequence).padStart(4, '0')} ${Date.now()}`;

  const submitOnce = (name: string, key: string): Promise<Answer<DossierBody & ErrorBody>> =>
    request<DossierBody & ErrorBody>(as('demo.officer.thlg'), 'POST', '/api/v1/dossiers', {
      headers: { 'Idempotency-Key': key },
      body: {
        year: 2024,
        awardCode: 'CSTDCS',
        proposingUnitId: school,
        nominee: { kind: 'individual', name },
        achievementsSummary: 'Giáo viên dạy giỏi cấp huyện năm học 2023-2024.',
      },
    }).catch((error: unknown) => ({
      status: 0,
      body: { code: `network: ${String(error)}` } as DossierBody & ErrorBody,
    }));

  /** As a client does: resends with the same key until the API names the dossier (201 or 202). */
  async function submit(name: string): Promise<DossierBody> {
    const key = `fault-${name.replace(/\W+/g, '-')}`;
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS + OUTAGE_SECONDS * 1000;
    for (;;) {
      const answer = await submitOnce(name, key);
      if (answer.status === 201 || answer.status === 202) return answer.body;
      if (answer.status < 500 && answer.status !== 0)
        throw new Error(`submission answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      if (Date.now() > deadline)
        throw new Error(`submission still answers ${answer.status} ${answer.body.code}`);
      await delay(1_000);
    }
  }

  /** Seconds until the system is ready and every dossier is where it should be: stage and review task. */
  async function recovery(
    since: number,
    dossiers: DossierBody[],
    expected: Expected,
  ): Promise<number> {
    await system.waitUntilReady(RECOVERY_TIMEOUT_MS);
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
    for (const dossier of dossiers) {
      while (!(await atExpectedStage(system.postgres.url, dossier.id, expected))) {
        if (Date.now() > deadline) break;
        await delay(250);
      }
    }
    return (Date.now() - since) / 1000;
  }

  let settled = false;

  /** A run's body; a run that fails before its ground truth is read still counts, as failed. */
  const scenario = (key: ScenarioKey, body: () => Promise<void>) => async () => {
    settled = false;
    try {
      await body();
    } catch (error) {
      if (!settled) {
        const figure = figures.get(key)!;
        figure.runs += 1;
        figure.failedRuns += 1;
        figure.notes.push(
          `failed before its ground truth: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
        );
      }
      throw error;
    }
  };

  /** Records a run's figures and fails it on anything lost or duplicated. */
  async function settle(
    key: ScenarioKey,
    nominees: string[],
    expected: Expected,
    recoverySeconds?: number,
    extra: Partial<Pick<Truth, 'lost' | 'duplicated' | 'problems'>> = {},
  ): Promise<void> {
    settled = true;
    const figure = figures.get(key)!;
    const truth = await groundTruth(system.postgres.url, system.temporal, nominees, expected);
    const lost = truth.lost + (extra.lost ?? 0);
    const duplicated = truth.duplicated + (extra.duplicated ?? 0);
    const problems = [...truth.problems, ...(extra.problems ?? [])];
    figure.runs += 1;
    figure.dossiers += truth.dossiers;
    figure.lost += lost;
    figure.duplicated += duplicated;
    if (lost > 0 || duplicated > 0) figure.failedRuns += 1;
    if (recoverySeconds !== undefined) figure.recoverySeconds.push(recoverySeconds);
    if (problems.length > 0) figure.notes.push(...problems.slice(0, 3));
    expect({ lost, duplicated, problems }).toEqual({ lost: 0, duplicated: 0, problems: [] });
  }

  /** While the database is away, the API answers within its deadline with 503 and its code. */
  async function expectDatabaseUnavailable(): Promise<void> {
    const answer = await request<ErrorBody>(as('demo.reviewer.cm'), 'GET', '/api/v1/tasks');
    expect([answer.status, answer.body.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
  }

  const runs = Array.from({ length: RUNS }, (_, index) => index + 1);
  const SUBMITTED: Expected = { stage: 'UNIT_REVIEW', reviewOpen: true };

  it.each(runs)(
    `${SCENARIOS.workerKilled.name} (run %i)`,
    scenario('workerKilled', async () => {
      const names = Array.from({ length: DOSSIERS_PER_RUN }, nominee);
      const submissions = Promise.all(names.map((name) => submit(name)));
      await delay(300 + Math.random() * 700);
      await system.killWorker();
      await delay(2_000);
      await system.startWorker();
      const restartedAt = Date.now();
      const dossiers = await submissions;
      const seconds = await recovery(restartedAt, dossiers, SUBMITTED);
      await settle('workerKilled', names, SUBMITTED, seconds);
    }),
  );

  it.each(runs)(
    `${SCENARIOS.temporalKilled.name} (run %i)`,
    scenario('temporalKilled', async () => {
      const names = Array.from({ length: DOSSIERS_PER_RUN }, nominee);
      const submissions = Promise.all(names.map((name) => submit(name)));
      await delay(300 + Math.random() * 700);
      await system.killTemporal();
      await delay(3_000);
      await system.startTemporal();
      const restartedAt = Date.now();
      const dossiers = await submissions;
      const seconds = await recovery(restartedAt, dossiers, SUBMITTED);
      await settle('temporalKilled', names, SUBMITTED, seconds);
    }),
  );

  it.each(runs)(
    `${SCENARIOS.postgresFrozen.name} (run %i)`,
    scenario('postgresFrozen', async () => {
      const names = Array.from({ length: DOSSIERS_PER_RUN }, nominee);
      const submissions = Promise.all(names.map((name) => submit(name)));
      await delay(200 + Math.random() * 500);
      system.freezePostgres();
      try {
        await delay(1_000);
        await expectDatabaseUnavailable();
        await delay(OUTAGE_SECONDS * 1000 - 1_000);
      } finally {
        system.thawPostgres();
      }
      const thawedAt = Date.now();
      const dossiers = await submissions;
      const seconds = await recovery(thawedAt, dossiers, SUBMITTED);
      await settle('postgresFrozen', names, SUBMITTED, seconds);
    }),
  );

  it.each(runs)(
    `${SCENARIOS.postgresStopped.name} (run %i)`,
    scenario('postgresStopped', async () => {
      const names = Array.from({ length: DOSSIERS_PER_RUN }, nominee);
      const submissions = Promise.all(names.map((name) => submit(name)));
      await delay(200 + Math.random() * 500);
      await system.stopPostgres();
      try {
        await expectDatabaseUnavailable();
        await delay(OUTAGE_SECONDS * 1000);
      } finally {
        await system.startPostgres();
      }
      const startedAgainAt = Date.now();
      const dossiers = await submissions;
      const seconds = await recovery(startedAgainAt, dossiers, SUBMITTED);
      await settle('postgresStopped', names, SUBMITTED, seconds);
    }),
  );

  it.each(runs)(
    `${SCENARIOS.timerDuringDowntime.name} (run %i)`,
    scenario('timerDuringDowntime', async () => {
      const opensAt = Date.now() + 10_000;
      const meeting = await request<{ id: string; status: string }>(
        as('demo.secretary.cm'),
        'POST',
        '/api/v1/council-meetings',
        {
          body: {
            unitId: district,
            title: `Phiên họp thử lỗi ${sequence++}`,
            scheduledAt: new Date(opensAt).toISOString(),
            location: 'Hội trường UBND huyện Cẩm Mỹ',
            members: [
              { userId: ids['demo.leader.cm'], position: 'chair' },
              { userId: ids['demo.secretary.cm'], position: 'secretary' },
              { userId: ids['demo.member1.cm'], position: 'member' },
              { userId: ids['demo.member2.cm'], position: 'member' },
            ],
          },
        },
      );
      expect([meeting.status, meeting.body.status]).toEqual([201, 'SCHEDULED']);
      await Promise.all([system.killWorker(), system.killTemporal()]);
      await delay(Math.max(OUTAGE_SECONDS * 1000, opensAt - Date.now() + 5_000));
      await system.startTemporal();
      await system.startWorker();
      const restartedAt = Date.now();
      const opened = async () =>
        (
          await system.db.query<{ status: string }[]>(
            `SELECT status FROM council_meetings WHERE id = $1`,
            [meeting.body.id],
          )
        )[0]?.status === 'OPEN';
      const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
      while (!(await opened()) && Date.now() < deadline) await delay(250);
      const seconds = (Date.now() - restartedAt) / 1000;
      // Time for a second firing, were there one.
      await delay(3_000);
      const [row] = await system.db.query<{ count: string }[]>(
        `SELECT count(*) FROM audit_log WHERE action = 'council-meeting.opened' AND entity_id = $1`,
        [meeting.body.id],
      );
      const firings = Number(row?.count ?? 0);
      await settle('timerDuringDowntime', [], SUBMITTED, seconds, {
        lost: firings === 0 ? 1 : 0,
        duplicated: Math.max(0, firings - 1),
        problems: firings === 1 ? [] : [`meeting ${meeting.body.id} opened ${firings} times`],
      });
    }),
  );

  /** As a client does: resends with the same key until the API answers `accepted`, any 5xx resent. */
  async function sendUntilAnswered<T>(
    username: string,
    path: string,
    body: unknown,
    accepted: readonly number[],
    key?: string,
  ): Promise<Answer<T>> {
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
    for (;;) {
      const answer = await request<T & ErrorBody>(as(username), 'POST', path, {
        body,
        headers: key === undefined ? {} : { 'Idempotency-Key': key },
      }).catch(() => ({ status: 0, body: { code: 'network' } as T & ErrorBody }));
      if (accepted.includes(answer.status)) return answer;
      if (answer.status > 0 && answer.status < 500)
        throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      if (Date.now() > deadline) throw new Error(`${path} still answers ${answer.status}`);
      await delay(1_000);
    }
  }

  /** Submitted, accepted by the reviewer and voted through by a council of four: awaiting a decision. */
  async function awaitingDecision(names: string[]): Promise<DossierBody[]> {
    const dossiers = await Promise.all(names.map((name) => submit(name)));
    await recovery(Date.now(), dossiers, SUBMITTED);
    for (const dossier of dossiers) {
      const [task] = await system.db.query<{ id: string }[]>(
        `SELECT id FROM tasks WHERE subject_id = $1 AND type = 'dossier.review' AND status = 'OPEN'`,
        [dossier.id],
      );
      await sendUntilAnswered(
        'demo.reviewer.cm',
        `/api/v1/tasks/${task!.id}/complete`,
        {
          outcome: { decision: 'accept' },
        },
        [200],
      );
    }
    await recovery(Date.now(), dossiers, { stage: 'COUNCIL_PENDING', reviewOpen: false });
    const members = [
      { userId: ids['demo.leader.cm'], position: 'chair' },
      { userId: ids['demo.secretary.cm'], position: 'secretary' },
      { userId: ids['demo.member1.cm'], position: 'member' },
      { userId: ids['demo.member2.cm'], position: 'member' },
    ];
    const meeting = await sendUntilAnswered<{ id: string }>(
      'demo.secretary.cm',
      '/api/v1/council-meetings',
      {
        unitId: district,
        title: `Phiên họp thử lỗi ${sequence++}`,
        scheduledAt: new Date(Date.now() + 5_000).toISOString(),
        location: 'Hội trường UBND huyện Cẩm Mỹ',
        members,
      },
      [201],
    );
    const path = `/api/v1/council-meetings/${meeting.body.id}`;
    for (const dossier of dossiers)
      await sendUntilAnswered(
        'demo.secretary.cm',
        `${path}/agenda`,
        { dossierId: dossier.id },
        [200],
      );
    await waitFor(async () => {
      const [row] = await system.db.query<{ status: string }[]>(
        `SELECT status FROM council_meetings WHERE id = $1`,
        [meeting.body.id],
      );
      return row?.status === 'OPEN' ? true : undefined;
    });
    const present = members.map((member) => member.userId);
    await sendUntilAnswered('demo.secretary.cm', `${path}/attendance`, { present }, [200]);
    for (const dossier of dossiers)
      await sendUntilAnswered(
        'demo.secretary.cm',
        `${path}/ballots`,
        { dossierId: dossier.id, castBy: present, votesFor: present.length },
        [200],
      );
    await sendUntilAnswered('demo.secretary.cm', `${path}/close`, undefined, [200]);
    await recovery(Date.now(), dossiers, { stage: 'DECISION_PENDING', reviewOpen: false });
    return dossiers;
  }

  it.each(runs)(
    `${SCENARIOS.decisionWorkerKilled.name} (run %i)`,
    scenario('decisionWorkerKilled', async () => {
      const names = [nominee(), nominee()];
      const dossiers = await awaitingDecision(names);
      const approval = sendUntilAnswered<{ id: string }>(
        'demo.leader.cm',
        '/api/v1/decisions',
        { unitId: district, dossierIds: dossiers.map((dossier) => dossier.id) },
        [201, 202],
        `fault-decision-${sequence}-${Date.now()}`,
      );
      await delay(100 + Math.random() * 500);
      await system.killWorker();
      await delay(2_000);
      await system.startWorker();
      const restartedAt = Date.now();
      await approval;
      const approved: Expected = { stage: 'APPROVED', reviewOpen: false };
      const seconds = await recovery(restartedAt, dossiers, approved);
      await settle('decisionWorkerKilled', names, approved, seconds);
    }),
  );

  it.each(runs)(
    `${SCENARIOS.sameSubmission.name} (run %i)`,
    scenario('sameSubmission', async () => {
      const name = nominee();
      const key = `fault-same-${sequence}-${Date.now()}`;
      const answers = await Promise.all(Array.from({ length: 20 }, () => submitOnce(name, key)));
      const named = answers.filter((answer) => answer.status === 201 || answer.status === 202);
      expect(
        answers
          .filter((answer) => answer.status >= 300)
          .map((answer) => `${answer.status} ${answer.body.code}`),
      ).toEqual([]);
      expect(new Set(named.map((answer) => answer.body.id)).size).toBe(1);
      await recovery(Date.now(), [named[0]!.body], SUBMITTED);
      await settle('sameSubmission', [name], SUBMITTED);
    }),
  );

  it.each(runs)(
    `${SCENARIOS.concurrentCompletion.name} (run %i)`,
    scenario('concurrentCompletion', async () => {
      const name = nominee();
      const dossier = await submit(name);
      await recovery(Date.now(), [dossier], SUBMITTED);
      const [task] = await system.db.query<{ id: string }[]>(
        `SELECT id FROM tasks WHERE subject_id = $1 AND type = 'dossier.review' AND status = 'OPEN'`,
        [dossier.id],
      );
      const complete = (username: string) =>
        request<ErrorBody & { stage: string }>(
          as(username),
          'POST',
          `/api/v1/tasks/${task!.id}/complete`,
          { body: { outcome: { decision: 'accept' } } },
        );
      const answers = await Promise.all([
        complete('demo.reviewer.cm'),
        complete('second.reviewer.faults'),
      ]);
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 409]);
      const refused = answers.find((answer) => answer.status === 409)!;
      expect(['TASK_NOT_OPEN', 'TASK_CLAIMED_BY_OTHER']).toContain(refused.body.code);
      const accepted: Expected = { stage: 'COUNCIL_PENDING', reviewOpen: false };
      await recovery(Date.now(), [dossier], accepted);
      await settle('concurrentCompletion', [name], accepted);
    }),
  );

  it.each(runs)(
    `${SCENARIOS.poisonInput.name} (run %i)`,
    scenario('poisonInput', async () => {
      const name = nominee();
      const trigger = `refuse_fault_${sequence}`;
      await system.db.query(`
      CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.subject_label LIKE '%${name}%' THEN
          RAISE EXCEPTION 'crafted refusal of the review task' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
      await system.db.query(
        `CREATE TRIGGER ${trigger} BEFORE INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION ${trigger}()`,
      );
      const dropTrigger = async () => {
        await system.db.query(`DROP TRIGGER ${trigger} ON tasks`);
        await system.db.query(`DROP FUNCTION ${trigger}()`);
      };
      const dossier = await submit(name).catch(async (error: unknown) => {
        await dropTrigger();
        throw error;
      });
      try {
        const held = await waitFor(async () => {
          const report = await request<{
            items: { workflowId: string; findings: { evidence: { failureType?: string } }[] }[];
          }>(as('demo.admin'), 'GET', '/api/v1/admin/stuck?reason=held-for-administrator');
          return report.body.items.find((item) => item.workflowId === dossier.code);
        });
        expect(held.findings[0]?.evidence.failureType).toBe('INPUT_REJECTED_BY_DATABASE');
        // Failed once, not retrying: Temporal has no pending activity for it.
        const described = await system.temporal.workflow.getHandle(dossier.code).describe();
        expect(described.raw.pendingActivities ?? []).toEqual([]);
      } finally {
        await dropTrigger();
      }
      const retried = await request<{ retried: string[] }>(
        as('demo.admin'),
        'POST',
        `/api/v1/admin/workflows/${dossier.code}/retry`,
        { body: { reason: 'Nguyên nhân đã được khắc phục' } },
      );
      expect(retried.status).toBe(200);
      const seconds = await recovery(Date.now(), [dossier], SUBMITTED);
      await settle('poisonInput', [name], SUBMITTED, seconds);
    }),
  );

  it('keeps one workflow for every submitted dossier, and no more', async () => {
    const counted = await waitFor(async () => {
      const counts = await workflowsMatchDossiers(system.postgres.url, system.temporal);
      return counts.rows === counts.workflows ? counts : undefined;
    }, 30_000).catch(() => workflowsMatchDossiers(system.postgres.url, system.temporal));
    expect(counted.workflows).toBe(counted.rows);
    expect(counted.rows).toBeGreaterThan(0);
  });
});

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await delay(250);
  }
}
