import { clusterYearWorkflowId } from '@tdkt/contracts';
import { seedDemoClusters } from '@tdkt/server-seed';
import { addPerson } from '../support/people';
import {
  request as apiRequest,
  signInAll,
  startTestSystem,
  TEST_DEMO_PASSWORD,
  type TestSystem,
  unitIdOf,
} from '../support/system';
import { until } from '../support/poll';

interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; rule: string }[];
}
interface ClusterYearBody {
  id: string;
  status: string;
  leaderUnitId: string;
  members: {
    unitId: string;
    pactSignedAt: string | null;
    selfScores: Record<string, number> | null;
    evidence: { title: string; reference: string }[];
    total: number | null;
    rank: number | null;
    tiedWith: string[];
    proposedAwardCode: string | null;
  }[];
  review: { minutes: string; tieBreak: string[] } | null;
}
interface TaskBody {
  id: string;
  type: string;
  subject: { id: string; type: string };
}

/**
 * The plan's "cluster pact signing" and "cluster review" items through the API, with the real API and
 * worker on real Temporal and PostgreSQL: the district's board forms its communes' cluster for 2024
 * with Long Giao as leader, opens the pact (each commune's head signs from the inbox), adopts the
 * scoring table and opens scoring (each commune scores itself with evidence), the leader records the
 * review meeting (a tie for first place must be broken), proposes the flag, and the board hands the
 * leadership to Xuân Mỹ for 2025.
 */
