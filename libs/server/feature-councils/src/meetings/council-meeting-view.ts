import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type LocalizedText } from '@tdkt/contracts';
import { getRuleSet, type LegalRef, quorumMet, type Ratio, votesRequired } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { documentsOf, type StoredDocument } from '../../documents/store-document';

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

const MEETING_COLUMNS = `m.id, m.unit_id AS "unitId", u.name AS "unitName", m.level, m.rule_set_id AS "ruleSetId", m.title,
  to_char(m.scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"') AS "scheduledAt", m.location, m.status,
  m.corrects_meeting_id AS "correctsMeetingId"`;
const MEETINGS = `council_meetings m JOIN units u ON u.id = m.unit_id`;

type AgendaRow = Omit<
  CouncilMeetingView['agenda'][number],
  'awardName' | 'threshold' | 'votesRequired' | 'thresholdLegalRef'
> & { ruleSetId: string; recordedVotesRequired: number | null };

/** Meetings as people read them, and the dossiers a council can put on its agenda. */
@Injectable()
export class CouncilMeetingViewsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(meetingId: string): Promise<CouncilMeetingView> {
    const [meeting] = await this.dataSource.query<
      Omit<CouncilMeetingView, 'members' | 'agenda' | 'rules' | 'documents'>[]
    >(`SELECT ${MEETING_COLUMNS} FROM ${MEETINGS} WHERE m.id = $1`, [meetingId]);
    if (meeting === undefined) throw new AppError('COUNCIL_MEETING_NOT_FOUND');
    const [members, agenda, documents] = await Promise.all([
      this.dataSource.query<CouncilMeetingView['members']>(
        `SELECT user_id AS "userId", full_name AS "fullName", position, present FROM council_meeting_members
          WHERE meeting_id = $1
          ORDER BY array_position(ARRAY['chair','vice-chair','secretary','member'], position::text), full_name`,
        [meetingId],
      ),
      this.dataSource.query<AgendaRow[]>(
        `SELECT i.dossier_id AS "dossierId", d.code, d.nominee_name AS "nomineeName", d.award_code AS "awardCode",
                d.rule_set_id AS "ruleSetId", i.ballots_cast AS "ballotsCast", i.votes_for AS "votesFor",
                i.votes_required AS "recordedVotesRequired", i.passed
           FROM council_agenda_items i JOIN dossiers d ON d.id = i.dossier_id
          WHERE i.meeting_id = $1 AND i.removed_at IS NULL ORDER BY i.added_at`,
        [meetingId],
      ),
      documentsOf(this.dataSource.manager, 'council_meeting', meetingId),
    ]);
    const ruleSet = getRuleSet(meeting.ruleSetId);
    const membersTotal = members.length;
    const attendanceRecorded = members.some((member) => member.present !== null);
    return {
      ...meeting,
      members,
      agenda: agenda.map(({ ruleSetId, recordedVotesRequired, ...item }) => {
        const award = getRuleSet(ruleSetId).awards[item.awardCode as never] as
          | { name: LocalizedText; ballot: { threshold: Ratio; legalRef: LegalRef } | null }
          | undefined;
        // The workflow's own fallback for an award without a ballot rule: a simple majority.
        const threshold = award?.ballot?.threshold ?? { numerator: 1, denominator: 2 };
        return {
          ...item,
          awardName: award?.name ?? { vi: item.awardCode, en: item.awardCode },
          threshold,
          // What the engine recorded at closing; until then, the same rule on the members seated.
          votesRequired:
            recordedVotesRequired ?? votesRequired(threshold, Math.max(1, membersTotal)),
          thresholdLegalRef: award?.ballot?.legalRef ?? null,
        };
      }),
      rules: {
        secretBallot: ruleSet.councilBallot.secret,
        absentMembersGiveWrittenOpinion: ruleSet.quorum.absentMembersGiveWrittenOpinion,
        quorum: ruleSet.quorum.awardSessionMinimumPresent,
        quorumRequired: votesRequired(
          ruleSet.quorum.awardSessionMinimumPresent,
          Math.max(1, membersTotal),
        ),
        quorumMet: attendanceRecorded
          ? quorumMet({
              rule: ruleSet.quorum,
              membersTotal: Math.max(1, membersTotal),
              membersPresent: members.filter((member) => member.present === true).length,
              awardSession: true,
            })
          : null,
        quorumLegalRef: ruleSet.quorum.legalRef,
        ballotLegalRef: ruleSet.councilBallot.legalRef,
      },
      documents,
    };
  }

  /**
   * Meetings of units in scope ('all' for a grant on the root) and those the reader sits on, latest
   * first.
   */
  list(scope: string[] | 'all', readerId: string): Promise<CouncilMeetingSummary[]> {
    const filter =
      scope === 'all'
        ? 'TRUE'
        : `(m.unit_id = ANY($2::uuid[]) OR EXISTS (SELECT 1 FROM council_meeting_members s WHERE s.meeting_id = m.id AND s.user_id = $1))`;
    return this.dataSource.query(
      `SELECT ${MEETING_COLUMNS},
              (SELECT count(*)::int FROM council_meeting_members s WHERE s.meeting_id = m.id) AS "membersTotal",
              (SELECT count(*)::int FROM council_agenda_items i WHERE i.meeting_id = m.id AND i.removed_at IS NULL) AS "agendaTotal",
              (SELECT s.position FROM council_meeting_members s WHERE s.meeting_id = m.id AND s.user_id = $1) AS "myPosition"
         FROM ${MEETINGS} WHERE ${filter} ORDER BY m.scheduled_at DESC LIMIT 200`,
      scope === 'all' ? [readerId] : [readerId, scope],
    );
  }

  /** Dossiers waiting for this meeting's council and on no other open meeting's agenda. */
  async candidates(meetingId: string): Promise<CouncilCandidate[]> {
    return this.dataSource.query(
      `SELECT d.id AS "dossierId", d.code, d.nominee_name AS "nomineeName", d.award_code AS "awardCode",
              d.year, p.name AS "unitName",
              to_char(d.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt"
         FROM dossiers d JOIN council_meetings m ON m.id = $1 JOIN units p ON p.id = d.proposing_unit_id
        WHERE d.stage = 'COUNCIL_PENDING' AND d.current_unit_id = m.unit_id
          AND NOT EXISTS (SELECT 1 FROM council_agenda_items i JOIN council_meetings o ON o.id = i.meeting_id
                           WHERE i.dossier_id = d.id AND i.removed_at IS NULL AND o.status <> 'CLOSED')
        ORDER BY d.submitted_at`,
      [meetingId],
    );
  }
}
