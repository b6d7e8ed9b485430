/** A member's scores as the review form holds them: blank criteria are undefined. */
export type EnteredScores = Record<string, Record<string, number | null | undefined>>;

/**
 * The adjustments the meeting made: members whose entered scores differ from their self-score (a
 * member that missed its deadline and is scored by the meeting included). A half-filled member is
 * sent as entered, so that the engine names the criterion left blank.
 */
export function adjustmentsFrom(
  members: readonly { unitId: string; selfScores: Record<string, number> | null }[],
  entered: EnteredScores,
): Record<string, Record<string, number>> {
  const adjustments: Record<string, Record<string, number>> = {};
  for (const member of members) {
    const filled = Object.fromEntries(
      Object.entries(entered[member.unitId] ?? {}).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number',
      ),
    );
    const own = member.selfScores ?? {};
    const codes = new Set([...Object.keys(filled), ...Object.keys(own)]);
    const changed = [...codes].some((code) => filled[code] !== own[code]);
    if (changed && Object.keys(filled).length > 0) adjustments[member.unitId] = filled;
  }
  return adjustments;
}
