import { planMeetingReminders } from './plan-meeting-reminders';

describe('meeting reminders', () => {
  it('falls on working days at 08:00 Vietnam time, skipping the weekend', () => {
    // Monday 16 December 2024, 08:00 in Vietnam.
    const reminders = planMeetingReminders({
      scheduledAt: '2024-12-16T01:00:00.000Z',
      now: '2024-12-01T00:00:00.000Z',
      offsetsWorkingDays: [1, 3],
    });
    expect(reminders).toEqual([
      { offsetWorkingDays: 3, at: '2024-12-11T01:00:00Z' },
      { offsetWorkingDays: 1, at: '2024-12-13T01:00:00Z' },
    ]);
  });

  it('leaves out reminders already past', () => {
    expect(
      planMeetingReminders({
        scheduledAt: '2024-12-16T01:00:00.000Z',
        now: '2024-12-12T00:00:00.000Z',
        offsetsWorkingDays: [3, 1],
      }).map((reminder) => reminder.offsetWorkingDays),
    ).toEqual([1]);
  });
});
