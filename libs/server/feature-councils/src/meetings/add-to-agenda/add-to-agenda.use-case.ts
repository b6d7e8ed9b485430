import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addToAgendaUpdate,
  AppError,
  type AuthenticatedUser,
  type CouncilMeetingState,
} from '@tdkt/contracts';
import { awardOf, getRuleSet } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { CouncilMeetingUpdates, initiativeAuthorsOf } from '../council-meeting-updates';

/**
 * Puts a dossier on a meeting's agenda. The checks that need the read model (the dossier awaits this
 * council and no other open meeting, the initiative authors it cites) are made here first.
 */
@Injectable()
export class AddToAgendaUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: CouncilMeetingUpdates,
  ) {}

  async execute(
    meetingId: string,
    dossierId: string,
    user: AuthenticatedUser,
  ): Promise<CouncilMeetingState> {
    const meeting = await this.updates.meeting(meetingId);
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
    return this.updates.send(user, meeting, addToAgendaUpdate, (actor) => ({
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
}
