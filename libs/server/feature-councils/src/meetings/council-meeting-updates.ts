import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UpdateDefinition } from '@temporalio/client';
import {
  AppError,
  type AuthenticatedUser,
  type CouncilMeetingState,
  type TaskActor,
} from '@tdkt/contracts';
import { ActorRoles } from '@tdkt/server-feature-inbox';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';

/** An open meeting, as the secretary's actions address it. */
export interface OpenMeeting {
  unitId: string;
  workflowId: string;
}

/**
 * What the secretary's actions on a meeting share: each is an update the meeting workflow validates,
 * safe to send again (the same request returns its first answer).
 */
@Injectable()
export class CouncilMeetingUpdates {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
    private readonly roles: ActorRoles,
  ) {}

  /**
   * The meeting to act on. A closed one takes nothing more; its workflow may have ended already, and
   * an update to an ended workflow would only say that the workflow is gone.
   */
  async meeting(meetingId: string): Promise<OpenMeeting> {
    const [row] = await this.dataSource.query<
      { unit_id: string; workflow_id: string; status: string }[]
    >(`SELECT unit_id, workflow_id, status FROM council_meetings WHERE id = $1`, [meetingId]);
    if (row === undefined) throw new AppError('COUNCIL_MEETING_NOT_FOUND');
    if (row.status === 'CLOSED') throw new AppError('MEETING_STATE_NOT_ALLOWED');
    return { unitId: row.unit_id, workflowId: row.workflow_id };
  }

  /** Sends `update` to the meeting's workflow as `user`, with the roles they hold over its unit. */
  async send<Request>(
    user: AuthenticatedUser,
    meeting: OpenMeeting,
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
