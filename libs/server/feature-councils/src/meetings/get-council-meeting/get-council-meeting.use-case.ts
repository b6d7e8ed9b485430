import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type LocalizedText } from '@tdkt/contracts';
import { getRuleSet, type LegalRef, quorumMet, type Ratio, votesRequired } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { documentsOf } from '../../documents/store-document';
import { type CouncilMeetingView, MEETING_COLUMNS, MEETINGS } from '../council-meeting-view';

type AgendaRow = Omit<
  CouncilMeetingView['agenda'][number],
  'awardName' | 'threshold' | 'votesRequired' | 'thresholdLegalRef'
> & { ruleSetId: string; recordedVotesRequired: number | null };

/** A meeting as people read it: its members, agenda with votes, the rules it sits under, documents. */
@Injectable()
export class GetCouncilMeetingUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(meetingId: string): Promise<CouncilMeetingView> {
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
}
