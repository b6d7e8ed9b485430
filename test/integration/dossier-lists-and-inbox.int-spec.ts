import { randomUUID } from 'node:crypto';
import { logIn, request, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

/**
 * What people find in lists and inboxes, and who may take a task: unit scope of GET /dossiers and
 * GET /tasks (no dossier or task of another school, exact totals), the filters, claiming, giving back
 * and assigning tasks (each audited), and the API's own separation-of-duties check.
 */

interface TaskBody {
  id: string;
  type: string;
  status: string;
  subject: { id: string };
  assigneeId: string | null;
  overdue: boolean;
}

interface DossierSummary {
  id: string;
  code: string;
  stage: string;
  awardCode: string;
  year: number;
  proposingUnitId: string;
  nominee: { name: string };
}

interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; rule: string; message: { vi: string; en: string } }[];
}

const PASSWORD = 'inbox-test-password-0123';

describe('dossier lists, inboxes and who may take a task', () => {
  let system: TestSystem;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const units: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    for (const code of ['DN-CM', 'DN-CM-PNV', 'DN-CM-TH-LG'])
      units[code] = await unitIdOf(system, code);
    for (const username of [
      'demo.admin',
      'demo.officer.thlg',
      'demo.reviewer.cm',
      'demo.reviewer.dn',
      'demo.officer.thcsxm',
    ])
      await signIn(username);
  });
  afterAll(() => system?.stop());

  async function signIn(username: string, password?: string) {
    const session = await logIn(system, username, password);
    tokens[username] = session.accessToken;
    ids[username] = session.user.id;
  }

  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  /** An account made through the administration API, holding the given roles, signed in. */
  async function account(
    username: string,
    unitId: string,
    grants: { role: string; unitId: string }[],
  ) {
    const created = await request<{ id: string }>(as('demo.admin'), 'POST', '/api/v1/users', {
      body: { username, fullName: `Cán bộ ${username}`, unitId, password: PASSWORD },
    });
    expect(created.status).toBe(201);
    for (const grant of grants) {
      const granted = await request(
        as('demo.admin'),
        'POST',
        `/api/v1/users/${created.body.id}/grants`,
        {
          body: grant,
        },
      );
      expect(granted.status).toBe(201);
    }
    await signIn(username, PASSWORD);
  }

  /**
   * A new school under the district, so that its dossiers are only this test's. Inserted directly: the
   * administration API rightly refuses new units under the district, retired since 2025-07-01.
   */
  async function school(code: string, name: string) {
    const [row] = await system.db.query<{ id: string }[]>(
      `INSERT INTO units (code, name, level, parent_id, valid_from)
       VALUES ($1, $2, 'school', $3, '2020-01-01') RETURNING id`,
      [code, name, units['DN-CM']],
    );
    units[code] = row!.id;
    return row!.id;
  }

  async function dossier(
    username: string,
    unitId: string,
    content: { awardCode: string; name: string; year?: number; submit?: boolean },
  ): Promise<DossierSummary> {
    const created = await request<DossierSummary>(as(username), 'POST', '/api/v1/dossiers', {
      body: {
        year: content.year ?? 2024,
        awardCode: content.awardCode,
        proposingUnitId: unitId,
        nominee: { kind: 'individual', name: content.name },
        achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm học.',
        submit: content.submit ?? false,
      },
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  async function inbox(username: string, query = '') {
    const response = await request<{ items: TaskBody[]; total: number }>(
      as(username),
      'GET',
      `/api/v1/tasks${query}`,
    );
    expect(response.status).toBe(200);
    return response.body;
  }

  async function taskFor(username: string, dossierId: string, type = 'dossier.review') {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const task = (await inbox(username, `?type=${type}`)).items.find(
        (candidate) => candidate.subject.id === dossierId,
      );
      if (task) return task;
      if (Date.now() > deadline) throw new Error(`no ${type} task for ${username} on ${dossierId}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The worker records a submission asynchronously; waits until the read model shows the stage. */
  async function untilStage(dossierId: string, stage: string) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [row] = await system.db.query<{ stage: string }[]>(
        `SELECT stage FROM dossiers WHERE id = $1`,
        [dossierId],
      );
      if (row?.stage === stage) return;
      if (Date.now() > deadline) throw new Error(`${dossierId} is ${row?.stage}, not ${stage}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function taskRow(taskId: string) {
    const [row] = await system.db.query<{ status: string; assignee_id: string | null }[]>(
      `SELECT status, assignee_id FROM tasks WHERE id = $1`,
      [taskId],
    );
    return row;
  }

  async function auditOf(entityId: string, actions: string[]) {
    return system.db.query<
      {
        action: string;
        actor_id: string | null;
        actor_role: string | null;
        before: unknown;
        after: unknown;
      }[]
    >(
      `SELECT action, actor_id, actor_role, before, after FROM audit_log
        WHERE entity_id = $1 AND action = ANY($2) ORDER BY id`,
      [entityId, actions],
    );
  }

  const post = <T = ErrorBody>(username: string, path: string, body?: unknown) =>
    request<T>(as(username), 'POST', path, body === undefined ? {} : { body });

  describe('GET /api/v1/dossiers and GET /api/v1/tasks, within scope', () => {
    const made: Record<string, DossierSummary> = {};
    let list: (
      username: string,
      query?: string,
    ) => Promise<{ items: DossierSummary[]; total: number }>;

    beforeAll(async () => {
      const hoaSen = await school('DN-CM-TH-HS', 'Trường Tiểu học Hoa Sen');
      const bachDang = await school('DN-CM-TH-BD', 'Trường Tiểu học Bạch Đằng');
      await account('officer.hoasen', hoaSen, [{ role: 'UNIT_OFFICER', unitId: hoaSen }]);
      await account('officer.bachdang', bachDang, [{ role: 'UNIT_OFFICER', unitId: bachDang }]);
      made.lan = await dossier('officer.hoasen', hoaSen, {
        awardCode: 'CSTDCS',
        name: 'Nguyễn Thị Lan',
        submit: true,
      });
      made.binh = await dossier('officer.hoasen', hoaSen, {
        awardCode: 'LDTT',
        name: 'Trần Văn Bình',
      });
      made.cuong = await dossier('officer.hoasen', hoaSen, {
        awardCode: 'LDTT',
        name: 'Nguyễn Văn Cường',
        year: 2023,
      });
      // The other school has a nominee of the very same name, to catch a search that ignores scope.
      made.lanBd = await dossier('officer.bachdang', bachDang, {
        awardCode: 'CSTDCS',
        name: 'Nguyễn Thị Lan',
        submit: true,
      });
      made.dung = await dossier('officer.bachdang', bachDang, {
        awardCode: 'LDTT',
        name: 'Lê Thị Dung',
      });
      await untilStage(made.lan.id, 'UNIT_REVIEW');
      await untilStage(made.lanBd.id, 'UNIT_REVIEW');
      list = async (username, query = '') => {
        const response = await request<{ items: DossierSummary[]; total: number }>(
          as(username),
          'GET',
          `/api/v1/dossiers${query}`,
        );
        expect(response.status).toBe(200);
        return response.body;
      };
    });

    const names = (page: { items: DossierSummary[] }) =>
      page.items.map((item) => item.nominee.name).sort();

    it("shows a school officer exactly their school's dossiers, with the right total, and none of the other school's", async () => {
      const hoaSen = await list('officer.hoasen');
      expect(hoaSen.total).toBe(3);
      expect(hoaSen.items.map((item) => item.id).sort()).toEqual(
        [made.lan!.id, made.binh!.id, made.cuong!.id].sort(),
      );
      expect(hoaSen.items.every((item) => item.proposingUnitId === units['DN-CM-TH-HS'])).toBe(
        true,
      );

      const bachDang = await list('officer.bachdang');
      expect(bachDang.total).toBe(2);
      expect(bachDang.items.map((item) => item.id).sort()).toEqual(
        [made.lanBd!.id, made.dung!.id].sort(),
      );

      // Asking for the other school by name is answered like a unit that does not exist.
      const other = await request<ErrorBody>(
        as('officer.hoasen'),
        'GET',
        `/api/v1/dossiers?unitId=${units['DN-CM-TH-BD']}`,
      );
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('NOT_FOUND');
      // A seed school's officer sees nothing of either new school.
      const seedSchool = await list('demo.officer.thlg', '?limit=200');
      expect(
        seedSchool.items.filter((item) => item.proposingUnitId !== units['DN-CM-TH-LG']),
      ).toEqual([]);

      // The district reviewer sees both schools; narrowed to one school, exactly its dossiers.
      const district = await list('demo.reviewer.cm', `?unitId=${units['DN-CM-TH-HS']}`);
      expect(district.total).toBe(3);
      expect(district.items.map((item) => item.id).sort()).toEqual(
        hoaSen.items.map((item) => item.id).sort(),
      );
      const both = await list('demo.reviewer.cm', `?q=${encodeURIComponent('Nguyen Thi Lan')}`);
      expect(both.items.map((item) => item.id).sort()).toEqual(
        [made.lan!.id, made.lanBd!.id].sort(),
      );
    });

    it('narrows by stage, award, year and nominee name (with or without diacritics), and pages', async () => {
      expect(names(await list('officer.hoasen', '?stage=DRAFT'))).toEqual([
        'Nguyễn Văn Cường',
        'Trần Văn Bình',
      ]);
      expect(names(await list('officer.hoasen', '?stage=UNIT_REVIEW'))).toEqual(['Nguyễn Thị Lan']);
      expect((await list('officer.hoasen', '?stage=DRAFT&stage=UNIT_REVIEW')).total).toBe(3);
      expect((await list('officer.hoasen', '?stage=APPROVED')).total).toBe(0);
      expect(names(await list('officer.hoasen', '?awardCode=LDTT'))).toEqual([
        'Nguyễn Văn Cường',
        'Trần Văn Bình',
      ]);
      expect(names(await list('officer.hoasen', '?year=2023'))).toEqual(['Nguyễn Văn Cường']);
      expect(names(await list('officer.hoasen', '?awardCode=LDTT&year=2024'))).toEqual([
        'Trần Văn Bình',
      ]);
      expect(names(await list('officer.hoasen', '?q=nguyen'))).toEqual([
        'Nguyễn Thị Lan',
        'Nguyễn Văn Cường',
      ]);
      expect(names(await list('officer.hoasen', `?q=${encodeURIComponent('Nguyễn Văn')}`))).toEqual(
        ['Nguyễn Văn Cường'],
      );
      expect(names(await list('officer.hoasen', '?q=BINH'))).toEqual(['Trần Văn Bình']);
      // LIKE wildcards in the text are plain characters.
      expect((await list('officer.hoasen', `?q=${encodeURIComponent('%')}`)).total).toBe(0);
      expect((await list('officer.hoasen', '?q=_')).total).toBe(0);

      const first = await list('officer.hoasen', '?limit=2');
      const rest = await list('officer.hoasen', '?limit=2&offset=2');
      expect([first.items.length, first.total, rest.items.length, rest.total]).toEqual([
        2, 3, 1, 3,
      ]);
      expect([...first.items, ...rest.items].map((item) => item.id).sort()).toEqual(
        [made.lan!.id, made.binh!.id, made.cuong!.id].sort(),
      );

      const bad = await request<ErrorBody>(
        as('officer.hoasen'),
        'GET',
        '/api/v1/dossiers?stage=FINISHED&year=1999',
      );
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect([...new Set(bad.body.errors?.map((error) => error.field))].sort()).toEqual([
        'stage',
        'year',
      ]);
    });

    it('lists as overdue only open dossiers whose current step is past its deadline', async () => {
      expect((await list('officer.hoasen', '?overdue=true')).total).toBe(0);
      // Fixture: the review of one dossier ran past its deadline (the statutory clock is weeks long).
      await system.db.query(
        `UPDATE dossiers SET stage_due_at = now() - interval '1 day' WHERE id = $1`,
        [made.lan!.id],
      );
      const overdue = await list('officer.hoasen', '?overdue=true');
      expect(overdue.items.map((item) => item.id)).toEqual([made.lan!.id]);
      expect(overdue.total).toBe(1);
      expect((await list('officer.hoasen', '?overdue=false')).total).toBe(3);
      expect((await list('officer.bachdang', '?overdue=true')).total).toBe(0);
    });

    it("keeps each school's tasks in its own inbox and the district's in the district reviewers'", async () => {
      const lanReview = await taskFor('demo.reviewer.cm', made.lan!.id);
      const lanBdReview = await taskFor('demo.reviewer.cm', made.lanBd!.id);
      // A level role counts on its own unit only: the province's reviewer gets no district review.
      const provincial = await inbox('demo.reviewer.dn', '?limit=200');
      expect(
        provincial.items.filter((task) => [made.lan!.id, made.lanBd!.id].includes(task.subject.id)),
      ).toEqual([]);

      const returned = await post<{ stage: string }>(
        'demo.reviewer.cm',
        `/api/v1/tasks/${lanReview.id}/complete`,
        {
          outcome: { decision: 'return', items: [{ item: 'TO_TRINH', reason: 'Thiếu tờ trình' }] },
        },
      );
      expect(returned.body.stage).toBe('SUPPLEMENTING');
      const supplement = await taskFor('officer.hoasen', made.lan!.id, 'dossier.supplement');
      const hoaSen = await inbox('officer.hoasen');
      expect(hoaSen.items.map((task) => task.id)).toEqual([supplement.id]);
      expect(hoaSen.total).toBe(1);
      const bachDang = await inbox('officer.bachdang');
      expect([bachDang.items, bachDang.total]).toEqual([[], 0]);
      expect(
        (await inbox('demo.officer.thcsxm', '?limit=200')).items.some(
          (task) => task.subject.id === made.lan!.id,
        ),
      ).toBe(false);
      const hidden = await request<ErrorBody>(
        as('officer.bachdang'),
        'GET',
        `/api/v1/tasks/${supplement.id}`,
      );
      expect([hidden.status, hidden.body.code]).toEqual([404, 'TASK_NOT_FOUND']);

      // Type and status filters; the reviewer's returned review is among the closed ones.
      expect((await inbox('officer.hoasen', '?type=dossier.review')).total).toBe(0);
      const closed = await inbox('demo.reviewer.cm', '?status=closed&limit=200');
      expect(closed.items.find((task) => task.id === lanReview.id)?.status).toBe('COMPLETED');
      const open = await inbox('demo.reviewer.cm', '?limit=200');
      expect(open.items.map((task) => task.id)).toContain(lanBdReview.id);
      expect(open.items.map((task) => task.id)).not.toContain(lanReview.id);

      // Overdue: only tasks past their due date, flagged so.
      expect((await inbox('officer.hoasen', '?overdue=true')).total).toBe(0);
      await system.db.query(`UPDATE tasks SET due_at = now() - interval '1 hour' WHERE id = $1`, [
        supplement.id,
      ]);
      const overdue = await inbox('officer.hoasen', '?overdue=true');
      expect(overdue.items.map((task) => [task.id, task.overdue])).toEqual([[supplement.id, true]]);
      expect(overdue.total).toBe(1);
    });
  });

  describe('claiming, giving back and assigning a task', () => {
    let task: TaskBody;
    let dossierId: string;
    let dossierCode: string;

    /** The dossier workflow's Assignee search attribute, once it reads `expected`. */
    const assigneeAttribute = async (expected: string) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const { searchAttributes } = await system.temporal.workflow
          .getHandle(dossierCode)
          .describe();
        const value = searchAttributes.Assignee?.[0];
        if (value === expected || Date.now() > deadline) return value;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    beforeAll(async () => {
      await account('reviewer2.cm', units['DN-CM-PNV']!, [
        { role: 'REVIEWER', unitId: units['DN-CM']! },
      ]);
      const made = await dossier('demo.officer.thlg', units['DN-CM-TH-LG']!, {
        awardCode: 'LDTT',
        name: 'Đỗ Thị Hằng',
        submit: true,
      });
      dossierId = made.id;
      dossierCode = made.code;
      task = await taskFor('demo.reviewer.cm', dossierId);
    });

    it('lets one reviewer claim a task; another can then neither claim nor complete it; the holder gives it back', async () => {
      // Claiming takes no body: a field slipped in (claiming for someone else) is refused, not ignored.
      const smuggled = await post('demo.reviewer.cm', `/api/v1/tasks/${task.id}/claim`, {
        assigneeId: ids['reviewer2.cm'],
      });
      expect([smuggled.status, smuggled.body.code, smuggled.body.errors]).toEqual([
        400,
        'VALIDATION_FAILED',
        [expect.objectContaining({ field: 'assigneeId', rule: 'whitelistValidation' })],
      ]);
      expect(await taskRow(task.id)).toEqual({ status: 'OPEN', assignee_id: null });

      const claimed = await post<TaskBody>('demo.reviewer.cm', `/api/v1/tasks/${task.id}/claim`);
      expect(claimed.status).toBe(200);
      expect([claimed.body.status, claimed.body.assigneeId]).toEqual([
        'CLAIMED',
        ids['demo.reviewer.cm'],
      ]);
      // Operators filtering workflows in Temporal see who holds it.
      expect(await assigneeAttribute(ids['demo.reviewer.cm']!)).toBe(ids['demo.reviewer.cm']);
      // Claiming what one already holds changes nothing.
      expect((await post('demo.reviewer.cm', `/api/v1/tasks/${task.id}/claim`)).status).toBe(200);
      expect((await inbox('demo.reviewer.cm', '?mine=true')).items.map((t) => t.id)).toEqual([
        task.id,
      ]);
      expect((await inbox('reviewer2.cm', '?mine=true')).items).toEqual([]);

      for (const [path, body] of [
        [`/api/v1/tasks/${task.id}/claim`, undefined],
        [`/api/v1/tasks/${task.id}/complete`, { outcome: { decision: 'accept' } }],
        [`/api/v1/tasks/${task.id}/unclaim`, undefined],
      ] as const) {
        const refused = await post('reviewer2.cm', path, body);
        expect([path, refused.status, refused.body.code]).toEqual([
          path,
          409,
          'TASK_CLAIMED_BY_OTHER',
        ]);
      }
      expect(await taskRow(task.id)).toEqual({
        status: 'CLAIMED',
        assignee_id: ids['demo.reviewer.cm'],
      });

      const given = await post<TaskBody>('demo.reviewer.cm', `/api/v1/tasks/${task.id}/unclaim`);
      expect(given.status).toBe(200);
      expect([given.body.status, given.body.assigneeId]).toEqual(['OPEN', null]);
      // Given back, the task is again for the district's reviewers.
      const forReviewers = `REVIEWER@${units['DN-CM']}`;
      expect(await assigneeAttribute(forReviewers)).toBe(forReviewers);
      expect(await taskRow(task.id)).toEqual({ status: 'OPEN', assignee_id: null });
      // Giving back what nobody holds changes nothing.
      const again = await post<TaskBody>('demo.reviewer.cm', `/api/v1/tasks/${task.id}/unclaim`);
      expect([again.status, again.body.status]).toEqual([200, 'OPEN']);

      expect(await auditOf(task.id, ['task.claimed', 'task.unclaimed'])).toEqual([
        {
          action: 'task.claimed',
          actor_id: ids['demo.reviewer.cm'],
          actor_role: 'REVIEWER',
          before: { assigneeId: null },
          after: { assigneeId: ids['demo.reviewer.cm'] },
        },
        {
          action: 'task.unclaimed',
          actor_id: ids['demo.reviewer.cm'],
          actor_role: 'REVIEWER',
          before: { assigneeId: ids['demo.reviewer.cm'] },
          after: { assigneeId: null },
        },
      ]);
    });

    it('assigns a task to a named reviewer in scope, refuses anyone the task is not for, and only the assignee completes it', async () => {
      const assigned = await post<TaskBody>('demo.reviewer.cm', `/api/v1/tasks/${task.id}/assign`, {
        assigneeId: ids['reviewer2.cm'],
      });
      expect(assigned.status).toBe(200);
      expect([assigned.body.status, assigned.body.assigneeId]).toEqual([
        'CLAIMED',
        ids['reviewer2.cm'],
      ]);

      for (const [label, assigneeId] of [
        ["the province's reviewer (a level role elsewhere)", ids['demo.reviewer.dn']],
        ["another school's officer", ids['demo.officer.thcsxm']],
        ['nobody known', randomUUID()],
      ] as const) {
        const refused = await post('demo.reviewer.cm', `/api/v1/tasks/${task.id}/assign`, {
          assigneeId,
        });
        expect([label, refused.status, refused.body.code, refused.body.errors?.[0]?.field]).toEqual(
          [label, 400, 'VALIDATION_FAILED', 'assigneeId'],
        );
      }
      // Officers may not hand out the district's work at all.
      const byOfficer = await post('demo.officer.thlg', `/api/v1/tasks/${task.id}/assign`, {
        assigneeId: ids['demo.reviewer.cm'],
      });
      expect([byOfficer.status, byOfficer.body.code]).toEqual([403, 'FORBIDDEN']);
      expect(await taskRow(task.id)).toEqual({
        status: 'CLAIMED',
        assignee_id: ids['reviewer2.cm'],
      });

      const notTheirs = await post('demo.reviewer.cm', `/api/v1/tasks/${task.id}/complete`, {
        outcome: { decision: 'accept' },
      });
      expect([notTheirs.status, notTheirs.body.code]).toEqual([409, 'TASK_CLAIMED_BY_OTHER']);
      const done = await post<{ stage: string }>(
        'reviewer2.cm',
        `/api/v1/tasks/${task.id}/complete`,
        {
          outcome: { decision: 'accept' },
        },
      );
      expect(done.status).toBe(200);
      const late = await post('demo.reviewer.cm', `/api/v1/tasks/${task.id}/claim`);
      expect([late.status, late.body.code]).toEqual([409, 'TASK_NOT_OPEN']);

      expect(await auditOf(task.id, ['task.assigned', 'task.completed'])).toEqual([
        {
          action: 'task.assigned',
          actor_id: ids['demo.reviewer.cm'],
          actor_role: 'REVIEWER',
          before: { assigneeId: null, status: 'OPEN' },
          after: { assigneeId: ids['reviewer2.cm'], status: 'CLAIMED' },
        },
        expect.objectContaining({ action: 'task.completed', actor_id: ids['reviewer2.cm'] }),
      ]);
      const [accepted] = await auditOf(dossierId, ['review.accepted']);
      expect(accepted?.actor_id).toBe(ids['reviewer2.cm']);
    });
  });

  describe('separation of duties in the API', () => {
    // The workflow's own update validator refuses the same completion when the API check is bypassed:
    // test/workflows/dossier-lifecycle.int-spec.ts, "rejects completions that are not allowed now, by
    // this person, for this task".

    beforeAll(async () => {
      // One person holding both sides: officer of the school and reviewer of its district.
      await account('officer.reviewer.thlg', units['DN-CM-TH-LG']!, [
        { role: 'UNIT_OFFICER', unitId: units['DN-CM-TH-LG']! },
        { role: 'REVIEWER', unitId: units['DN-CM']! },
      ]);
    });

    const refusedForSeparation = (response: { status: number; body: ErrorBody }) => {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('SEPARATION_OF_DUTIES');
      expect(response.body.errors?.map((error) => error.rule)).toEqual(['AUTHOR_CANNOT_REVIEW']);
      expect(response.body.message.vi).toContain('không được thẩm định');
    };

    it.each([
      ['authored and submitted', 'officer.reviewer.thlg'],
      ['submitted a colleague’s draft of', 'demo.officer.thlg'],
    ])(
      'refuses the review of a dossier its reviewer %s: claim, completion and assignment (403), changing nothing',
      async (_label, drafter) => {
        const made = await dossier(drafter, units['DN-CM-TH-LG']!, {
          awardCode: 'CSTDCS',
          name: `Vũ Thị Nga ${drafter}`,
        });
        const submitted = await post('officer.reviewer.thlg', `/api/v1/dossiers/${made.id}/submit`);
        expect(submitted.status).toBe(200);
        const task = await taskFor('demo.reviewer.cm', made.id);
        // The task is not offered to the author, though they are a reviewer of the district.
        const authorsInbox = await inbox('officer.reviewer.thlg', '?type=dossier.review');
        expect(authorsInbox.items.map((item) => item.subject.id)).not.toContain(made.id);

        refusedForSeparation(await post('officer.reviewer.thlg', `/api/v1/tasks/${task.id}/claim`));
        refusedForSeparation(
          await post('officer.reviewer.thlg', `/api/v1/tasks/${task.id}/complete`, {
            outcome: { decision: 'accept' },
          }),
        );
        // Refused by the API before the outcome is even looked at (the workflow would answer 400 to it).
        refusedForSeparation(
          await post('officer.reviewer.thlg', `/api/v1/tasks/${task.id}/complete`, {
            outcome: { decision: 'return', items: [] },
          }),
        );
        refusedForSeparation(
          await post('demo.reviewer.cm', `/api/v1/tasks/${task.id}/assign`, {
            assigneeId: ids['officer.reviewer.thlg'],
          }),
        );

        expect(await taskRow(task.id)).toEqual({ status: 'OPEN', assignee_id: null });
        expect(
          (await auditOf(task.id, ['task.claimed', 'task.assigned', 'task.completed'])).length,
        ).toBe(0);
        const shown = await request<{ stage: string; timeline: { type: string }[] }>(
          as('demo.reviewer.cm'),
          'GET',
          `/api/v1/dossiers/${made.id}`,
        );
        expect(shown.body.stage).toBe('UNIT_REVIEW');
        expect(shown.body.timeline.map((event) => event.type)).toEqual([
          'dossier.submitted',
          'review.started',
        ]);

        // Another reviewer of the district takes it as usual.
        const accepted = await post('demo.reviewer.cm', `/api/v1/tasks/${task.id}/complete`, {
          outcome: { decision: 'accept' },
        });
        expect(accepted.status).toBe(200);
      },
    );
  });
});
