import { condition, setHandler } from '@temporalio/workflow';
import {
  addToAgendaUpdate,
  type AgendaDossier,
  type BallotTally,
  closeMeetingUpdate,
  completeTaskUpdate,
  councilMeetingRecordedUpdate,
  councilMeetingStateQuery,
  CouncilMeetingStatus,
  CouncilTaskType,
  openMeetingEarlyUpdate,
  recordAttendanceUpdate,
  recordBallotUpdate,
  removeFromAgendaUpdate,
  type TaskActor,
  type TaskCompletion,
} from '@tdkt/contracts';
import { validateCompletion } from '../shared/human-step';
import { rejectUpdate } from '../shared/rejections';
import type { MeetingRun } from './meeting-run';
import {
  attendanceProblems,
  validateAttendance,
  validateBallot,
  validateClose,
  validateEveryonePresent,
} from './validators';

/**
 * Registers every message a council meeting answers. Validators reject, before anything is recorded,
 * an action not allowed in the meeting's state or not by its secretary.
 */
export function registerMeetingHandlers(run: MeetingRun, mayOpenEarly: boolean): void {
  const { state } = run;
  setHandler(councilMeetingStateQuery, () => state);
  setHandler(councilMeetingRecordedUpdate, async () => {
    await condition(() => state.recorded);
    return state;
  });
  setHandler(
    addToAgendaUpdate,
    async ({ actor, dossier }) => {
      state.agenda.push(dossier);
      await run.project({ type: 'agenda.added', actorId: actor.userId, dossier });
      await run.tellAgenda(dossier.code, true);
      return state;
    },
    {
      validator: ({ actor, dossier }: { actor: TaskActor; dossier: AgendaDossier }) => {
        run.assertSecretary(actor);
        run.assertStatus(CouncilMeetingStatus.SCHEDULED);
        if (state.agenda.some((item) => item.dossierId === dossier.dossierId))
          rejectUpdate('DOSSIER_NOT_AWAITING_COUNCIL', 'the dossier is already on the agenda');
      },
    },
  );
  setHandler(
    removeFromAgendaUpdate,
    async ({ actor, dossierId }) => {
      const item = state.agenda.find((candidate) => candidate.dossierId === dossierId);
      state.agenda = state.agenda.filter((candidate) => candidate.dossierId !== dossierId);
      await run.project({ type: 'agenda.removed', actorId: actor.userId, dossierId });
      if (item !== undefined) await run.tellAgenda(item.code, false);
      return state;
    },
    {
      validator: ({ actor, dossierId }: { actor: TaskActor; dossierId: string }) => {
        run.assertSecretary(actor);
        run.assertStatus(CouncilMeetingStatus.SCHEDULED);
        if (!state.agenda.some((item) => item.dossierId === dossierId))
          rejectUpdate('DOSSIER_NOT_AWAITING_COUNCIL', 'the dossier is not on the agenda');
      },
    },
  );
  setHandler(
    recordAttendanceUpdate,
    ({ actor, present }) => run.recordAttendance(present, actor.userId),
    {
      validator: ({ actor, present }: { actor: TaskActor; present: string[] }) => {
        run.assertSecretary(actor);
        validateAttendance(run, present);
      },
    },
  );
  setHandler(
    recordBallotUpdate,
    async ({ actor, tally }) => {
      run.tallies.set(tally.dossierId, tally);
      state.ballots[tally.dossierId] = {
        ballotsCast: tally.castBy.length,
        votesFor: tally.votesFor,
      };
      await run.project({
        type: 'ballot.recorded',
        actorId: actor.userId,
        dossierId: tally.dossierId,
        ballotsCast: tally.castBy.length,
        votesFor: tally.votesFor,
      });
      return state;
    },
    {
      validator: ({ actor, tally }: { actor: TaskActor; tally: BallotTally }) => {
        run.assertSecretary(actor);
        validateBallot(run, tally);
      },
    },
  );
  setHandler(
    openMeetingEarlyUpdate,
    async ({ actor, present }) => {
      run.early = { by: actor.userId, present: [...present] };
      await condition(() => state.present !== null);
      return state;
    },
    {
      validator: ({ actor, present }: { actor: TaskActor; present: string[] }) => {
        run.assertSecretary(actor);
        if (!mayOpenEarly || run.early !== null)
          rejectUpdate('MEETING_STATE_NOT_ALLOWED', 'this meeting opens at its time');
        run.assertStatus(CouncilMeetingStatus.SCHEDULED);
        validateEveryonePresent(run, present);
      },
    },
  );
  setHandler(closeMeetingUpdate, ({ actor }) => run.requestClose(actor.userId), {
    validator: ({ actor }: { actor: TaskActor }) => {
      run.assertSecretary(actor);
      validateClose(run);
    },
  });
  setHandler(
    completeTaskUpdate,
    async (completion: TaskCompletion) => {
      if (completion.taskKey === CouncilTaskType.attendance)
        await run.recordAttendance(completion.outcome.present as string[], completion.actor.userId);
      else await run.requestClose(completion.actor.userId);
      return { accepted: true as const, stage: state.status };
    },
    {
      validator: (completion: TaskCompletion) => {
        validateCompletion(run.steps, completion, {
          candidatesInWords: () => 'only the council secretary runs the meeting',
          outcomeProblems: (step, outcome) =>
            step.taskKey === CouncilTaskType.attendance ? attendanceProblems(outcome) : [],
        });
        if (completion.taskKey === CouncilTaskType.attendance)
          validateAttendance(run, completion.outcome.present as string[]);
        else validateClose(run);
      },
    },
  );
}
