import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type CouncilActivities, type CouncilPosition } from '@tdkt/contracts';
import { awardNameUnder, awardOf, formatLegalRef, getRuleSet } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { storeRenderedDocuments } from '../../documents/store-document';
import { minutesDocument } from '../minutes-document';

/** Renders and stores a closed meeting's minutes as DOCX and PDF, once per meeting. */
@Injectable()
export class RenderCouncilMinutesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(
    request: Parameters<CouncilActivities['renderCouncilMinutes']>[0],
  ): Promise<{ documentIds: string[] }> {
    const [meeting] = await this.dataSource.query<
      {
        title: string;
        unit_id: string;
        unit_name: string;
        held_on: string;
        time: string;
        location: string;
        rule_set_id: string;
      }[]
    >(
      `SELECT m.title, m.unit_id, m.location, m.rule_set_id,
              unit_name_on(m.unit_id, (m.scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS unit_name,
              to_char(m.scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS held_on,
              to_char(m.scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24" giờ "MI') AS time
         FROM council_meetings m WHERE m.id = $1`,
      [request.meetingId],
    );
    if (meeting === undefined) throw new AppError('COUNCIL_MEETING_NOT_FOUND');
    const members = await this.dataSource.query<
      { userId: string; fullName: string; position: CouncilPosition }[]
    >(
      `SELECT user_id AS "userId", full_name AS "fullName", position FROM council_meeting_members
        WHERE meeting_id = $1 ORDER BY array_position(ARRAY['chair','vice-chair','secretary','member'], position), full_name`,
      [request.meetingId],
    );
    const dossiers = await this.dataSource.query<
      { id: string; nominee_name: string; award_code: string; rule_set_id: string }[]
    >(`SELECT id, nominee_name, award_code, rule_set_id FROM dossiers WHERE id = ANY($1::uuid[])`, [
      request.results.map((result) => result.dossierId),
    ]);
    const model = minutesDocument({
      title: meeting.title,
      unitName: meeting.unit_name,
      heldOn: meeting.held_on,
      time: meeting.time,
      location: meeting.location,
      members,
      present: request.present,
      secretBallot: getRuleSet(meeting.rule_set_id).councilBallot.secret,
      ballotBasis: ballotBasisOf(meeting.rule_set_id),
      results: request.results.map((result) => {
        const dossier = dossiers.find((candidate) => candidate.id === result.dossierId);
        const awardName = dossier
          ? awardNameUnder(
              awardOf(getRuleSet(dossier.rule_set_id), dossier.award_code),
              meeting.unit_name,
            ).vi
          : '';
        return { ...result, nomineeName: dossier?.nominee_name ?? '', awardName };
      }),
    });
    const stored = await this.dataSource.transaction((manager) =>
      storeRenderedDocuments(
        manager,
        { ownerType: 'council_meeting', ownerId: request.meetingId, unitId: meeting.unit_id },
        {
          kind: 'minutes',
          idempotencyKey: `council-meeting:${request.meetingId}:minutes`,
          model,
          formats: ['docx', 'pdf'],
        },
      ),
    );
    return { documentIds: stored.map((document) => document.id) };
  }
}

/** Where the ballot thresholds of a rule set come from, as the minutes cite it. */
function ballotBasisOf(ruleSetId: string): string {
  const ref = getRuleSet(ruleSetId).councilBallot.legalRef;
  const instrument = ref.instrument.replace(/^NĐ /, 'Nghị định ');
  return /^\d/.test(ref.article) ? formatLegalRef({ ...ref, instrument }, 'vi') : instrument;
}
