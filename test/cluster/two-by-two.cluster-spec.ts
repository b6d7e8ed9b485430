import { setTimeout as delay } from 'node:timers/promises';
import { temporal } from '@temporalio/proto';
import { addPerson } from '../support/people';
import { request, signInAll, TEST_DEMO_PASSWORD, unitIdOf } from '../support/system';
import {
  atExpectedStage,
  type Expected,
  groundTruth,
  workflowsMatchDossiers,
} from '../faults/ground-truth';
import { CLUSTER_TASK_QUEUE, ClusterSystem } from './cluster-system';

/** Dossiers submitted through the load balancer, half before the kills and half during them. */
const DOSSIERS = 24;
/** How long a client keeps resending a request that answered 5xx, with its Idempotency-Key. */
const CLIENT_PATIENCE_MS = 180_000;
// The first run builds the Temporal server with Go (about 12 minutes on 2 cores).
jest.setTimeout(1_200_000);

const PEOPLE = ['demo.officer.thlg', 'demo.reviewer.cm'] as const;
const SUBMITTED: Expected = { stage: 'UNIT_REVIEW', reviewOpen: true };
const ACCEPTED: Expected = { stage: 'COUNCIL_PENDING', reviewOpen: false };

interface DossierBody {
  id: string;
  code: string;
}
interface ErrorBody {
  code: string;
}

/**
 * Past one machine: the full Temporal server on PostgreSQL, two API processes behind a round-robin
 * load balancer and two workers on one task queue. Dossiers go through both APIs while one worker and
 * one API are killed with SIGKILL, and are not restarted; the ground truth, read from PostgreSQL and
 * Temporal with the fault suite's own checks, must show nothing lost and nothing written twice.
 */
