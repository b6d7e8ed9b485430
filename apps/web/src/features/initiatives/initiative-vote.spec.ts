import { initiativeOutcome, votesToRecognise } from './initiative-vote';

describe('votesToRecognise: two thirds of all members, rounded up', () => {
  it.each([
    [3, 2],
    [5, 4],
    [6, 4],
    [7, 5],
    [9, 6],
    [10, 7],
  ])('%i members need %i votes', (members, votes) => {
    expect(votesToRecognise(members)).toBe(votes);
  });
});

describe('initiativeOutcome', () => {
  it.each([
    [9, 6, 'recognised'],
    [9, 5, 'refused'],
    [7, 5, 'recognised'],
    [7, 4, 'refused'],
    [7, 8, 'invalid'],
    [null, 3, 'incomplete'],
    [7, null, 'incomplete'],
  ] as const)('%p members, %p for: %s', (members, votes, outcome) => {
    expect(initiativeOutcome(members, votes)).toBe(outcome);
  });
});
