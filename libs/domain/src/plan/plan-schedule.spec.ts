import { planItemDueOn, quarterDeadline } from './plan-model';
import { planItemSchedule, planSchedule, quarterSchedules } from './plan-schedule';

const reminderDays = (dueOn: string, quarter: 1 | 2 | 3 | 4, offsets = [10, 3]) =>
  planItemSchedule(2024, { quarter, dueOn, kind: 'event' }, offsets).reminders.map((r) => r.on);

describe('plan schedule (2024 official calendar)', () => {
  it.each<[string, 1 | 2 | 3 | 4, string[], number[]?]>([
    // Due Tue 11/6: 3 working days back = Thu 6/6; 10 back = Tue 28/5.
    ['2024-06-11', 2, ['2024-05-28', '2024-06-06']],
    // Due Sun 31/3 (quarter end): Fri 29 = 1 … Mon 18 = 10; Wed 27 = 3.
    ['2024-03-31', 1, ['2024-03-18', '2024-03-27']],
    // Due Tue 20/2, after Tết (8–14/2 off): Mon 19 = 1, Fri 16 = 2, Thu 15 = 3; then Wed 7/2 = 4 … Tue 30/1 = 10.
    ['2024-02-20', 1, ['2024-01-30', '2024-02-15']],
    // Due Mon 6/5, after the 30/4 break (27/4–1/5 off, Sat 4/5 worked): Sat 4 = 1, Fri 3 = 2, Thu 2 = 3;
    // Fri 26/4 = 4 … Mon 22/4 = 8, Fri 19 = 9, Thu 18/4 is Giỗ Tổ, so Wed 17/4 = 10.
    ['2024-05-06', 2, ['2024-04-17', '2024-05-02']],
    // Due Tue 7/5: Mon 6 = 1 and the worked Saturday 4/5 = 2.
    ['2024-05-07', 2, ['2024-05-04'], [2]],
  ])('due %s: reminders on %j', (dueOn, quarter, expected, offsets = [10, 3]) => {
    expect(reminderDays(dueOn, quarter, offsets)).toEqual(expected);
  });

  it('sends reminders, overdue notices and summaries at 08:00 in Hà Nội (01:00 UTC)', () => {
    const schedule = planItemSchedule(
      2024,
      { quarter: 2, dueOn: '2024-06-11', kind: 'event' },
      [3],
    );
    expect(schedule.reminders).toEqual([
      { on: '2024-06-06', at: '2024-06-06T01:00:00Z', workingDaysBefore: 3 },
    ]);
    expect(schedule.overdue).toEqual({ on: '2024-06-12', at: '2024-06-12T01:00:00Z' });
    expect(schedule.window).toBeNull();
  });

  it('puts the overdue notice on the first working day after the due date', () => {
    const q2End = planItemSchedule(2024, { quarter: 2, dueOn: '2024-06-30', kind: 'event' }, [3]);
    expect(q2End.overdue.on).toBe('2024-07-01');
    const beforeBreak = planItemSchedule(
      2024,
      { quarter: 2, dueOn: '2024-04-26', kind: 'event' },
      [3],
    );
    expect(beforeBreak.overdue.on).toBe('2024-05-02');
  });

  it('opens a window on the quarter’s first working day and closes it when the due day ends', () => {
    const batch = planItemSchedule(
      2024,
      { quarter: 2, dueOn: '2024-06-30', kind: 'dossier-batch' },
      [3],
    );
    expect(batch.window).toEqual({
      opensAt: '2024-04-01T01:00:00Z',
      closesAt: '2024-06-30T17:00:00Z',
    });
  });

  it('summarises each quarter on the first working day after its deadline (Q1 and Q2 end on Sundays: due Monday, summarised Tuesday; Q4: 2 January, after New Year)', () => {
    expect(quarterSchedules(2024).map((q) => q.summary.on)).toEqual([
      '2024-04-02',
      '2024-07-02',
      '2024-10-01',
      '2025-01-02',
    ]);
  });

  it('schedules every item of a plan by key', () => {
    const schedule = planSchedule({
      year: 2024,
      reminderOffsets: [10, 3],
      items: [
        { key: 'a', quarter: 2, dueOn: '2024-06-11', kind: 'event' },
        { key: 'b', quarter: 3, dueOn: '2024-09-30', kind: 'registration' },
      ],
    });
    expect(Object.keys(schedule.items)).toEqual(['a', 'b']);
    expect(schedule.items.b!.window).not.toBeNull();
    expect(schedule.quarters).toHaveLength(4);
  });
});

describe('quarter deadlines', () => {
  it.each([
    [2024, 1, '2024-04-01'], // 31/03/2024 is a Sunday
    [2024, 2, '2024-07-01'], // 30/06/2024 is a Sunday
    [2024, 3, '2024-09-30'], // a Monday
    [2024, 4, '2024-12-31'], // a Tuesday
    [2025, 3, '2025-09-30'],
  ] as const)(
    'the items of %i Q%i without a date of their own are due on %s',
    (year, quarter, due) => {
      expect(quarterDeadline(year, quarter)).toBe(due);
      expect(planItemDueOn(year, { quarter, due: null })).toBe(due);
    },
  );

  it('keeps a date the plan states', () => {
    expect(planItemDueOn(2024, { quarter: 2, due: '2024-06-30' })).toBe('2024-06-30');
  });
});
