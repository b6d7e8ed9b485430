import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type CouncilMeetingSummary, MEETING_COLUMNS, MEETINGS } from '../council-meeting-view';

/**
 * Meetings of units in scope ('all' for a grant on the root) and those the reader sits on, latest
 * first.
 */
@Injectable()
export class ListCouncilMeetingsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(scope: string[] | 'all', readerId: string): Promise<CouncilMeetingSummary[]> {
    const filter =
      scope === 'all'
        ? 'TRUE'
        : `(m.unit_id = ANY($2::uuid[]) OR EXISTS (SELECT 1 FROM council_meeting_members s WHERE s.meeting_id = m.id AND s.user_id = $1))`;
    return this.dataSource.query(
      `SELECT ${MEETING_COLUMNS},
              (SELECT count(*)::int FROM council_meeting_members s WHERE s.meeting_id = m.id) AS "membersTotal",
              (SELECT count(*)::int FROM council_agenda_items i WHERE i.meeting_id = m.id AND i.removed_at IS NULL) AS "agendaTotal",
              (SELECT s.position FROM council_meeting_members s WHERE s.meeting_id = m.id AND s.user_id = $1) AS "myPosition"
         FROM ${MEETINGS} WHERE ${filter} ORDER BY m.scheduled_at DESC LIMIT 200`,
      scope === 'all' ? [readerId] : [readerId, scope],
    );
  }
}
