import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, recordAttendanceUpdate } from '@tdkt/contracts';
import { CouncilMeetingUpdates } from '../council-meeting-updates';

/** Records which members are present at a meeting. */
@Injectable()
export class RecordAttendanceUseCase {
  constructor(private readonly updates: CouncilMeetingUpdates) {}

  async execute(meetingId: string, present: string[], user: AuthenticatedUser) {
    const meeting = await this.updates.meeting(meetingId);
    return this.updates.send(user, meeting, recordAttendanceUpdate, (actor) => ({
      actor,
      present,
    }));
  }
}
