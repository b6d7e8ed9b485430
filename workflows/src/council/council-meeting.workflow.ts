import { allHandlersFinished, condition, patched } from '@temporalio/workflow';
import type { CouncilMeetingInput, CouncilMeetingState } from '@tdkt/contracts';
import { meetingActivities as activities } from './activities';
import { registerMeetingHandlers } from './handlers';
import { MeetingRun } from './meeting-run';
import { inviteAndOpen } from './stages/opening';
import { closeWithResults } from './stages/results';
import { secretarySteps } from './stages/secretary';

/**
 * Members hear the agenda when the meeting opens (the invitation may have gone out before any dossier
 * was on it) and the results once it closes, with the minutes to read.
 */
const MEMBERS_HEAR_AGENDA_AND_RESULTS = 'members-hear-agenda-and-results';

/** The secretary may open the meeting before its time when every member is present. */
const SECRETARY_MAY_OPEN_EARLY = 'secretary-may-open-early';

/**
 * One meeting of a level's Emulation & Commendation Council (Hội đồng Thi đua - Khen thưởng): the
 * agenda is built until the meeting opens at its time, members are invited and reminded on durable
 * timers, the secretary records attendance and each dossier's ballot (counts only for a secret
 * ballot), and closing computes every result, renders the minutes and tells each dossier. A closed
 * meeting is never voted again; a correction is a new meeting.
 */
export async function councilMeetingWorkflow(
  input: CouncilMeetingInput,
): Promise<CouncilMeetingState> {
  const run = new MeetingRun(input);
  const mayOpenEarly = patched(SECRETARY_MAY_OPEN_EARLY);
  registerMeetingHandlers(run, mayOpenEarly);

  await activities.recordCouncilMeeting(input);
  run.state.recorded = true;
  await run.project({ type: 'meeting.scheduled', actorId: input.createdBy });
  const openedEarly = await inviteAndOpen(run, mayOpenEarly);

  const membersHear = patched(MEMBERS_HEAR_AGENDA_AND_RESULTS);
  if (membersHear && run.state.agenda.length > 0)
    await run.notifyMembers('agenda', 'council.meeting.agenda', {
      agenda: run.state.agenda
        .map((item) => `${item.code} (${item.nomineeName} — ${item.awardName})`)
        .join('; '),
    });
  // Opened early, the attendance is already recorded: no task for it.
  await secretarySteps(run, openedEarly);
  await closeWithResults(run, membersHear);
  await condition(allHandlersFinished);
  return run.state;
}
