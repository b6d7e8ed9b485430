import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CouncilCandidate } from '../council-meeting-view';

/** Dossiers waiting for this meeting's council and on no other open meeting's agenda. */
@Injectable()
export class ListCouncilCandidatesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(meetingId: string): Promise<CouncilCandidate[]> {
    return this.dataSource.query(
      `SELECT d.id AS "dossierId", d.code, d.nominee_name AS "nomineeName", d.award_code AS "awardCode",
              d.year, p.name AS "unitName",
              to_char(d.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt"
         FROM dossiers d JOIN council_meetings m ON m.id = $1 JOIN units p ON p.id = d.proposing_unit_id
        WHERE d.stage = 'COUNCIL_PENDING' AND d.current_unit_id = m.unit_id
          AND NOT EXISTS (SELECT 1 FROM council_agenda_items i JOIN council_meetings o ON o.id = i.meeting_id
                           WHERE i.dossier_id = d.id AND i.removed_at IS NULL AND o.status <> 'CLOSED')
        ORDER BY d.submitted_at`,
      [meetingId],
    );
  }
}