describe('emulation clusters through the API', () => {
  let system: TestSystem;
  const units: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const communes = { lg: 'DN-CM-LG', xm: 'DN-CM-XM', sr: 'DN-CM-SR' } as const;

  beforeAll(async () => {
    system = await startTestSystem();
    units.district = await unitIdOf(system, 'DN-CM');
    for (const [key, code] of Object.entries(communes)) {
      units[key] = await unitIdOf(system, code);
      await addPerson(system.db, {
        username: `head.${key}`,
        unitCode: code,
        role: 'UNIT_HEAD',
        password: TEST_DEMO_PASSWORD,
      });
      await addPerson(system.db, {
        username: `officer.${key}`,
        unitCode: code,
        role: 'UNIT_OFFICER',
        password: TEST_DEMO_PASSWORD,
      });
    }
    await signInAll(
      system,
      [
        'demo.reviewer.cm',
        ...Object.keys(communes).flatMap((key) => [`head.${key}`, `officer.${key}`]),
      ],
      { tokens, ids },
    );
  });
  afterAll(() => system?.stop());

  /** A call with a JSON body, as the pages send it. */
  const request = <T = unknown>(
    caller: { apiUrl: string; token: string | undefined },
    method: string,
    path: string,
    body?: unknown,
  ) => apiRequest<T>(caller, method, path, body === undefined ? {} : { body });
  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });
  const board = () => as('demo.reviewer.cm');

  const year = async (id: string) =>
    (await request<ClusterYearBody>(board(), 'GET', `/api/v1/cluster-years/${id}`)).body;

  /** The one open task of `type` in this person's inbox about the year. */
  const inboxTask = (username: string, type: string, yearId: string) =>
    until(
      async () =>
        (
          await request<{ items: TaskBody[] }>(as(username), 'GET', `/api/v1/tasks?type=${type}`)
        ).body.items.filter((task) => task.subject.id === yearId),
      (tasks) => tasks.length === 1,
    ).then((tasks) => tasks[0]!);

  const complete = (username: string, taskId: string, outcome: Record<string, unknown>) =>
    request<ErrorBody>(as(username), 'POST', `/api/v1/tasks/${taskId}/complete`, { outcome });

  it('carries out the pact signing and the cluster review of the 2024 plan', async () => {
    const cluster = await request<{ id: string }>(board(), 'POST', '/api/v1/clusters', {
      code: 'CM-XA',
      name: 'Cụm thi đua các xã huyện Cẩm Mỹ',
      kind: 'cluster',
      organizerUnitId: units.district,
    });
    expect(cluster.status).toBe(201);
    const duplicate = await request<ErrorBody>(board(), 'POST', '/api/v1/clusters', {
      code: 'CM-XA',
      name: 'Trùng mã',
      kind: 'cluster',
      organizerUnitId: units.district,
    });
    expect([duplicate.status, duplicate.body.code]).toEqual([409, 'CLUSTER_CODE_TAKEN']);
    const notMember = await request<ErrorBody>(
      board(),
      'POST',
      `/api/v1/clusters/${cluster.body.id}/years`,
      { year: 2024, memberUnitIds: [units.xm, units.sr], leaderUnitId: units.lg },
    );
    expect([notMember.status, notMember.body.errors?.[0]]).toEqual([
      400,
      expect.objectContaining({ field: 'leaderUnitId', rule: 'cluster-member' }),
    ]);
    const formed = await request<{ id: string }>(
      board(),
      'POST',
      `/api/v1/clusters/${cluster.body.id}/years`,
      {
        year: 2024,
        memberUnitIds: [units.lg, units.xm, units.sr],
        leaderUnitId: units.lg,
        deputyUnitId: units.xm,
      },
    );
    expect(formed.status).toBe(201);
    const yearId = formed.body.id;
    // A commune's officer reads its cluster's year, but does not run it.
    expect((await request(as('officer.sr'), 'GET', `/api/v1/cluster-years/${yearId}`)).status).toBe(
      200,
    );
    expect(
      (await request(as('officer.sr'), 'POST', `/api/v1/cluster-years/${yearId}/pact`, {})).status,
    ).toBe(403);

    // The pact: every head signs from the inbox.
    const opened = await request<ClusterYearBody>(
      board(),
      'POST',
      `/api/v1/cluster-years/${yearId}/pact`,
      { pactWorkingDays: 10 },
    );
    expect([opened.status, opened.body.status]).toEqual([200, 'PACT_SIGNING']);
    // Sent again (a retry after a timeout), it finds the workflow the first one started.
    const again = await request<ClusterYearBody>(
      board(),
      'POST',
      `/api/v1/cluster-years/${yearId}/pact`,
      { pactWorkingDays: 10 },
    );
    expect([again.status, again.body.status]).toEqual([200, 'PACT_SIGNING']);
    for (const key of Object.keys(communes)) {
      const task = await inboxTask(`head.${key}`, 'cluster.sign-pact', yearId);
      expect((await complete(`head.${key}`, task.id, { agreed: true })).status).toBe(200);
    }
    await until(
      () => year(yearId),
      (body) => body.status === 'PACT_SIGNED',
    );

    // Year end: the table, then each commune scores itself with evidence.
    const table = await request<{ version: number }>(
      board(),
      'POST',
      `/api/v1/cluster-years/${yearId}/scoring-tables`,
      {
        criteria: [
          {
            code: 'KTXH',
            title: { vi: 'Kinh tế - xã hội', en: 'Economy and society' },
            maxPoints: 60,
          },
          {
            code: 'TDKT',
            title: { vi: 'Thi đua, khen thưởng', en: 'Emulation work' },
            maxPoints: 40,
          },
        ],
      },
    );
    expect([table.status, table.body.version]).toEqual([201, 1]);
    const badVersion = await request<ErrorBody>(
      board(),
      'POST',
      `/api/v1/cluster-years/${yearId}/scoring`,
      { version: 7 },
    );
    expect([badVersion.status, badVersion.body.code]).toEqual([
      404,
      'CLUSTER_SCORING_TABLE_NOT_FOUND',
    ]);
    expect(
      (await request(board(), 'POST', `/api/v1/cluster-years/${yearId}/scoring`, { version: 1 }))
        .status,
    ).toBe(200);
    const evidence = [{ title: 'Báo cáo tổng kết năm 2024', reference: 'Số 120/BC-UBND' }];
    const selfScores = {
      lg: { KTXH: 55, TDKT: 35 },
      xm: { KTXH: 54, TDKT: 36 },
      sr: { KTXH: 40, TDKT: 30 },
    };
    for (const [key, scores] of Object.entries(selfScores)) {
      const task = await inboxTask(`officer.${key}`, 'cluster.self-score', yearId);
      if (key === 'lg') {
        const tooHigh = await complete(`officer.${key}`, task.id, {
          scores: { KTXH: 70, TDKT: 35 },
          evidence,
        });
        expect([tooHigh.status, tooHigh.body.errors?.[0]?.field]).toEqual([
          400,
          'outcome.scores.KTXH',
        ]);
      }
      expect((await complete(`officer.${key}`, task.id, { scores, evidence })).status).toBe(200);
    }

    // The review meeting: Long Giao and Xuân Mỹ tie at 90; the meeting puts Long Giao first.
    const review = await inboxTask('head.lg', 'cluster.review', yearId);
    const tied = await complete('head.lg', review.id, {
      minutes: 'Biên bản họp cụm ngày 12/12/2024',
    });
    expect([tied.status, tied.body.errors?.[0]?.rule]).toEqual([400, 'lead-tie-unresolved']);
    expect(
      (
        await complete('head.lg', review.id, {
          minutes: 'Biên bản họp cụm ngày 12/12/2024',
          tieBreak: [units.lg, units.xm],
        })
      ).status,
    ).toBe(200);
    const reviewed = await until(
      () => year(yearId),
      (body) => body.status === 'REVIEWED',
    );
    expect(reviewed.members.map((member) => [member.unitId, member.total, member.rank])).toEqual([
      [units.lg, 90, 1],
      [units.xm, 90, 2],
      [units.sr, 70, 3],
    ]);
    expect(reviewed.review?.tieBreak).toEqual([units.lg, units.xm]);

    // The leader proposes the flag for the first and a Bằng khen for the second.
    const proposed = await request<{ warnings: unknown[] }>(
      as('head.lg'),
      'POST',
      `/api/v1/cluster-years/${yearId}/proposals`,
      {
        proposals: [
          { unitId: units.lg, awardCode: 'CO_THI_DUA_TINH' },
          { unitId: units.xm, awardCode: 'BANG_KHEN_TINH' },
        ],
      },
    );
    expect([proposed.status, proposed.body.warnings]).toEqual([200, []]);
    expect(
      (
        await request(as('head.xm'), 'POST', `/api/v1/cluster-years/${yearId}/proposals`, {
          proposals: [],
        })
      ).status,
    ).toBe(403);

    // Handover of the leadership to Xuân Mỹ for 2025.
    const handover = await request<{ nextYearId: string }>(
      board(),
      'POST',
      `/api/v1/cluster-years/${yearId}/handover`,
      { nextLeaderUnitId: units.xm },
    );
    expect(handover.status).toBe(200);
    const next = await year(handover.body.nextYearId);
    expect([next.status, next.leaderUnitId, next.members.length]).toEqual(['FORMED', units.xm, 3]);
    expect((await year(yearId)).status).toBe('HANDED_OVER');
    const [audited] = await system.db.query<{ count: string }[]>(
      `SELECT count(*) FROM audit_log WHERE entity_id = $1 AND workflow_id = $2`,
      [yearId, clusterYearWorkflowId(yearId)],
    );
    expect(Number(audited!.count)).toBeGreaterThanOrEqual(7);
  });

  it("seeds the plan's cluster 02 and a demo block with its 2024 year, once", async () => {
    const first = await seedDemoClusters(system.db);
    const again = await seedDemoClusters(system.db);
    expect(first).toEqual({ clustersCreated: 2, yearsFormed: 1 });
    expect(again).toEqual({ clustersCreated: 0, yearsFormed: 0 });
    const clusters = await request<{
      items: { code: string; years: { id: string; year: number; status: string }[] }[];
    }>(board(), 'GET', '/api/v1/clusters');
    const block = clusters.body.items.find((cluster) => cluster.code === 'CM-KHOI-TH');
    expect(block?.years.map((entry) => [entry.year, entry.status])).toEqual([[2024, 'FORMED']]);
    const seeded = await year(block!.years[0]!.id);
    expect(seeded.members).toHaveLength(3);
  });
});
