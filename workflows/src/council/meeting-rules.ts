import type {
  AgendaDossier,
  BallotTally,
  CouncilDossierResult,
  CouncilMeetingInput,
  FieldError,
} from '@tdkt/contracts';
import { ballotPasses, getRuleSet, quorumMet, votesRequired } from '@tdkt/domain';

function problem(field: string, vi: string, en: string): FieldError {
  return { field, rule: 'ballot', message: { vi, en } };
}

/** The award's threshold under the dossier's pinned rule set (a simple majority if it has none). */
function thresholdOf(item: AgendaDossier) {
  const award = getRuleSet(item.ruleSetId).awards[item.awardCode as never] as
    { ballot: { threshold: { numerator: number; denominator: number } } | null } | undefined;
  return award?.ballot?.threshold ?? { numerator: 1, denominator: 2 };
}

/**
 * What is wrong with a tally: members outside the council, absent members voting where the rule set
 * takes no written opinions, more votes in favour than ballots, and the shape the ballot's secrecy
 * requires (counts only, or who voted in favour for an open ballot).
 */
export function tallyProblems(
  input: CouncilMeetingInput,
  item: AgendaDossier,
  present: string[],
  tally: BallotTally,
): FieldError[] {
  const ruleSet = getRuleSet(item.ruleSetId);
  const members = new Set(input.members.map((member) => member.userId));
  const errors: FieldError[] = [];
  if (
    new Set(tally.castBy).size !== tally.castBy.length ||
    tally.castBy.some((id) => !members.has(id))
  )
    errors.push(
      problem(
        'castBy',
        'Người bỏ phiếu phải là thành viên Hội đồng, mỗi người một phiếu.',
        'Ballots come from council members, one each.',
      ),
    );
  if (
    !ruleSet.quorum.absentMembersGiveWrittenOpinion &&
    tally.castBy.some((id) => !present.includes(id))
  )
    errors.push(
      problem(
        'castBy',
        'Thành viên vắng mặt không được gửi ý kiến bằng văn bản theo bộ quy tắc này.',
        'Absent members give no written opinion under this rule set.',
      ),
    );
  if (
    !Number.isInteger(tally.votesFor) ||
    tally.votesFor < 0 ||
    tally.votesFor > tally.castBy.length
  )
    errors.push(
      problem(
        'votesFor',
        'Số phiếu đồng ý phải từ 0 đến số phiếu thu về.',
        'Votes in favour must be between 0 and the ballots cast.',
      ),
    );
  if (ruleSet.councilBallot.secret && tally.inFavour !== undefined)
    errors.push(
      problem(
        'inFavour',
        'Bỏ phiếu kín: không ghi ai đồng ý.',
        'Secret ballot: who voted in favour is not recorded.',
      ),
    );
  if (
    !ruleSet.councilBallot.secret &&
    (tally.inFavour === undefined ||
      tally.inFavour.length !== tally.votesFor ||
      tally.inFavour.some((id) => !tally.castBy.includes(id)))
  )
    errors.push(
      problem(
        'inFavour',
        'Biểu quyết công khai: ghi rõ những người đồng ý.',
        'Open ballot: list who voted in favour.',
      ),
    );
  return errors;
}

/** A dossier's result: the threshold counted against all members, on a quorate award session. */
export function dossierResult(
  input: CouncilMeetingInput,
  item: AgendaDossier,
  present: string[],
  tally: BallotTally,
): CouncilDossierResult {
  const ruleSet = getRuleSet(item.ruleSetId);
  const membersTotal = input.members.length;
  const threshold = thresholdOf(item);
  const quorate = quorumMet({
    rule: ruleSet.quorum,
    membersTotal,
    membersPresent: present.length,
    awardSession: true,
  });
  return {
    dossierId: item.dossierId,
    code: item.code,
    passed: quorate && ballotPasses({ threshold, membersTotal, votesFor: tally.votesFor }),
    votesFor: tally.votesFor,
    ballotsCast: tally.castBy.length,
    membersTotal,
    present: present.length,
    threshold,
    votesRequired: votesRequired(threshold, membersTotal),
    quorumMet: quorate,
  };
}
