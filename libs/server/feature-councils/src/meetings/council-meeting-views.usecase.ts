import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { documentsOf, type StoredDocument } from '../documents/store-document';

export interface CouncilMeetingView {
  id: string;
  unitId: string;
  level: string;
  ruleSetId: string;
  title: string;
  /** When it opens, in Vietnam time with its offset: `2024-12-16T08:00:00+07:00`. */
  scheduledAt: string;
  location: string;
  status: string;
  correctsMeetingId: string | null;
  members: { userId: string; fullName: string; position: string; present: boolean | null }[];
  agenda: {
    dossierId: string;
    code: string;
    nomineeName: string;
    awardCode: string;
    ballotsCast: number | null;
    votesFor: number | null;
    votesRequired: number | null;
    passed: boolean | null;
  }[];
  documents: StoredDocument[];
}

const MEETING_COLUMNS = `id, unit_id AS "unitId", level, rule_set_id AS "ruleSetId", title,
  to_char(scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"') AS "scheduledAt", location, status,
  corrects_meeting_id AS "correctsMeetingId"`;

/** Meetings as people read them, and the dossiers a council can put on its agenda. */
@Injectable()
export class CouncilMeetingViewsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(meetingId: string): Promise<CouncilMeetingView> {
    const [meeting] = await this.dataSource.query<
      Omit<CouncilMeetingView, 'members' | 'agenda' | 'documents'>[]
    >(`SELECT ${MEETING_COLUMNS} FROM council_meetings WHERE id = $1`, [meetingId]);
    if (meeting === undefined) throw new AppError('COUNCIL_MEETING_NOT_FOUND');
    const [members, agenda, documents] = await Promise.all([
      this.dataSource.query<CouncilMeetingView['members']>(
        `SELECT user_id AS "userId", full_name AS "fullName", position, present FROM council_meeting_members
          WHERE meeting_id = $1
          ORDER BY array_position(ARRAY['chair','vice-chair','secretary','member'], position::text), full_name`,
        [meetingId],
      ),
      this.dataSource.query<CouncilMeetingView['agenda']>(
        `SELECT i.dossier_id AS "dossierId", d.code, d.nominee_name AS "nomineeName", d.award_code AS "awardCode",
                i.ballots_cast AS "ballotsCast", i.votes_for AS "votesFor", i.votes_required AS "votesRequired", i.passed
           FROM council_agenda_items i JOIN dossiers d ON d.id = i.dossier_id
          WHERE i.meeting_id = $1 AND i.removed_at IS NULL ORDER BY i.added_at`,
        [meetingId],
      ),
      documentsOf(this.dataSource.manager, 'council_meeting', meetingId),
    ]);
    return { ...meeting, members, agenda, documents };
  }

  /** Meetings of units in scope ('all' for a grant on the root), soonest last. */
  list(
    scope: string[] | 'all',
  ): Promise<Omit<CouncilMeetingView, 'members' | 'agenda' | 'documents'>[]> {
    const filter = scope === 'all' ? 'TRUE' : 'unit_id = ANY($1::uuid[])';
    return this.dataSource.query(
      `SELECT ${MEETING_COLUMNS} FROM council_meetings WHERE ${filter} ORDER BY scheduled_at DESC LIMIT 200`,
      scope === 'all' ? [] : [scope],
    );
  }

  /** Dossiers waiting for this meeting's council and on no other open meeting's agenda. */
  async candidates(
    meetingId: string,
  ): Promise<{ dossierId: string; code: string; nomineeName: string; awardCode: string }[]> {
    return this.dataSource.query(
      `SELECT d.id AS "dossierId", d.code, d.nominee_name AS "nomineeName", d.award_code AS "awardCode"
         FROM dossiers d JOIN council_meetings m ON m.id = $1
        WHERE d.stage = 'COUNCIL_PENDING' AND d.current_unit_id = m.unit_id
          AND NOT EXISTS (SELECT 1 FROM council_agenda_items i JOIN council_meetings o ON o.id = i.meeting_id
                           WHERE i.dossier_id = d.id AND i.removed_at IS NULL AND o.status <> 'CLOSED')
        ORDER BY d.submitted_at`,
      [meetingId],
    );
  }
}
