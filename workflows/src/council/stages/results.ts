import {
  type BallotTally,
  type CouncilDossierResult,
  type CouncilMeetingState,
  CouncilMeetingStatus,
  councilResultSignal,
} from '@tdkt/contracts';
import { signalQuietly } from '../../shared/signal-quietly';
import { meetingActivities as activities } from '../activities';
import type { MeetingRun } from '../meeting-run';
import { dossierResult } from '../meeting-rules';

/**
 * Closing: every dossier's result from its tally, the minutes rendered, and each dossier told (one
 * without a quorum goes back to wait for another meeting). Members hear the results where
 * `membersHear` (the patch MEMBERS_HEAR_AGENDA_AND_RESULTS) says so.
 */
export async function closeWithResults(run: MeetingRun, membersHear: boolean): Promise<void> {
  const { input, state } = run;
  const present = state.present ?? [];
  state.results = state.agenda.map((item) =>
    dossierResult(input, item, present, run.tallies.get(item.dossierId) as BallotTally),
  );
  const minutes = await activities.renderCouncilMinutes({
    meetingId: input.meetingId,
    results: state.results,
    present,
  });
  state.minutesDocumentIds = minutes.documentIds;
  await run.project({
    type: 'meeting.closed',
    actorId: run.closedBy,
    results: state.results,
    minutesDocumentIds: minutes.documentIds,
  });
  for (const result of state.results) {
    // Without a quorum the meeting could not vote: the dossier goes back to wait for another meeting.
    if (!result.quorumMet) await run.tellAgenda(result.code, false);
    else
      await signalQuietly(result.code, councilResultSignal, {
        meetingId: input.meetingId,
        level: input.level,
        passed: result.passed,
        votesFor: result.votesFor,
        membersTotal: result.membersTotal,
        present: result.present,
      });
  }
  state.status = CouncilMeetingStatus.CLOSED;
  if (membersHear) await run.notifyMembers('closed', 'council.meeting.closed', resultNotice(state));
}

/** How each dossier fared, in both languages, for the members' notice of the results. */
function resultNotice(state: CouncilMeetingState) {
  const results = state.results;
  const nominee = (dossierId: string) =>
    state.agenda.find((item) => item.dossierId === dossierId)?.nomineeName ?? '';
  const line = (result: CouncilDossierResult, lang: 'vi' | 'en') => {
    const votes = `${result.votesFor}/${result.membersTotal}`;
    const verdict = !result.quorumMet
      ? lang === 'vi'
        ? 'chưa xét, không đủ số thành viên dự họp'
        : 'not voted, no quorum'
      : result.passed
        ? lang === 'vi'
          ? `đạt, ${votes} phiếu đồng ý`
          : `passed, ${votes} in favour`
        : lang === 'vi'
          ? `không đạt, ${votes} phiếu đồng ý`
          : `failed, ${votes} in favour`;
    return `${result.code} (${nominee(result.dossierId)}): ${verdict}`;
  };
  return {
    passed: results.filter((result) => result.quorumMet && result.passed).length,
    failed: results.filter((result) => result.quorumMet && !result.passed).length,
    deferred: results.filter((result) => !result.quorumMet).length,
    results: results.map((result) => line(result, 'vi')).join('; '),
    resultsEn: results.map((result) => line(result, 'en')).join('; '),
  };
}
