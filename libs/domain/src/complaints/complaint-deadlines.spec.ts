import { computeStepSchedule } from '../calendar/step-schedule';
import {
  checkFiling,
  type ComplaintInstance,
  lastDayOfLimit,
  settlementLimit,
} from './complaint-deadlines';
import {
  type ComplaintLimit,
  type ComplaintRules,
  complaintRulesById,
  complaintRulesOn,
} from './complaint-rules';
import { REVOCATION_GROUNDS } from './revocation-grounds';

const LAW_2011 = complaintRulesById('complaints-2011') as ComplaintRules;
const LAW_2026 = complaintRulesById('complaints-2026-07') as ComplaintRules;

describe('complaint rules by date', () => {
  it.each([
    ['2026-06-30', 'complaints-2011'],
    ['2026-07-01', 'complaints-2026-07'],
    ['2026-12-07', 'complaints-2026-07'],
  ])('Law 136/2025/QH15 in force 1/7/2026: on %s the rules are %s', (date, id) => {
    expect(complaintRulesOn(date).id).toBe(id);
  });

  it('keeps the 2011 figures after Law 136/2025 but marks every one unconfirmed', () => {
    const instances = [LAW_2026.firstInstance, LAW_2026.secondInstance];
    const limits: ComplaintLimit[] = [
      LAW_2026.filing,
      LAW_2026.acceptance,
      ...instances.flatMap((limit) => [
        limit.normal,
        limit.complex,
        limit.remote,
        limit.remoteComplex,
      ]),
    ];
    expect(limits.every((limit) => limit.source.status === 'unconfirmed')).toBe(true);
    expect([LAW_2026.filing.days, LAW_2026.acceptance.days]).toEqual([90, 10]);
  });
});

describe('settlement limit (calendar days from acceptance)', () => {
  it.each<[string, ComplaintRules, ComplaintInstance, boolean, boolean, number, string]>([
    ['Luật Khiếu nại 2011 Art. 28, normal', LAW_2011, 1, false, false, 30, '28'],
    ['Luật Khiếu nại 2011 Art. 28, complex', LAW_2011, 1, true, false, 45, '28'],
    ['Luật Khiếu nại 2011 Art. 28, remote area', LAW_2011, 1, false, true, 45, '28'],
    ['Luật Khiếu nại 2011 Art. 28, remote and complex', LAW_2011, 1, true, true, 60, '28'],
    ['Luật Khiếu nại 2011 Art. 37, normal', LAW_2011, 2, false, false, 45, '37'],
    ['Luật Khiếu nại 2011 Art. 37, complex', LAW_2011, 2, true, false, 60, '37'],
    ['Luật Khiếu nại 2011 Art. 37, remote area', LAW_2011, 2, false, true, 60, '37'],
    ['Luật Khiếu nại 2011 Art. 37, remote and complex', LAW_2011, 2, true, true, 70, '37'],
    ['Luật 136/2025/QH15 (unconfirmed) Art. 28, complex', LAW_2026, 1, true, false, 45, '28'],
  ])('%s', (_name, rules, instance, complex, remote, days, article) => {
    const limit = settlementLimit(rules, instance, { complex, remote });
    expect(limit.days).toBe(days);
    expect(limit.source.article).toBe(article);
  });
});

