import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type AuthenticatedUser,
  type BallotTally,
  recordBallotUpdate,
  SEPARATION_OF_DUTIES_MESSAGES,
  separationOfDutiesViolation,
} from '@tdkt/contracts';
import type { DataSource } from 'typeorm';
import { CouncilMeetingUpdates, initiativeAuthorsOf } from '../council-meeting-updates';

/** Records a dossier's ballot; no author of an initiative the dossier cites may have voted on it. */
@Injectable()
export class RecordBallotUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: CouncilMeetingUpdates,
  ) {}

  async execute(meetingId: string, tally: BallotTally, user: AuthenticatedUser) {
    const meeting = await this.updates.meeting(meetingId);
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
    return this.updates.send(user, meeting, recordBallotUpdate, (actor) => ({ actor, tally }));
  }
}