describe('two APIs and two workers on a Temporal cluster on PostgreSQL', () => {
  let system: ClusterSystem;
  let school: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  /** Requests clients sent again after a 5xx or a dropped connection. */
  let resent = 0;

  beforeAll(async () => {
    system = await ClusterSystem.start();
    await addPerson(system.db, {
      username: 'second.reviewer.cluster',
      unitCode: 'DN-CM',
      role: 'REVIEWER',
      password: TEST_DEMO_PASSWORD,
    });
    school = await unitIdOf(system, 'DN-CM-TH-LG');
    await signInAll(system, PEOPLE, { tokens, ids });
  }, 1_200_000);

  afterAll(async () => {
    await system?.stop();
  }, 120_000);

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  /** As a client does: resends with the same key until an API names the dossier (201 or 202). */
  async function submit(name: string): Promise<DossierBody> {
    const deadline = Date.now() + CLIENT_PATIENCE_MS;
    for (;;) {
      const answer = await request<DossierBody & ErrorBody>(
        as('demo.officer.thlg'),
        'POST',
        '/api/v1/dossiers',
        {
          headers: { 'Idempotency-Key': `cluster-${name.replace(/\W+/g, '-')}` },
          body: {
            year: 2024,
            awardCode: 'CSTDCS',
            proposingUnitId: school,
            nominee: { kind: 'individual', name },
            achievementsSummary: 'Giáo viên dạy giỏi cấp huyện năm học 2023-2024.',
          },
        },
      ).catch(() => ({ status: 0, body: { code: 'network' } as DossierBody & ErrorBody }));
      if (answer.status === 201 || answer.status === 202) return answer.body;
      if (answer.status > 0 && answer.status < 500)
        throw new Error(`submission answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      if (Date.now() > deadline) throw new Error(`submission still answers ${answer.status}`);
      resent += 1;
      await delay(1_000);
    }
  }

  /** The reviewer accepts the dossier's review task, resending on 5xx; a 409 after a lost answer means done. */
  async function accept(dossierId: string): Promise<void> {
    const deadline = Date.now() + CLIENT_PATIENCE_MS;
    for (;;) {
      const [task] = await system.db.query<{ id: string; status: string }[]>(
        `SELECT id, status FROM tasks WHERE subject_id = $1 AND type = 'dossier.review'
          ORDER BY created_at DESC LIMIT 1`,
        [dossierId],
      );
      if (task !== undefined && task.status === 'COMPLETED') return;
      if (task !== undefined) {
        const answer = await request<ErrorBody>(
          as('demo.reviewer.cm'),
          'POST',
          `/api/v1/tasks/${task.id}/complete`,
          { body: { outcome: { decision: 'accept' } } },
        ).catch(() => ({ status: 0, body: { code: 'network' } }));
        if (answer.status === 200) return;
        if (answer.status > 0 && answer.status < 500 && answer.status !== 409)
          throw new Error(`completing answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      if (Date.now() > deadline) throw new Error(`the review of ${dossierId} could not complete`);
      resent += 1;
      await delay(1_000);
    }
  }

  async function arrive(dossiers: DossierBody[], expected: Expected): Promise<void> {
    const deadline = Date.now() + CLIENT_PATIENCE_MS;
    for (const dossier of dossiers)
      while (!(await atExpectedStage(system.postgres.url, dossier.id, expected))) {
        if (Date.now() > deadline) return;
        await delay(250);
      }
  }

  it('has both workers polling the one task queue', async () => {
    const deadline = Date.now() + 60_000;
    let identities: string[] = [];
    while (identities.length < 2 && Date.now() < deadline) {
      const described = await system.temporal.workflowService.describeTaskQueue({
        namespace: system.temporal.options.namespace,
        taskQueue: { name: CLUSTER_TASK_QUEUE },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
      });
      identities = [...new Set((described.pollers ?? []).map((poller) => poller.identity ?? ''))];
      if (identities.length < 2) await delay(500);
    }
    expect(identities).toHaveLength(2);
  });

  it('loses and duplicates nothing when one worker and one API are killed mid-run', async () => {
    const stamp = Date.now();
    const names = Array.from(
      { length: DOSSIERS },
      (_, i) => `Người thử cụm ${String(i + 1).padStart(2, '0')} ${stamp}`,
    );
    const before = names.slice(0, DOSSIERS / 2);
    const during = names.slice(DOSSIERS / 2);

    const early = Promise.all(before.map((name) => submit(name)));
    await delay(500 + Math.random() * 500);
    const late = Promise.all(during.map((name) => submit(name)));
    await delay(200);
    // SIGKILL, with the first wave's activities running and the second wave's requests in flight.
    await Promise.all([system.workers[0]!.stop('SIGKILL'), system.apis[0]!.stop('SIGKILL')]);
    const dossiers = [...(await early), ...(await late)];
    expect(system.balancer.answered.every((count) => count > 0)).toBe(true);

    await arrive(dossiers, SUBMITTED);
    const accepted = dossiers.filter((_, i) => i % 2 === 0);
    for (const dossier of accepted) await accept(dossier.id);
    await arrive(accepted, ACCEPTED);

    const acceptedNames = names.filter((_, i) => i % 2 === 0);
    const [atReview, atCouncil] = await Promise.all([
      groundTruth(
        system.postgres.url,
        system.temporal,
        names.filter((name) => !acceptedNames.includes(name)),
        SUBMITTED,
      ),
      groundTruth(system.postgres.url, system.temporal, acceptedNames, ACCEPTED),
    ]);
    const summary = (truth: typeof atReview) => ({
      dossiers: truth.dossiers,
      lost: truth.lost,
      duplicated: truth.duplicated,
      problems: truth.problems,
    });
    expect([summary(atReview), summary(atCouncil)]).toEqual([
      { dossiers: DOSSIERS / 2, lost: 0, duplicated: 0, problems: [] },
      { dossiers: DOSSIERS / 2, lost: 0, duplicated: 0, problems: [] },
    ]);
    // Visibility trails execution state by a moment: wait for the counts to agree, then compare.
    const deadline = Date.now() + 30_000;
    let counts = await workflowsMatchDossiers(system.postgres.url, system.temporal);
    while (counts.workflows !== counts.rows && Date.now() < deadline) {
      await delay(500);
      counts = await workflowsMatchDossiers(system.postgres.url, system.temporal);
    }
    expect(counts.workflows).toBe(counts.rows);
    expect(counts.rows).toBeGreaterThanOrEqual(DOSSIERS);
    process.stdout.write(
      `two-by-two: ${DOSSIERS} dossiers, answered per API ${system.balancer.answered.join(' / ')}, ` +
        `${system.balancer.skipped} passed on by the balancer, ${resent} resent by clients, ` +
        `${counts.workflows} workflows for ${counts.rows} dossiers\n`,
    );
  });
});
