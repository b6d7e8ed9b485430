import {
  defaultSeat,
  fewestReaching,
  forecast,
  ratioLabel,
  seatProblems,
  vietnamInstant,
} from './meeting-rules';

describe('council meeting arithmetic on screen', () => {
  it.each([
    [{ numerator: 4, denominator: 5 }, '4/5 (80%)'],
    [{ numerator: 2, denominator: 3 }, '2/3 (67%)'],
    [{ numerator: 9, denominator: 10 }, '9/10 (90%)'],
  ])('labels %j as %s', (ratio, label) => {
    expect(ratioLabel(ratio)).toBe(label);
  });

  it.each([
    [{ numerator: 4, denominator: 5 }, 9, 8],
    [{ numerator: 9, denominator: 10 }, 10, 9],
    [{ numerator: 2, denominator: 3 }, 9, 6],
    [{ numerator: 2, denominator: 3 }, 10, 7],
    [{ numerator: 1, denominator: 2 }, 7, 4],
  ])('needs, at %j of %i members, %i', (ratio, total, fewest) => {
    expect(fewestReaching(ratio, total)).toBe(fewest);
  });

  it.each([
    [{ votesFor: 8, votesRequired: 8, quorumMet: true }, 'pass'],
    [{ votesFor: 7, votesRequired: 8, quorumMet: true }, 'fail'],
    [{ votesFor: 9, votesRequired: 8, quorumMet: false }, 'no-quorum'],
    [{ votesFor: null, votesRequired: 8, quorumMet: true }, 'unknown'],
    [{ votesFor: 8, votesRequired: 8, quorumMet: null }, 'pass'],
  ] as const)('forecasts %j as %s', (tally, expected) => {
    expect(forecast(tally)).toBe(expected);
  });

  it('seats the leader as chair once and the secretary as secretary', () => {
    expect(defaultSeat(['LEADER'], false)).toBe('chair');
    expect(defaultSeat(['LEADER'], true)).toBe('member');
    expect(defaultSeat(['COUNCIL_SECRETARY'], false)).toBe('secretary');
    expect(defaultSeat(['COUNCIL_MEMBER'], false)).toBe('member');
  });

  it('asks for one chair, one secretary and three members at least', () => {
    expect(seatProblems(['chair', 'secretary', 'member'])).toEqual([]);
    expect(seatProblems(['chair', 'chair', 'secretary'])).toEqual(['chair']);
    expect(seatProblems(['member', 'member'])).toEqual(['chair', 'secretary', 'size']);
  });

  it('reads a day and a time as Vietnam time whatever the browser zone', () => {
    expect(vietnamInstant('2026-12-08', '14:00')).toBe('2026-12-08T07:00:00.000Z');
    expect(vietnamInstant('2026-12-08', '06:30')).toBe('2026-12-07T23:30:00.000Z');
  });
});
