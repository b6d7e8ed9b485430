import fc from 'fast-check';
import { getRuleSet } from '../rules/registry';
import { DomainValidationError } from '../shared/errors';
import { ballotPasses, quorumMet, votesRequired, withinRatioCap } from './ballot';

const EIGHTY = { numerator: 4, denominator: 5 };
const NINETY = { numerator: 9, denominator: 10 };
const TWO_THIRDS = { numerator: 2, denominator: 3 };

describe('council ballots', () => {
  it.each([
    [EIGHTY, 9, 7, false],
    [EIGHTY, 9, 8, true],
    [NINETY, 10, 9, true],
    [NINETY, 10, 8, false],
    [TWO_THIRDS, 9, 6, true],
    [TWO_THIRDS, 9, 5, false],
    [EIGHTY, 5, 4, true],
    [NINETY, 7, 6, false],
    [NINETY, 7, 7, true],
  ])('%o of %i members with %i for: passes = %s', (threshold, membersTotal, votesFor, passes) => {
    expect(ballotPasses({ threshold, membersTotal, votesFor })).toBe(passes);
  });

  it.each([
    [EIGHTY, 9, 8],
    [NINETY, 10, 9],
    [TWO_THIRDS, 9, 6],
    [NINETY, 11, 10],
  ])('%o of %i members needs %i votes', (threshold, members, votes) => {
    expect(votesRequired(threshold, members)).toBe(votes);
  });

  it('passes exactly from votesRequired upwards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.nat(),
        (membersTotal, a, b, seed) => {
          const threshold = { numerator: Math.min(a, b), denominator: Math.max(a, b) };
          const votesFor = seed % (membersTotal + 1);
          expect(ballotPasses({ threshold, membersTotal, votesFor })).toBe(
            votesFor >= votesRequired(threshold, membersTotal),
          );
        },
      ),
    );
  });

  it.each([
    [{ threshold: EIGHTY, membersTotal: 0, votesFor: 0 }, 'membersTotal'],
    [{ threshold: EIGHTY, membersTotal: 9, votesFor: 10 }, 'votesFor'],
    [{ threshold: EIGHTY, membersTotal: 9, votesFor: 7.5 }, 'votesFor'],
    [
      { threshold: { numerator: 6, denominator: 5 }, membersTotal: 9, votesFor: 7 },
      'threshold.numerator',
    ],
  ])('rejects %o naming %s', (args, field) => {
    expect(() => ballotPasses(args)).toThrow(DomainValidationError);
    try {
      ballotPasses(args);
    } catch (error) {
      expect((error as DomainValidationError).errors.map((e) => e.field)).toContain(field);
    }
  });

  it.each([
    [9, 6, false, true],
    [9, 5, false, false],
    [9, 8, true, true],
    [9, 7, true, false],
    [15, 10, false, true],
  ])(
    'quorum of %i members with %i present (award session %s): %s',
    (total, present, award, met) => {
      expect(
        quorumMet({
          rule: getRuleSet('VN-2024').quorum,
          membersTotal: total,
          membersPresent: present,
          awardSession: award,
        }),
      ).toBe(met);
    },
  );

  it.each([
    [15, 40, 6, true],
    [15, 40, 7, false],
    [15, 0, 0, true],
  ])('a %i%% cap over %i people allows %i: %s', (percent, headcount, awarded, ok) => {
    expect(withinRatioCap({ percent, headcount, awarded })).toBe(ok);
  });
});
