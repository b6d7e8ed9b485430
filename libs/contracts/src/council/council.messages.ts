import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TaskActor } from '../inbox/inbox.messages';
import type { AgendaDossier, BallotTally, CouncilMeetingState } from './council.types';

/** Current status, agenda, attendance, tallies and results of a meeting. */
export const councilMeetingStateQuery = defineQuery<CouncilMeetingState>('councilMeetingState');

/** Resolves once the read model shows the meeting; sent right after the start. */
export const councilMeetingRecordedUpdate =
  defineUpdate<CouncilMeetingState>('councilMeetingRecorded');

/** Puts a dossier waiting for this level's council on the agenda (until the meeting opens). */
export const addToAgendaUpdate = defineUpdate<
  CouncilMeetingState,
  [{ actor: TaskActor; dossier: AgendaDossier }]
>('addToAgenda');

/** Takes a dossier off the agenda (until the meeting opens). */
export const removeFromAgendaUpdate = defineUpdate<
  CouncilMeetingState,
  [{ actor: TaskActor; dossierId: string }]
>('removeFromAgenda');

/** The secretary records who is present, once the meeting has opened. */
export const recordAttendanceUpdate = defineUpdate<
  CouncilMeetingState,
  [{ actor: TaskActor; present: string[] }]
>('recordAttendance');

/** The secretary records one dossier's ballot (again, to correct it, until the meeting closes). */
export const recordBallotUpdate = defineUpdate<
  CouncilMeetingState,
  [{ actor: TaskActor; tally: BallotTally }]
>('recordBallot');

/** Closes the meeting: results, minutes, and a signal to every dossier on the agenda. */
export const closeMeetingUpdate = defineUpdate<CouncilMeetingState, [{ actor: TaskActor }]>(
  'closeMeeting',
);

/**
 * The secretary opens the meeting before its time because every member is already present: the
 * attendance is recorded with it, and the opening is audited as early.
 */
export const openMeetingEarlyUpdate = defineUpdate<
  CouncilMeetingState,
  [{ actor: TaskActor; present: string[] }]
>('openMeetingEarly');
