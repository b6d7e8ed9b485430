import {
  addWorkingDays,
  DEADLINE_TIME,
  HolidayCalendar,
  holidaysOf,
  localTimeToUtcIso,
  spansProvisionalDays,
  vietnamDateOfEpochMillis,
  yearOf,
} from '@tdkt/domain';
import { logIn, request, startTestSystem, type TestSystem, unitIdOf } from '../support/system';

interface ErrorBody {
  code: string;
  errors?: { field: string; rule: string }[];
}

interface TaskBody {
  id: string;
  subject: { id: string };
  dueAt: string | null;
  dueProvisional: boolean;
  details: Record<string, unknown>;
}

/** Polls until `check` holds, for the worker and the workflows to catch up. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * Today's cycle of a deployment for Đồng Nai (RULES_PROFILE=DN): xã Cẩm Mỹ of Thành phố Đồng Nai,
 * dossiers of 2026 judged on 11 December 2026 (RULES_AS_OF for the provincial cut-offs), and the legal
 * data an administrator publishes without a release.
 */
describe('the 2026 cycle and legal data published without a release', () => {
  let system: TestSystem;
  let commune: string;
  const tokens: Record<string, string> = {};
  const as = (username: string) => ({ apiUrl: system.apiUrl, token: tokens[username] });

  beforeAll(async () => {
    system = await startTestSystem({ env: { RULES_PROFILE: 'DN', RULES_AS_OF: '2026-12-11' } });
    commune = await unitIdOf(system, 'DN-XCM');
    for (const username of [
      'demo.officer.xcm',
      'demo.reviewer.xcm',
      'demo.admin',
      'demo.officer.thlg',
    ])
      tokens[username] = (await logIn(system, username)).accessToken;
  });
  afterAll(() => system?.stop());

  const submit = (awardCode: string, name: string, extra: Record<string, unknown> = {}) =>
    request<{ id: string; code: string } & ErrorBody>(
      as('demo.officer.xcm'),
      'POST',
      '/api/v1/dossiers',
      {
        body: {
          year: 2026,
          awardCode,
          proposingUnitId: commune,
          nominee: { kind: 'individual', name, ...extra },
          achievementsSummary: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
          submit: true,
        },
      },
    );

  async function submittedEvent(dossierId: string) {
    const [row] = await eventually(
      () =>
        system.db.query<{ rule_set_id: string | null; data: Record<string, unknown> }[]>(
          `SELECT d.rule_set_id, e.data FROM dossiers d
             JOIN dossier_events e ON e.dossier_id = d.id AND e.type = 'dossier.submitted'
            WHERE d.id = $1`,
          [dossierId],
        ),
      (rows) => rows.length > 0,
    );
    return row;
  }

  it('accepts a commune LĐTT dossier submitted on 11/12/2026 (the DN cut-off binds only dossiers sent to the city), under VN-2026-10+DN', async () => {
    const ldtt = await submit('LDTT', 'Trần Thị Mai');
    expect([201, 202]).toContain(ldtt.status);
    const event = await submittedEvent(ldtt.body.id);
    expect(event?.rule_set_id).toBe('VN-2026-10+DN');
    expect(event?.data.warnings).toBeUndefined();

    // A provincial Bằng khen goes to the city after 10/12: that cut-off is unconfirmed, so it warns.
    const bangKhen = await submit('BANG_KHEN_TINH', 'Lê Văn Hùng', {
      claimedAchievements: ['movement-achievement'],
    });
    expect([201, 202]).toContain(bangKhen.status);
    const warned = await submittedEvent(bangKhen.body.id);
    expect(warned?.data.warnings).toEqual([
      expect.objectContaining({ rule: 'submission-cutoff:year-end' }),
    ]);
    expect(JSON.stringify(warned?.data.warnings)).toContain('chưa được xác nhận');

    // The award is named after the deciding People's Committee as it is called today.
    const [named] = await eventually(
      () =>
        system.db.query<{ title: { vi: string } }[]>(
          `SELECT title FROM tasks WHERE subject_id = $1 LIMIT 1`,
          [bangKhen.body.id],
        ),
      (rows) => rows.length > 0,
    );
    expect(named?.title.vi).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố Đồng Nai');
  });

  it('names the city by date: UBND tỉnh Đồng Nai until 29/4/2026, UBND Thành phố Đồng Nai from 30/4/2026 (NQ 30/2026/QH16)', async () => {
    const city = await unitIdOf(system, 'DN');
    const unit = await request<{
      name: string;
      nameHistory: { name: string; validFrom: string }[];
    }>(as('demo.admin'), 'GET', `/api/v1/units/${city}`);
    expect(unit.body.name).toBe('UBND Thành phố Đồng Nai');
    expect(unit.body.nameHistory.map((period) => [period.name, period.validFrom])).toEqual([
      ['UBND tỉnh Đồng Nai', '2004-01-01'],
      ['UBND Thành phố Đồng Nai', '2026-04-30'],
    ]);
    const [onDates] = await system.db.query<{ before: string; after: string }[]>(
      `SELECT unit_name_on($1, '2026-04-29') AS before, unit_name_on($1, '2026-04-30') AS after`,
      [city],
    );
    expect(onDates).toEqual({ before: 'UBND tỉnh Đồng Nai', after: 'UBND Thành phố Đồng Nai' });
  });

  it('publishes a holiday schedule: audited and versioned, the waiting review task’s deadline moves once and stops being provisional', async () => {
    const dossier = await submit('LDTT', 'Phạm Thị Thu');
    expect([201, 202]).toContain(dossier.status);
    const reviewTask = () =>
      request<{ items: TaskBody[] }>(
        as('demo.reviewer.xcm'),
        'GET',
        '/api/v1/tasks?limit=100',
      ).then((page) => page.body.items.find((task) => task.subject.id === dossier.body.id));
    const before = await eventually(
      reviewTask,
      (task) => task?.dueAt !== undefined && task.dueAt !== null,
    );
    expect(before?.dueAt).not.toBeNull();
    const dueDate = vietnamDateOfEpochMillis(Date.parse(before!.dueAt!));
    const year = yearOf(dueDate);
    expect(before?.dueProvisional).toBe(
      spansProvisionalDays(vietnamDateOfEpochMillis(Date.now()), dueDate),
    );

    // The year of the due date, as announced: its known days off plus the due date itself.
    const schedule = {
      year,
      source: {
        document: 'Thông báo 1/TB-BNV (thử nghiệm)',
        issuedOn: vietnamDateOfEpochMillis(Date.now()),
        issuer: 'Bộ Nội vụ',
        status: 'confirmed',
      },
      breaks: [
        ...holidaysOf(year).daysOff.map((day) => ({
          from: day.date,
          to: day.date,
          name: day.name,
        })),
        { from: dueDate, to: dueDate, name: { vi: 'Nghỉ theo lịch mới', en: 'New day off' } },
      ].sort((a, b) => a.from.localeCompare(b.from)),
      workingSaturdays: holidaysOf(year).workingSaturdays.map((day) => ({
        date: day.date,
        inLieuOf: day.inLieuOf,
      })),
    };
    const refused = await request<ErrorBody>(
      as('demo.officer.xcm'),
      'POST',
      '/api/v1/legal-data/holiday-schedules',
      {
        body: schedule,
      },
    );
    expect(refused.status).toBe(403);
    const bad = await request<ErrorBody>(
      as('demo.admin'),
      'POST',
      '/api/v1/legal-data/holiday-schedules',
      {
        body: {
          ...schedule,
          workingSaturdays: [{ date: `${year}-03-01`, inLieuOf: `${year}-03-02` }],
        },
      },
    );
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.errors?.map((error) => error.field)).toContain('workingSaturdays[0].inLieuOf');

    const published = await request<{
      revision: number;
      warnings: unknown[];
      propagation: { started: boolean };
    }>(as('demo.admin'), 'POST', '/api/v1/legal-data/holiday-schedules', { body: schedule });
    expect(published.status).toBe(201);
    expect(published.body.propagation.started).toBe(true);
    const again = await request<ErrorBody>(
      as('demo.admin'),
      'POST',
      '/api/v1/legal-data/holiday-schedules',
      {
        body: schedule,
      },
    );
    expect([again.status, again.body.code]).toEqual([409, 'LEGAL_DATA_UNCHANGED']);

    const calendar = HolidayCalendar.BUILT_IN.withSchedules(
      [
        {
          year,
          breaks: schedule.breaks.map((b) => ({ ...b, source: { document: 'x' } })),
          workingSaturdays: [],
        },
      ],
      published.body.revision,
    );
    const moved = new Date(
      localTimeToUtcIso(addWorkingDays(dueDate, 0, calendar), DEADLINE_TIME),
    ).toISOString();
    const after = await eventually(reviewTask, (task) => task?.dueAt === moved);
    expect([after?.dueAt, after?.dueProvisional, after?.details.dueDate]).toEqual([
      moved,
      spansProvisionalDays(vietnamDateOfEpochMillis(Date.now()), moved.slice(0, 10), calendar),
      vietnamDateOfEpochMillis(Date.parse(moved)),
    ]);
    const events = await eventually(
      () =>
        system.db.query<{ type: string; data: { from: string; to: string; revision: number } }[]>(
          `SELECT type, data FROM dossier_events WHERE dossier_id = $1 AND type = 'task.rescheduled'`,
          [dossier.body.id],
        ),
      (rows) => rows.length > 0,
    );
    expect(events.map((event) => [event.data.from, event.data.to, event.data.revision])).toEqual([
      [dueDate, vietnamDateOfEpochMillis(Date.parse(moved)), published.body.revision],
    ]);
    const notices = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications WHERE template = 'task.rescheduled'`,
    );
    expect(notices[0]?.n).toBeGreaterThanOrEqual(1);

    const inEffect = await request<{ origin: string; revision: number; official: boolean }>(
      as('demo.officer.xcm'),
      'GET',
      `/api/v1/calendar/holidays?year=${year}`,
    );
    expect([inEffect.body.origin, inEffect.body.revision, inEffect.body.official]).toEqual([
      'published',
      published.body.revision,
      true,
    ]);
    const [audit] = await system.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'legal-data.holiday-schedule.published'`,
    );
    expect(audit?.n).toBe(1);
    await expect(system.db.query(`UPDATE legal_data_publications SET key = 'x'`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('publishes a base-salary step with its decree; the table in effect shows where each step comes from', async () => {
    const table = () =>
      request<
        {
          from: string;
          vnd: number;
          origin: string;
          source: { document: string; status: string };
        }[]
      >(as('demo.officer.thlg'), 'GET', '/api/v1/legal-data/base-salary-steps');
    const builtIn = (await table()).body.find((step) => step.from === '2026-07-01');
    expect([
      builtIn?.vnd,
      builtIn?.origin,
      builtIn?.source.document,
      builtIn?.source.status,
    ]).toEqual([2_530_000, 'release', 'NĐ 161/2026/NĐ-CP', 'confirmed']);
    const step = {
      effectiveFrom: '2027-07-01',
      vnd: 2_800_000,
      source: {
        document: 'NĐ 999/2027/NĐ-CP (thử nghiệm)',
        article: '3(2)',
        status: 'unconfirmed',
      },
    };
    const published = await request<{
      revision: number;
      warnings: unknown[];
      value: { vnd: number };
      publishedBy: { name: string | null };
    }>(as('demo.admin'), 'POST', '/api/v1/legal-data/base-salary-steps', { body: step });
    expect([published.status, published.body.warnings]).toEqual([201, []]);
    expect(published.body.value.vnd).toBe(2_800_000);
    expect(published.body.publishedBy.name).toContain('Quản trị hệ thống');
    const added = (await table()).body.find((entry) => entry.from === '2027-07-01');
    expect([added?.vnd, added?.origin]).toEqual([2_800_000, 'published']);
    // The log shows each entry as the publication answered it: the same `value` and `publishedBy`.
    const log = await request<
      {
        kind: string;
        key: string;
        inEffect: boolean;
        value: { vnd: number };
        publishedBy: { name: string | null };
      }[]
    >(as('demo.officer.thlg'), 'GET', '/api/v1/legal-data/publications?kind=base-salary-step');
    expect(
      log.body.map((entry) => [entry.kind, entry.key, entry.inEffect, entry.value.vnd]),
    ).toEqual([['base-salary-step', '2027-07-01', true, 2_800_000]]);
    expect(log.body[0]?.publishedBy).toEqual(published.body.publishedBy);
  });
});
