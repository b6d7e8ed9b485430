import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UpdateDefinition } from '@temporalio/client';
import {
  addToAgendaUpdate,
  AppError,
  type AuthenticatedUser,
  type BallotTally,
  closeMeetingUpdate,
  type CouncilMeetingState,
  openMeetingEarlyUpdate,
  recordAttendanceUpdate,
  recordBallotUpdate,
  removeFromAgendaUpdate,
  SEPARATION_OF_DUTIES_MESSAGES,
  separationOfDutiesViolation,
  type TaskActor,
} from '@tdkt/contracts';
import { awardOf, getRuleSet } from '@tdkt/domain';
import { ActorRoles } from '@tdkt/server-feature-inbox';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';

/**
 * What the council's secretary does to a meeting through the API: the agenda, attendance, ballots and
 * closing. Each is an update the meeting workflow validates, safe to send again (the same request
 * returns its first answer); the checks that need the read model (the dossier awaits this council,
 * the initiative authors) are made here first.
 */
@Injectable()
export class CouncilMeetingActionsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
    private readonly roles: ActorRoles,
  ) {}

  async addToAgenda(
    meetingId: string,
    dossierId: string,
    user: AuthenticatedUser,
  ): Promise<CouncilMeetingState> {
    const meeting = await this.meeting(meetingId);
    const [dossier] = await this.dataSource.query<
      {
        code: string;
        nominee_name: string;
        award_code: string;
        rule_set_id: string;
        stage: string;
        current_unit_id: string;
        elsewhere: boolean;
      }[]
    >(
      `SELECT d.code, d.nominee_name, d.award_code, d.rule_set_id, d.stage, d.current_unit_id,
              EXISTS (SELECT 1 FROM council_agenda_items i JOIN council_meetings m ON m.id = i.meeting_id
                       WHERE i.dossier_id = d.id AND i.removed_at IS NULL AND m.status <> 'CLOSED' AND m.id <> $2) AS elsewhere
         FROM dossiers d WHERE d.id = $1`,
      [dossierId, meetingId],
    );
    if (dossier === undefined) throw new AppError('DOSSIER_NOT_FOUND');
    if (
      dossier.stage !== 'COUNCIL_PENDING' ||
      dossier.current_unit_id !== meeting.unitId ||
      dossier.elsewhere
    )
      throw new AppError('DOSSIER_NOT_AWAITING_COUNCIL');
    const award = awardOf(getRuleSet(dossier.rule_set_id), dossier.award_code);
    const initiativeAuthorIds = await initiativeAuthorsOf(this.dataSource, dossierId);
    return this.send(user, meeting, addToAgendaUpdate, (actor) => ({
      actor,
      dossier: {
        dossierId,
        code: dossier.code,
        nomineeName: dossier.nominee_name,
        awardCode: dossier.award_code,
        awardName: award.name.vi,
        ruleSetId: dossier.rule_set_id,
        initiativeAuthorIds,
      },
    }));
  }

  async removeFromAgenda(meetingId: string, dossierId: string, user: AuthenticatedUser) {
    const meeting = await this.meeting(meetingId);
    return this.send(user, meeting, removeFromAgendaUpdate, (actor) => ({ actor, dossierId }));
  }

  async recordAttendance(meetingId: string, present: string[], user: AuthenticatedUser) {
    const meeting = await this.meeting(meetingId);
    return this.send(user, meeting, recordAttendanceUpdate, (actor) => ({ actor, present }));
  }

  /** Opens the meeting before its time, every member being present; the attendance is recorded with it. */
  async openEarly(meetingId: string, present: string[], user: AuthenticatedUser) {
    const meeting = await this.meeting(meetingId);
    return this.send(user, meeting, openMeetingEarlyUpdate, (actor) => ({ actor, present }));
  }

  async recordBallot(meetingId: string, tally: BallotTally, user: AuthenticatedUser) {
    const meeting = await this.meeting(meetingId);
    const authors = await initiativeAuthorsOf(this.dataSource, tally.dossierId);
    for (const voter of tally.castBy) {
      const reason = separationOfDutiesViolation({
        actorId: voter,
        action: 'vote',
        dossierAuthorId: null,
        initiativeAuthorIds: authors,
      });
      if (reason !== null)
        throw new AppError(
          'SEPARATION_OF_DUTIES',
          [{ field: 'castBy', rule: reason, message: SEPARATION_OF_DUTIES_MESSAGES[reason] }],
          SEPARATION_OF_DUTIES_MESSAGES[reason],
        );
    }
    return this.send(user, meeting, recordBallotUpdate, (actor) => ({ actor, tally }));
  }

  async close(meetingId: string, user: AuthenticatedUser) {
    const meeting = await this.meeting(meetingId);
    return this.send(user, meeting, closeMeetingUpdate, (actor) => ({ actor }));
  }

  /**
   * The meeting to act on. A closed one takes nothing more; its workflow may have ended already, and
   * an update to an ended workflow would only say that the workflow is gone.
   */
  private async meeting(meetingId: string): Promise<{ unitId: string; workflowId: string }> {
    const [row] = await this.dataSource.query<
      { unit_id: string; workflow_id: string; status: string }[]
    >(`SELECT unit_id, workflow_id, status FROM council_meetings WHERE id = $1`, [meetingId]);
    if (row === undefined) throw new AppError('COUNCIL_MEETING_NOT_FOUND');
    if (row.status === 'CLOSED') throw new AppError('MEETING_STATE_NOT_ALLOWED');
    return { unitId: row.unit_id, workflowId: row.workflow_id };
  }

  private async send<Request>(
    user: AuthenticatedUser,
    meeting: { unitId: string; workflowId: string },
    update: UpdateDefinition<CouncilMeetingState, [Request]>,
    request: (actor: TaskActor) => Request,
  ): Promise<CouncilMeetingState> {
    const actor = { userId: user.id, roles: await this.roles.over(user, meeting.unitId) };
    return this.updates.execute(meeting.workflowId, update, [request(actor)]);
  }
}

/** Authors of the initiatives a dossier cites (they may not vote on it). */
export async function initiativeAuthorsOf(
  dataSource: DataSource,
  dossierId: string,
): Promise<string[]> {
  const rows = await dataSource.query<{ author_id: string }[]>(
    `SELECT DISTINCT unnest(i.author_ids) AS author_id
       FROM initiatives i JOIN dossiers d ON i.id::text IN (SELECT jsonb_array_elements_text(d.initiative_ids))
      WHERE d.id = $1`,
    [dossierId],
  );
  return rows.map((row) => row.author_id);
}
