import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, openMeetingEarlyUpdate } from '@tdkt/contracts';
import { CouncilMeetingUpdates } from '../council-meeting-updates';

/** Opens the meeting before its time, every member being present; the attendance is recorded with it. */
@Injectable()
export class OpenMeetingEarlyUseCase {
  constructor(private readonly updates: CouncilMeetingUpdates) {}

  async execute(meetingId: string, present: string[], user: AuthenticatedUser) {
    const meeting = await this.updates.meeting(meetingId);
    return this.updates.send(user, meeting, openMeetingEarlyUpdate, (actor) => ({
      actor,
      present,
    }));
  }
}
