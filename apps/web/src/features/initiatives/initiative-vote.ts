/** Recognition needs at least two thirds of the initiative council's members (not of those present). */
export function votesToRecognise(membersTotal: number): number {
  return Math.ceil((membersTotal * 2) / 3);
}

/** What the engine will decide from the counts: recognised at two thirds or more, else refused. */
export function initiativeOutcome(
  membersTotal: number | null | undefined,
  votesFor: number | null | undefined,
): 'recognised' | 'refused' | 'incomplete' | 'invalid' {
  if (!membersTotal || votesFor === null || votesFor === undefined) return 'incomplete';
  if (votesFor > membersTotal || votesFor < 0) return 'invalid';
  return votesFor >= votesToRecognise(membersTotal) ? 'recognised' : 'refused';
}
