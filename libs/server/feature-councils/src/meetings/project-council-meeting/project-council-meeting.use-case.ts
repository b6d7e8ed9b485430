import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AuditAction,
  type CouncilMeetingEvent,
  councilMeetingWorkflowId,
} from '@tdkt/contracts';
import { appendAudit, updateReturning } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';

/** The audit action of each meeting event (each has its name in the audit trail). */
const MEETING_AUDIT_ACTIONS: Record<CouncilMeetingEvent['type'], AuditAction> = {
  'meeting.scheduled': 'council-meeting.scheduled',
  'agenda.added': 'council-meeting.agenda.added',
  'agenda.removed': 'council-meeting.agenda.removed',
  'meeting.opened': 'council-meeting.opened',
  'attendance.recorded': 'council-meeting.attendance.recorded',
  'ballot.recorded': 'council-meeting.ballot.recorded',
  'meeting.closed': 'council-meeting.closed',
};

/**
 * Projects one change of a meeting into the read model with its audit row, in one transaction.
 * Idempotent and order-safe by the event's sequence number. Ballots are kept as counts only.
 */
@Injectable()
export class ProjectCouncilMeetingUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(request: { meetingId: string; event: CouncilMeetingEvent }): Promise<void> {
    const { meetingId, event } = request;
    return this.dataSource.transaction(async (manager) => {
      const [meeting] = await updateReturning<{ unit_id: string }>(
        manager,
        `UPDATE council_meetings SET last_event_seq = $2, updated_at = now()
          WHERE id = $1 AND last_event_seq < $2 RETURNING unit_id`,
        [meetingId, event.seq],
      );
      if (meeting === undefined) return;
      await applyEvent(manager, meetingId, event);
      const { seq: _seq, actorId, at: _at, type, ...data } = event;
      await appendAudit(manager, {
        action: MEETING_AUDIT_ACTIONS[type],
        entityType: 'council_meeting',
        entityId: meetingId,
        actorKind: actorId === null ? 'worker' : 'user',
        actorId,
        unitId: meeting.unit_id,
        after: data,
        workflowId: councilMeetingWorkflowId(meetingId),
        idempotencyKey: `${councilMeetingWorkflowId(meetingId)}:event:${event.seq}`,
      });
    });
  }
}

async function applyEvent(
  manager: EntityManager,
  meetingId: string,
  event: CouncilMeetingEvent,
): Promise<void> {
  switch (event.type) {
    case 'meeting.scheduled':
      return;
    case 'agenda.added':
      await manager.query(
        `INSERT INTO council_agenda_items (meeting_id, dossier_id, added_at) VALUES ($1, $2, $3)
         ON CONFLICT (meeting_id, dossier_id) DO UPDATE SET removed_at = NULL, added_at = $3`,
        [meetingId, event.dossier.dossierId, event.at],
      );
      return;
    case 'agenda.removed':
      await manager.query(
        `UPDATE council_agenda_items SET removed_at = $3 WHERE meeting_id = $1 AND dossier_id = $2`,
        [meetingId, event.dossierId, event.at],
      );
      return;
    case 'meeting.opened':
      await manager.query(
        `UPDATE council_meetings SET status = 'OPEN', opened_at = $2 WHERE id = $1`,
        [meetingId, event.at],
      );
      return;
    case 'attendance.recorded':
      await manager.query(
        `UPDATE council_meeting_members SET present = (user_id = ANY($2::uuid[])) WHERE meeting_id = $1`,
        [meetingId, event.present],
      );
      return;
    case 'ballot.recorded':
      await manager.query(
        `UPDATE council_agenda_items SET ballots_cast = $3, votes_for = $4 WHERE meeting_id = $1 AND dossier_id = $2`,
        [meetingId, event.dossierId, event.ballotsCast, event.votesFor],
      );
      return;
    case 'meeting.closed':
      for (const result of event.results) {
        await manager.query(
          `UPDATE council_agenda_items SET passed = $3, votes_required = $4, votes_for = $5
            WHERE meeting_id = $1 AND dossier_id = $2`,
          [meetingId, result.dossierId, result.passed, result.votesRequired, result.votesFor],
        );
      }
      await manager.query(
        `UPDATE council_meetings SET status = 'CLOSED', closed_at = $2 WHERE id = $1`,
        [meetingId, event.at],
      );
      return;
  }
}
