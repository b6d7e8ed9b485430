import type { LocalizedText } from '../localized-text';

/** A council member's seat: chairman, vice-chairman, secretary or member (chủ tịch, phó chủ tịch, thư ký, ủy viên). */
export const COUNCIL_POSITIONS = ['chair', 'vice-chair', 'secretary', 'member'] as const;
export type CouncilPosition = (typeof COUNCIL_POSITIONS)[number];

/** Names of the seats, as the minutes write them. */
export const COUNCIL_POSITION_NAMES: Record<CouncilPosition, LocalizedText> = {
  chair: { vi: 'Chủ tịch Hội đồng', en: 'Chair' },
  'vice-chair': { vi: 'Phó Chủ tịch Hội đồng', en: 'Vice-chair' },
  secretary: { vi: 'Thư ký Hội đồng', en: 'Secretary' },
  member: { vi: 'Ủy viên', en: 'Member' },
};

export interface CouncilMember {
  userId: string;
  fullName: string;
  position: CouncilPosition;
}

/** Where a meeting stands. */
export const CouncilMeetingStatus = {
  SCHEDULED: 'SCHEDULED',
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
} as const;
export type CouncilMeetingStatus = (typeof CouncilMeetingStatus)[keyof typeof CouncilMeetingStatus];

/** A dossier put on a meeting's agenda, with what the vote needs from its pinned rule set. */
export interface AgendaDossier {
  dossierId: string;
  /** The dossier code, also its workflow id. */
  code: string;
  nomineeName: string;
  awardCode: string;
  awardName: string;
  /** The rule set pinned at submission: its quorum and the award's threshold apply. */
  ruleSetId: string;
  /** Authors of the initiatives the dossier cites; they may not vote on it. */
  initiativeAuthorIds: string[];
}

/** What a council meeting workflow starts with. */
export interface CouncilMeetingInput {
  meetingId: string;
  /** The unit whose council meets (e.g. UBND huyện Cẩm Mỹ); its roles act on the meeting. */
  unitId: string;
  unitName: string;
  /** The administrative level of that unit in the rule set, e.g. `district`; dossiers match on it. */
  level: string;
  ruleSetId: string;
  title: string;
  /** When the meeting opens (ISO instant). */
  scheduledAt: string;
  location: string;
  members: CouncilMember[];
  /** A closed meeting this one corrects (a closed meeting is never re-voted). */
  correctsMeetingId: string | null;
  createdBy: string;
  requestId: string | null;
}

/** The secretary's tally of one dossier's ballot. */
export interface BallotTally {
  dossierId: string;
  /**
   * Members whose ballot or written opinion was counted. Present members vote in the room; absent
   * members count only through a written opinion, where the rule set allows it.
   */
  castBy: string[];
  /** Ballots in favour. With a secret ballot this count is all that is kept of how members voted. */
  votesFor: number;
  /** Open ballots only (rule set without secrecy): who voted in favour. */
  inFavour?: string[];
}

/** A dossier's result when the meeting closed. */
export interface CouncilDossierResult {
  dossierId: string;
  code: string;
  passed: boolean;
  votesFor: number;
  ballotsCast: number;
  membersTotal: number;
  present: number;
  threshold: { numerator: number; denominator: number };
  votesRequired: number;
  quorumMet: boolean;
}

/** What the meeting workflow tells about itself. */
export interface CouncilMeetingState {
  meetingId: string;
  status: CouncilMeetingStatus;
  recorded: boolean;
  agenda: AgendaDossier[];
  present: string[] | null;
  ballots: Record<string, { ballotsCast: number; votesFor: number }>;
  results: CouncilDossierResult[];
  minutesDocumentIds: string[];
}

/** The human steps of a meeting. */
export const CouncilTaskType = {
  /** The secretary records who attends, once the meeting has opened. */
  attendance: 'council.attendance',
  /** The secretary records each dossier's ballot and closes the meeting. */
  close: 'council.close',
} as const;
export type CouncilTaskType = (typeof CouncilTaskType)[keyof typeof CouncilTaskType];
