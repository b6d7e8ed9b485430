import type {
  ClusterMemberRef,
  ClusterRankingEntry,
  ClusterReviewOutcome,
  ClusterScoringTableView,
  FieldError,
  ScoreEvidence,
  SelfScoreOutcome,
} from '@tdkt/contracts';
import {
  rankMembers,
  scoreIssues,
  tieBreakIssues,
  totalScore,
  unresolvedLeadTie,
} from '@tdkt/domain';

const problem = (field: string, rule: string, vi: string, en: string): FieldError => ({
  field,
  rule,
  message: { vi, en },
});

function unknownFields(outcome: Record<string, unknown>, allowed: readonly string[]): FieldError[] {
  return Object.keys(outcome)
    .filter((key) => !allowed.includes(key))
    .map((key) =>
      problem(
        `outcome.${key}`,
        'whitelistValidation',
        `Trường "${key}" không được phép.`,
        `Field "${key}" is not allowed.`,
      ),
    );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Points as numbers, criterion by criterion (the domain checks their range against the table). */
function pointsOf(value: unknown): Record<string, number> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  return entries.every(([, points]) => typeof points === 'number')
    ? (Object.fromEntries(entries) as Record<string, number>)
    : null;
}

/** The head signs for the unit: `agreed: true`, with an optional note. */
export function pactSignatureProblems(outcome: Record<string, unknown>): FieldError[] {
  const errors = unknownFields(outcome, ['agreed', 'note']);
  if (outcome.agreed !== true)
    errors.push(
      problem(
        'outcome.agreed',
        'equals',
        'Thủ trưởng phải xác nhận đơn vị cam kết thực hiện giao ước (agreed = true).',
        'The head must confirm the unit commits to the pact (agreed = true).',
      ),
    );
  return errors;
}

function evidenceOf(value: unknown): ScoreEvidence[] | null {
  if (!Array.isArray(value)) return null;
  const evidence = value.filter(
    (item): item is ScoreEvidence =>
      isRecord(item) &&
      typeof item.title === 'string' &&
      item.title.trim() !== '' &&
      typeof item.reference === 'string' &&
      item.reference.trim() !== '',
  );
  return evidence.length === value.length ? evidence : null;
}

/** Every criterion scored within its ceiling, and at least one piece of evidence (title and reference). */
export function selfScoreProblems(
  outcome: Record<string, unknown>,
  table: ClusterScoringTableView,
): FieldError[] {
  const errors = unknownFields(outcome, ['scores', 'evidence', 'note']);
  const scores = pointsOf(outcome.scores);
  if (scores === null)
    errors.push(
      problem(
        'outcome.scores',
        'points',
        'Điểm phải là số theo từng tiêu chí.',
        'Scores must be numbers by criterion.',
      ),
    );
  else errors.push(...scoreIssues(table, scores, 'outcome.scores'));
  const evidence = evidenceOf(outcome.evidence);
  if (evidence === null || evidence.length === 0)
    errors.push(
      problem(
        'outcome.evidence',
        'evidence-required',
        'Cần ít nhất một minh chứng, mỗi minh chứng có tên và nơi lưu (số văn bản, đường dẫn).',
        'At least one piece of evidence is needed, each with a title and where it is (a document number, a link).',
      ),
    );
  return errors;
}

export function selfScoreOf(outcome: Record<string, unknown>): SelfScoreOutcome {
  const scores = pointsOf(outcome.scores);
  const evidence = evidenceOf(outcome.evidence);
  if (scores === null || evidence === null)
    throw new TypeError('a self-score passed its validator without its scores and evidence');
  return { scores, evidence, ...(typeof outcome.note === 'string' ? { note: outcome.note } : {}) };
}

/** The review as its type; the validator refused every outcome `reviewProblems` finds fault with. */
export function clusterReviewOf(outcome: Record<string, unknown>): Required<ClusterReviewOutcome> {
  const adjustments: Record<string, Record<string, number>> = {};
  if (isRecord(outcome.adjustments))
    for (const [unitId, scores] of Object.entries(outcome.adjustments)) {
      const points = pointsOf(scores);
      if (points !== null) adjustments[unitId] = points;
    }
  const tieBreak = Array.isArray(outcome.tieBreak)
    ? outcome.tieBreak.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    adjustments,
    tieBreak,
    minutes: typeof outcome.minutes === 'string' ? outcome.minutes : '',
  };
}

