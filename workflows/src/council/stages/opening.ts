import { condition } from '@temporalio/workflow';
import { CouncilMeetingStatus } from '@tdkt/contracts';
import { getRuleSet } from '@tdkt/domain';
import { nowIso, sleepUntil } from '../../shared/time';
import { meetingActivities as activities } from '../activities';
import type { MeetingRun } from '../meeting-run';

/**
 * Before the meeting: members are invited and reminded on durable timers until it opens at its
 * time, or earlier when the secretary opens it with every member present (`mayOpenEarly`). Returns
 * whether they did (the attendance is then recorded).
 */
export async function inviteAndOpen(run: MeetingRun, mayOpenEarly: boolean): Promise<boolean> {
  const { input, state } = run;
  await run.notifyMembers('invited', 'council.meeting.invited', {});

  const reminders = await activities.planMeetingReminders({
    scheduledAt: input.scheduledAt,
    now: nowIso(),
    offsetsWorkingDays: [...getRuleSet(input.ruleSetId).timeLimits.reminderOffsetsWorkingDays],
  });
  /** Waits until the instant, or until the secretary opens the meeting early: true if they did. */
  const openedBefore = async (instant: string): Promise<boolean> => {
    if (!mayOpenEarly) {
      await sleepUntil(instant);
      return false;
    }
    const remaining = Date.parse(instant) - Date.now();
    if (remaining > 0 && run.early === null) await condition(() => run.early !== null, remaining);
    return run.early !== null;
  };
  for (const reminder of reminders) {
    if (await openedBefore(reminder.at)) break;
    await run.notifyMembers(`reminder:${reminder.offsetWorkingDays}`, 'council.meeting.reminder', {
      workingDaysLeft: reminder.offsetWorkingDays,
    });
  }
  await openedBefore(input.scheduledAt);
  state.status = CouncilMeetingStatus.OPEN;
  const early = run.early;
  await run.project({
    type: 'meeting.opened',
    actorId: early?.by ?? null,
    ...(early === null ? {} : { early: { scheduledAt: input.scheduledAt } }),
  });
  if (early !== null) await run.recordAttendance(early.present, early.by);
  return early !== null;
}
