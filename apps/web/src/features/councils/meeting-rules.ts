/** A fraction of the council, as the rule sets state thresholds and quorums. */
export interface Ratio {
  numerator: number;
  denominator: number;
}

/** `4/5 (80%)`, `2/3 (67%)`: the fraction the law writes, and the percentage people compare. */
export function ratioLabel(ratio: Ratio): string {
  const percent = Math.round((ratio.numerator / ratio.denominator) * 100);
  return `${ratio.numerator}/${ratio.denominator} (${percent}%)`;
}

/** The fewest of `total` that reach `ratio` (8 of 9 at 4/5), as the engine counts it. */
export function fewestReaching(ratio: Ratio, total: number): number {
  return Math.ceil((ratio.numerator * total) / ratio.denominator);
}

/**
 * What a tally would give, before the meeting closes: the engine decides at closing (threshold of
 * all members, on a quorate session); the screen shows the same arithmetic as a forecast.
 */
export function forecast(tally: {
  votesFor: number | null;
  votesRequired: number;
  quorumMet: boolean | null;
}): 'pass' | 'fail' | 'no-quorum' | 'unknown' {
  if (tally.quorumMet === false) return 'no-quorum';
  if (tally.votesFor === null) return 'unknown';
  return tally.votesFor >= tally.votesRequired ? 'pass' : 'fail';
}

export type Seat = 'chair' | 'vice-chair' | 'secretary' | 'member';

/** The seat a person on the roster takes by default: the leader chairs, the secretary keeps the minutes. */
export function defaultSeat(roles: readonly string[], chairTaken: boolean): Seat {
  if (roles.includes('LEADER') && !chairTaken) return 'chair';
  if (roles.includes('COUNCIL_SECRETARY')) return 'secretary';
  return 'member';
}

/** What is wrong with the seats of a meeting: one chair and one secretary, at least three members. */
export function seatProblems(seats: readonly Seat[]): ('chair' | 'secretary' | 'size')[] {
  const problems: ('chair' | 'secretary' | 'size')[] = [];
  if (seats.filter((seat) => seat === 'chair').length !== 1) problems.push('chair');
  if (seats.filter((seat) => seat === 'secretary').length !== 1) problems.push('secretary');
  if (seats.length < 3) problems.push('size');
  return problems;
}

/**
 * The instant a Vietnamese official means by a day and a time (`2026-12-08`, `14:00`), whatever the
 * browser's time zone: Vietnam keeps UTC+7 all year.
 */
export function vietnamInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+07:00`).toISOString();
}
