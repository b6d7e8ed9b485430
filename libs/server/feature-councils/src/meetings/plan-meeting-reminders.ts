import {
  HolidayCalendar,
  localTimeToUtcIso,
  REMINDER_TIME,
  vietnamDateOfEpochMillis,
  workingDaysBefore,
} from '@tdkt/domain';

/**
 * Reminder instants before a meeting: 08:00 Vietnam time on the working day `offset` working days
 * before the meeting's date, for each offset, leaving out those already past.
 */
export function planMeetingReminders(
  request: {
    scheduledAt: string;
    now: string;
    offsetsWorkingDays: number[];
  },
  calendar: HolidayCalendar = HolidayCalendar.BUILT_IN,
): { offsetWorkingDays: number; at: string }[] {
  const meetingDay = vietnamDateOfEpochMillis(Date.parse(request.scheduledAt));
  return [...new Set(request.offsetsWorkingDays)]
    .sort((a, b) => b - a)
    .map((offset) => ({
      offsetWorkingDays: offset,
      at: localTimeToUtcIso(workingDaysBefore(meetingDay, offset, calendar), REMINDER_TIME),
    }))
    .filter(
      (reminder) =>
        Date.parse(reminder.at) > Date.parse(request.now) &&
        Date.parse(reminder.at) < Date.parse(request.scheduledAt),
    );
}
