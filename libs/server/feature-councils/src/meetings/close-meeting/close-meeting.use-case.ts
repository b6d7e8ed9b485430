import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, closeMeetingUpdate } from '@tdkt/contracts';
import { CouncilMeetingUpdates } from '../council-meeting-updates';

/** Closes a meeting; a closed meeting takes nothing more. */
@Injectable()
export class CloseMeetingUseCase {
  constructor(private readonly updates: CouncilMeetingUpdates) {}

  async execute(meetingId: string, user: AuthenticatedUser) {
    const meeting = await this.updates.meeting(meetingId);
    return this.updates.send(user, meeting, closeMeetingUpdate, (actor) => ({ actor }));
  }
}
