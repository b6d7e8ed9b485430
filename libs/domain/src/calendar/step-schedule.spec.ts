import { computeStepSchedule } from './step-schedule';
import { StatutoryClock } from './statutory-clock';

describe('computeStepSchedule', () => {
  it.each([
    // Start Wed 2025-01-22 09:00 ICT; 20 working days across Tết Ất Tỵ (25/01–02/02, Sat 08/02 worked) → Tue 25/02.
    // Reminders 3 and 1 working days before: Thu 20/02 and Mon 24/02; overdue (grace 0): Wed 26/02 08:00.
    [
      '2025-01-22T02:00:00Z',
      20,
      [3, 1],
      0,
      '2025-02-25',
      ['2025-02-20T01:00:00Z', '2025-02-24T01:00:00Z'],
      '2025-02-26T01:00:00Z',
    ],
    // Start Thu 2024-04-25; 5 working days across 27/04–01/05/2024 (Sat 04/05 worked for Mon 29/04):
    // 26/04, 02/05, 03/05, 04/05 (Sat), 06/05 → due Mon 06/05; 3 before = Thu 02/05; grace 1 → overdue Wed 08/05.
    [
      '2024-04-25T03:00:00Z',
      5,
      [3],
      1,
      '2024-05-06',
      ['2024-05-02T01:00:00Z'],
      '2024-05-08T01:00:00Z',
    ],
  ])(
    'from %s plus %i working days',
    (startAt, workingDays, offsets, grace, dueDate, reminders, overdueAt) => {
      const schedule = computeStepSchedule({
        startAt,
        workingDays,
        reminderOffsetsWorkingDays: offsets,
        overdueGraceWorkingDays: grace,
      });

      expect(schedule.dueDate).toBe(dueDate);
      expect(schedule.dueAt).toBe(`${dueDate}T10:00:00Z`);
      expect(schedule.reminders.map((r) => r.at)).toEqual(reminders);
      expect(schedule.overdueAt).toBe(overdueAt);
    },
  );

  it('leaves out reminders that would fall before the step starts', () => {
    // Two working days from Mon 2024-06-03: due Wed 05/06; a 3-day reminder would be Fri 31/05, already past.
    const schedule = computeStepSchedule({
      startAt: '2024-06-03T02:00:00Z',
      workingDays: 2,
      reminderOffsetsWorkingDays: [3, 1],
      overdueGraceWorkingDays: 0,
    });

    expect(schedule.dueDate).toBe('2024-06-05');
    expect(schedule.reminders).toEqual([{ offsetWorkingDays: 1, at: '2024-06-04T01:00:00Z' }]);
  });

  it('takes the due date of a paused and resumed statutory clock', () => {
    // 10 working days from Mon 2024-06-03; paused after Wed 05/06 (2 used), resumed Mon 10/06: 8 more → Thu 20/06.
    const clock = StatutoryClock.start('2024-06-03', 10)
      .pause('2024-06-05')
      .resume('2024-06-10')
      .toJSON();
    const schedule = computeStepSchedule({
      startAt: '2024-06-10T02:00:00Z',
      clock,
      reminderOffsetsWorkingDays: [],
      overdueGraceWorkingDays: 0,
    });

    expect(schedule.dueDate).toBe('2024-06-20');
  });
});