/** Each member's final scores: the meeting's adjustment where it made one, else its self-score. */
export function reviewedRanking(
  table: ClusterScoringTableView,
  selfScores: ReadonlyMap<string, Record<string, number>>,
  memberIds: readonly string[],
  review: Required<ClusterReviewOutcome>,
): ClusterRankingEntry[] {
  const finalScores = new Map(
    memberIds.map((unitId) => [
      unitId,
      review.adjustments[unitId] ?? selfScores.get(unitId) ?? null,
    ]),
  );
  return rankMembers(
    memberIds.map((unitId) => {
      const scores = finalScores.get(unitId) ?? null;
      return { unitId, total: scores === null ? null : totalScore(table, scores) };
    }),
    review.tieBreak,
  ).map((member) => ({
    ...member,
    tiedWith: [...member.tiedWith],
    scores: finalScores.get(member.unitId) ?? null,
  }));
}

/**
 * Minutes are required; adjustments only for members, within the table; the tie-break names members
 * once; and first place is one member, so the meeting must order a tie for it.
 */
export function reviewProblems(
  outcome: Record<string, unknown>,
  table: ClusterScoringTableView,
  selfScores: ReadonlyMap<string, Record<string, number>>,
  members: readonly ClusterMemberRef[],
): FieldError[] {
  const memberIds = members.map((member) => member.unitId);
  const nameOf = (unitId: string) =>
    members.find((member) => member.unitId === unitId)?.unitName ?? unitId;
  const errors = unknownFields(outcome, ['adjustments', 'tieBreak', 'minutes']);
  if (typeof outcome.minutes !== 'string' || outcome.minutes.trim() === '')
    errors.push(
      problem(
        'outcome.minutes',
        'required',
        'Cần tóm tắt biên bản họp cụm.',
        'The meeting minutes are required.',
      ),
    );
  if (outcome.adjustments !== undefined) {
    if (!isRecord(outcome.adjustments))
      errors.push(
        problem(
          'outcome.adjustments',
          'object',
          'Điểm điều chỉnh theo từng đơn vị.',
          'Adjustments are by member.',
        ),
      );
    else
      for (const [unitId, scores] of Object.entries(outcome.adjustments)) {
        const field = `outcome.adjustments.${unitId}`;
        const points = pointsOf(scores);
        if (!memberIds.includes(unitId))
          errors.push(
            problem(
              field,
              'cluster-member',
              'Đơn vị không thuộc cụm.',
              'The unit is not a member of the cluster.',
            ),
          );
        else if (points === null)
          errors.push(problem(field, 'points', 'Điểm phải là số.', 'Points must be numbers.'));
        else errors.push(...scoreIssues(table, points, field));
      }
  }
  if (outcome.tieBreak !== undefined) {
    if (!Array.isArray(outcome.tieBreak) || outcome.tieBreak.some((id) => typeof id !== 'string'))
      errors.push(
        problem(
          'outcome.tieBreak',
          'unit-ids',
          'Thứ tự phải là danh sách đơn vị.',
          'The order is a list of unit ids.',
        ),
      );
    else
      errors.push(...tieBreakIssues(outcome.tieBreak as string[], memberIds, 'outcome.tieBreak'));
  }
  if (errors.length > 0) return errors;
  const ranking = reviewedRanking(table, selfScores, memberIds, clusterReviewOf(outcome));
  const tied = unresolvedLeadTie(ranking).map((unitId) => nameOf(unitId));
  if (tied.length > 0)
    errors.push(
      problem(
        'outcome.tieBreak',
        'lead-tie-unresolved',
        `Các đơn vị ${tied.join(', ')} bằng điểm ở vị trí dẫn đầu: cuộc họp phải thống nhất thứ tự (tieBreak).`,
        `Units ${tied.join(', ')} share first place: the meeting must agree their order (tieBreak).`,
      ),
    );
  return errors;
}
