import {
  maximumTotal,
  scoreIssues,
  scoringTableIssues,
  totalScore,
  type ClusterCriterion,
  type ClusterScoringTable,
} from './scoring';

const criterion = (code: string, maxPoints: number): ClusterCriterion => ({
  code,
  title: { vi: `Tiêu chí ${code}`, en: `Criterion ${code}` },
  maxPoints,
});
const table: ClusterScoringTable = {
  version: 2,
  criteria: [criterion('KT', 40), criterion('XH', 30), criterion('TD', 30)],
};

describe('scoreIssues', () => {
  it.each<{ name: string; scores: Record<string, number>; expected: string[][] }>([
    {
      name: 'every criterion within its ceiling',
      scores: { KT: 40, XH: 0, TD: 12.5 },
      expected: [],
    },
    {
      name: 'a criterion left out',
      scores: { KT: 40, XH: 10 },
      expected: [['scores.TD', 'required']],
    },
    {
      name: 'above the ceiling',
      scores: { KT: 40.5, XH: 10, TD: 10 },
      expected: [['scores.KT', 'points-in-range']],
    },
    {
      name: 'negative points',
      scores: { KT: -1, XH: 10, TD: 10 },
      expected: [['scores.KT', 'points-in-range']],
    },
    {
      name: 'more than two decimals',
      scores: { KT: 10.125, XH: 10, TD: 10 },
      expected: [['scores.KT', 'points-in-range']],
    },
    {
      name: 'not a number',
      scores: { KT: Number.NaN, XH: 10, TD: 10 },
      expected: [['scores.KT', 'points-in-range']],
    },
    {
      name: 'a criterion not in this version',
      scores: { KT: 1, XH: 1, TD: 1, OLD: 5 },
      expected: [['scores.OLD', 'known-criterion']],
    },
  ])('$name', ({ scores, expected }) => {
    expect(scoreIssues(table, scores).map((issue) => [issue.field, issue.rule])).toEqual(expected);
  });
});

describe('scoringTableIssues', () => {
  it.each([
    { name: 'a valid table', criteria: table.criteria, expected: [] },
    { name: 'an empty table', criteria: [], expected: [['criteria', 'not-empty']] },
    {
      name: 'a repeated code',
      criteria: [criterion('KT', 10), criterion('KT', 5)],
      expected: [['criteria[1].code', 'unique']],
    },
    {
      name: 'a ceiling of zero',
      criteria: [criterion('KT', 0)],
      expected: [['criteria[0].maxPoints', 'positive-points']],
    },
  ])('$name', ({ criteria, expected }) => {
    expect(scoringTableIssues(criteria).map((issue) => [issue.field, issue.rule])).toEqual(
      expected,
    );
  });
});

describe('totals', () => {
  it.each([
    { scores: { KT: 40, XH: 30, TD: 30 }, expected: 100 },
    { scores: { KT: 0.1, XH: 0.2, TD: 0 }, expected: 0.3 },
    { scores: { KT: 12.25, XH: 7.5, TD: 0.75 }, expected: 20.5 },
  ])('sums $scores to $expected', ({ scores, expected }) => {
    expect(totalScore(table, scores)).toBe(expected);
  });

  it("gives the table's ceiling", () => {
    expect(maximumTotal(table)).toBe(100);
  });
});
