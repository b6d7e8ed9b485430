import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, removeFromAgendaUpdate } from '@tdkt/contracts';
import { CouncilMeetingUpdates } from '../council-meeting-updates';

/** Takes a dossier off a meeting's agenda before the vote. */
@Injectable()
export class RemoveFromAgendaUseCase {
  constructor(private readonly updates: CouncilMeetingUpdates) {}

  async execute(meetingId: string, dossierId: string, user: AuthenticatedUser) {
    const meeting = await this.updates.meeting(meetingId);
    return this.updates.send(user, meeting, removeFromAgendaUpdate, (actor) => ({
      actor,
      dossierId,
    }));
  }
}
