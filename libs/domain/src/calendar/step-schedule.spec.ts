import { computeStepSchedule } from './step-schedule';
import { HolidayCalendar } from './holidays';
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

  it('gives a dossier received on 10/11/2026 its 20-working-day appraisal deadline on 9/12/2026 (NQ 28/2026/QH16: 24/11 off), not provisional', () => {
    const schedule = computeStepSchedule({
      startAt: '2026-11-10T03:00:00Z',
      clock: StatutoryClock.start('2026-11-10', 20).toJSON(),
      reminderOffsetsWorkingDays: [3, 1],
      overdueGraceWorkingDays: 0,
    });
    expect(schedule.dueDate).toBe('2026-12-09');
    expect(schedule.dueAt).toBe('2026-12-09T10:00:00Z');
    expect(schedule.reminders.map((reminder) => reminder.at)).toEqual([
      '2026-12-04T01:00:00Z',
      '2026-12-08T01:00:00Z',
    ]);
    expect(schedule.provisional).toBe(false);
    expect(schedule.calendarRevision).toBe(0);
  });

  it('marks a step running into a year without an official schedule as provisional, until one is published', () => {
    const request = {
      startAt: '2026-12-21T03:00:00Z',
      workingDays: 20,
      reminderOffsetsWorkingDays: [1],
      overdueGraceWorkingDays: 0,
    };
    expect(computeStepSchedule(request).provisional).toBe(true);
    const published = HolidayCalendar.BUILT_IN.withSchedules(
      [
        {
          year: 2027,
          breaks: [
            {
              from: '2027-01-01',
              to: '2027-01-03',
              name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
              source: { document: 'Thông báo X/TB-BNV', status: 'confirmed' },
            },
          ],
          workingSaturdays: [],
        },
      ],
      3,
    );
    const official = computeStepSchedule(request, published);
    expect(official.provisional).toBe(false);
    expect(official.calendarRevision).toBe(3);
  });
});