describe('last day of a limit in calendar days (BLDS 2015 Art. 147–148)', () => {
  it.each([
    ['acceptance, Art. 27: 10 days from Mon 7/12/2026', '2026-12-07', 10, '2026-12-17'],
    ['settlement, Art. 28: 30 days from Mon 2/3/2026', '2026-03-02', 30, '2026-04-01'],
    ['complex, Art. 28: 45 days from Mon 2/3/2026', '2026-03-02', 45, '2026-04-16'],
    [
      'remote and complex, Art. 28: 60 days end on 1/5 (holiday), then the weekend → Mon 4/5',
      '2026-03-02',
      60,
      '2026-05-04',
    ],
    ['second instance remote complex, Art. 37: 70 days', '2026-03-02', 70, '2026-05-11'],
    [
      'filing, Art. 9: 90 days from 5/1/2026 end on Sunday 5/4 → Mon 6/4',
      '2026-01-05',
      90,
      '2026-04-06',
    ],
  ])('%s', (_name, from, days, lastDay) => {
    expect(lastDayOfLimit(from, days)).toBe(lastDay);
  });

  it('agrees with the step schedule of the workflow (calendarDays limit)', () => {
    const schedule = computeStepSchedule({
      startAt: '2026-12-07T03:00:00Z',
      calendarDays: 10,
      reminderOffsetsWorkingDays: [3, 1],
      overdueGraceWorkingDays: 0,
    });
    expect(schedule.dueDate).toBe('2026-12-17');
    expect(schedule.reminders.map((reminder) => reminder.at)).toEqual([
      '2026-12-14T01:00:00Z',
      '2026-12-16T01:00:00Z',
    ]);
    expect(schedule.overdueAt).toBe('2026-12-18T01:00:00Z');
  });
});

describe('filing window (Luật Khiếu nại Art. 9 and 33)', () => {
  const confirmedFiling: ComplaintRules = {
    ...LAW_2011,
    filing: { ...LAW_2011.filing, source: { ...LAW_2011.filing.source, status: 'confirmed' } },
  };
  it.each<
    [string, ComplaintRules, ComplaintInstance, string, string, number, boolean, string, string]
  >([
    [
      'Art. 9: on the rolled last day',
      LAW_2011,
      1,
      '2026-01-05',
      '2026-04-06',
      0,
      false,
      '2026-04-06',
      'in-time',
    ],
    [
      'Art. 9 (unconfirmed): late warns',
      LAW_2011,
      1,
      '2026-01-05',
      '2026-04-10',
      0,
      false,
      '2026-04-06',
      'late-warning',
    ],
    [
      'Art. 9: 10 obstacle days not counted',
      LAW_2011,
      1,
      '2026-01-05',
      '2026-04-10',
      10,
      false,
      '2026-04-15',
      'in-time',
    ],
    [
      'Art. 9 if confirmed: late refuses',
      confirmedFiling,
      1,
      '2026-01-05',
      '2026-04-10',
      0,
      false,
      '2026-04-06',
      'late-refused',
    ],
    [
      'Art. 33: second complaint within 30 days',
      LAW_2011,
      2,
      '2026-03-02',
      '2026-04-01',
      0,
      false,
      '2026-04-01',
      'in-time',
    ],
    [
      'Art. 33: remote area 45 days',
      LAW_2011,
      2,
      '2026-03-02',
      '2026-04-10',
      0,
      true,
      '2026-04-16',
      'in-time',
    ],
    [
      'Law 136/2025 (unconfirmed): late warns',
      LAW_2026,
      1,
      '2026-07-01',
      '2026-12-07',
      0,
      false,
      '2026-09-29',
      'late-warning',
    ],
  ])('%s', (_name, rules, instance, knownOn, filedOn, obstacleDays, remote, lastDay, verdict) => {
    const check = checkFiling(rules, { instance, knownOn, filedOn, obstacleDays, remote });
    expect(check.lastDay).toBe(lastDay);
    expect(check.verdict).toBe(verdict);
  });

  it('refuses a complaint said to be known after it was filed', () => {
    expect(() =>
      checkFiling(LAW_2011, {
        instance: 1,
        knownOn: '2026-04-02',
        filedOn: '2026-04-01',
        obstacleDays: 0,
        remote: false,
      }),
    ).toThrow(/knownOn/);
  });
});

describe('revocation grounds (Law 06/2022/QH15 Art. 93(2))', () => {
  it.each([
    ['93.2.a', '93(2)(a)'],
    ['93.2.b', '93(2)(b)'],
    ['93.2.c', '93(2)(c)'],
    ['93.2.d', '93(2)(d)'],
  ])('ground %s cites Art. %s', (code, article) => {
    const ground = REVOCATION_GROUNDS.find((candidate) => candidate.code === code);
    expect(ground?.source.article).toBe(article);
    expect(ground?.text.vi.length).toBeGreaterThan(20);
  });
});
