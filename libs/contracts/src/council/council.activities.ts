import type { AgendaDossier, CouncilDossierResult, CouncilMeetingInput } from './council.types';

/** One change of a meeting, projected into the read model idempotently by (meeting, seq). */
export type CouncilMeetingEvent = { seq: number; actorId: string | null; at: string } & (
  | { type: 'meeting.scheduled' }
  | { type: 'agenda.added'; dossier: AgendaDossier }
  | { type: 'agenda.removed'; dossierId: string }
  | { type: 'meeting.opened'; early?: { scheduledAt: string } }
  | { type: 'attendance.recorded'; present: string[] }
  | { type: 'ballot.recorded'; dossierId: string; ballotsCast: number; votesFor: number }
  | { type: 'meeting.closed'; results: CouncilDossierResult[]; minutesDocumentIds: string[] }
);

/** Activities of the council meeting workflow. */
export interface CouncilActivities {
  /** Writes the meeting and its members into the read model, with its audit row; idempotent. */
  recordCouncilMeeting(input: CouncilMeetingInput): Promise<void>;
  projectCouncilMeeting(request: { meetingId: string; event: CouncilMeetingEvent }): Promise<void>;
  /** 08:00 on each reminder day before the meeting, on the working-day calendar; past ones left out. */
  planMeetingReminders(request: {
    scheduledAt: string;
    now: string;
    offsetsWorkingDays: number[];
  }): Promise<{ offsetWorkingDays: number; at: string }[]>;
  /** Renders and stores the minutes (biên bản) as DOCX and PDF; idempotent per meeting. */
  renderCouncilMinutes(request: {
    meetingId: string;
    results: CouncilDossierResult[];
    present: string[];
  }): Promise<{ documentIds: string[] }>;
}
