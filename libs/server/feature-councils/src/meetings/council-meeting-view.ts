import type { LocalizedText } from '@tdkt/contracts';
import type { LegalRef, Ratio } from '@tdkt/domain';
import type { StoredDocument } from '../documents/store-document';

export interface CouncilMeetingView {
  id: string;
  unitId: string;
  unitName: string;
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
    awardName: LocalizedText;
    ballotsCast: number | null;
    votesFor: number | null;
    /** The award's threshold under the dossier's pinned rule set, counted against all members. */
    threshold: Ratio;
    votesRequired: number;
    thresholdLegalRef: LegalRef | null;
    passed: boolean | null;
  }[];
  /** What the meeting's rule set asks of it: attendance, and how ballots are cast. */
  rules: {
    secretBallot: boolean;
    absentMembersGiveWrittenOpinion: boolean;
    quorum: Ratio;
    /** The fewest members present for the council to vote on awards. */
    quorumRequired: number;
    /** Null until attendance is recorded. */
    quorumMet: boolean | null;
    quorumLegalRef: LegalRef;
    ballotLegalRef: LegalRef;
  };
  documents: StoredDocument[];
}

/** A dossier waiting for a council, as the secretary chooses the agenda. */
export interface CouncilCandidate {
  dossierId: string;
  code: string;
  nomineeName: string;
  awardCode: string;
  year: number;
  /** The proposing unit. */
  unitName: string;
  submittedAt: string | null;
}

/** A meeting in a list: who meets where and when, how many sit and how many dossiers it takes. */
export type CouncilMeetingSummary = Omit<
  CouncilMeetingView,
  'members' | 'agenda' | 'rules' | 'documents'
> & {
  membersTotal: number;
  agendaTotal: number;
  /** The reader's seat on this council, when they have one. */
  myPosition: string | null;
};

export const MEETING_COLUMNS = `m.id, m.unit_id AS "unitId", u.name AS "unitName", m.level, m.rule_set_id AS "ruleSetId", m.title,
  to_char(m.scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"') AS "scheduledAt", m.location, m.status,
  m.corrects_meeting_id AS "correctsMeetingId"`;
export const MEETINGS = `council_meetings m JOIN units u ON u.id = m.unit_id`;
