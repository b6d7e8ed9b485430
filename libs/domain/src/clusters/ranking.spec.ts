import { rankMembers, tieBreakIssues, unresolvedLeadTie, type MemberTotal } from './ranking';

const members = (...totals: [string, number | null][]): MemberTotal[] =>
  totals.map(([unitId, total]) => ({ unitId, total }));

describe('rankMembers', () => {
  it.each([
    {
      name: 'distinct totals rank highest first',
      members: members(['a', 80], ['b', 95], ['c', 90]),
      tieBreak: [],
      expected: [
        ['b', 1, []],
        ['c', 2, []],
        ['a', 3, []],
      ],
    },
    {
      name: 'equal totals share a rank and the next rank is skipped (1, 1, 3)',
      members: members(['a', 90], ['b', 95], ['c', 95]),
      tieBreak: [],
      expected: [
        ['b', 1, ['c']],
        ['c', 1, ['b']],
        ['a', 3, []],
      ],
    },
    {
      name: "the meeting's order breaks a tie for first place",
      members: members(['a', 90], ['b', 95], ['c', 95]),
      tieBreak: ['c', 'b'],
      expected: [
        ['c', 1, []],
        ['b', 2, []],
        ['a', 3, []],
      ],
    },
    {
      name: 'a tie-break never reorders different totals',
      members: members(['a', 90], ['b', 95]),
      tieBreak: ['a', 'b'],
      expected: [
        ['b', 1, []],
        ['a', 2, []],
      ],
    },
    {
      name: 'a partial tie-break places the named member; the others still share the next rank',
      members: members(['a', 70], ['b', 70], ['c', 70]),
      tieBreak: ['b'],
      expected: [
        ['b', 1, []],
        ['a', 2, ['c']],
        ['c', 2, ['a']],
      ],
    },
    {
      name: 'members never scored come last without a rank',
      members: members(['a', null], ['b', 60]),
      tieBreak: [],
      expected: [
        ['b', 1, []],
        ['a', null, []],
      ],
    },
    {
      name: 'decimal totals compare exactly',
      members: members(['a', 90.25], ['b', 90.5]),
      tieBreak: [],
      expected: [
        ['b', 1, []],
        ['a', 2, []],
      ],
    },
  ])('$name', ({ members: input, tieBreak, expected }) => {
    expect(
      rankMembers(input, tieBreak).map((member) => [member.unitId, member.rank, member.tiedWith]),
    ).toEqual(expected);
  });

  it('marks the places the meeting decided between equal totals', () => {
    const ranking = rankMembers(members(['a', 95], ['b', 95], ['c', 80]), ['b', 'a', 'c']);
    expect(ranking.map((member) => [member.unitId, member.decidedByMeeting])).toEqual([
      ['b', true],
      ['a', true],
      ['c', false],
    ]);
  });
});

describe('unresolvedLeadTie', () => {
  it.each([
    { totals: members(['a', 95], ['b', 95]), tieBreak: [], expected: ['a', 'b'] },
    { totals: members(['a', 95], ['b', 95]), tieBreak: ['b'], expected: [] },
    { totals: members(['a', 95], ['b', 90], ['c', 90]), tieBreak: [], expected: [] },
    { totals: members(['a', null], ['b', null]), tieBreak: [], expected: [] },
  ])('$totals.0.total vs $totals.1.total with $tieBreak', ({ totals, tieBreak, expected }) => {
    expect(unresolvedLeadTie(rankMembers(totals, tieBreak))).toEqual(expected);
  });
});

describe('tieBreakIssues', () => {
  it.each([
    { tieBreak: ['a', 'b'], expected: [] },
    { tieBreak: ['a', 'x'], expected: [['tieBreak[1]', 'cluster-member']] },
    { tieBreak: ['a', 'a'], expected: [['tieBreak[1]', 'unique']] },
  ])('$tieBreak', ({ tieBreak, expected }) => {
    expect(tieBreakIssues(tieBreak, ['a', 'b']).map((issue) => [issue.field, issue.rule])).toEqual(
      expected,
    );
  });
});
