import type { PlanTarget } from '../plan/plan-targets';
import { type AwardedNominee, groupShares, reportGroupShares } from './group-shares';

const person = (overrides: Partial<AwardedNominee> = {}): AwardedNominee => ({
  kind: 'individual',
  female: false,
  directWorker: false,
  ethnicMinority: false,
  leader: false,
  remoteArea: false,
  ...overrides,
});
const collective = (remoteArea: boolean | null): AwardedNominee => ({
  kind: 'collective',
  female: null,
  directWorker: null,
  ethnicMinority: null,
  leader: null,
  remoteArea,
});

const risingDirectWorkers: PlanTarget = {
  group: 'direct-worker',
  kind: 'rising',
  percent: null,
  text: { vi: 'Phấn đấu tăng dần tỷ lệ', en: 'Raise the share' },
  source: 'Mục III.1',
};

describe('shares of awards by recipient group', () => {
  it.each([
    ['no awards', [], { woman: [0, 0, 0], 'remote-area': [0, 0, 0] }],
    [
      'two women of four people, a collective not counted for gender',
      [person({ female: true }), person({ female: true }), person(), person(), collective(true)],
      { woman: [2, 4, 0], 'remote-area': [1, 5, 0] },
    ],
    [
      'an unstated gender counts in the denominator, never as a woman',
      [person({ female: null }), person({ female: true })],
      { woman: [1, 2, 1] },
    ],
    [
      'non-leaders are the people who are not leaders; an unstated post is neither',
      [person({ leader: true }), person({ leader: false }), person({ leader: null })],
      { 'non-leader': [1, 3, 1] },
    ],
    [
      'households count for direct work and ethnicity, not for gender',
      [
        { ...collective(false), kind: 'household' as const, directWorker: true },
        person({ directWorker: false }),
      ],
      { 'direct-worker': [1, 2, 0], woman: [0, 1, 0] },
    ],
  ] as const)('%s', (_name, awards, expected) => {
    const shares = groupShares(awards);
    for (const [group, [count, of, unstated]] of Object.entries(expected) as [
      string,
      readonly [number, number, number],
    ][])
      expect(shares[group as keyof typeof shares]).toEqual({ count, of, unstated });
  });
});

describe('shares against the plan', () => {
  const year = (direct: number, of: number) =>
    Array.from({ length: of }, (_, index) => person({ directWorker: index < direct }));

  it.each([
    ['rising and it rose', year(3, 10), year(2, 10), 'met', 30, 20],
    ['rising but it stayed', year(2, 10), year(2, 10), 'not-met', 20, 20],
    ['rising without a year before to compare', year(2, 10), [], 'not-judged', 20, null],
    ['rising with no awards this year', [], year(2, 10), 'not-judged', null, 20],
  ] as const)('%s', (_name, now, before, verdict, percent, previousPercent) => {
    const direct = reportGroupShares(now, before, [risingDirectWorkers]).find(
      (report) => report.group === 'direct-worker',
    );
    expect(direct).toMatchObject({
      verdict,
      percent,
      previousPercent,
      target: risingDirectWorkers,
    });
  });

  it('reports a group without a target beside the others, never judging it', () => {
    const women = reportGroupShares([person({ female: true })], [], [risingDirectWorkers]).find(
      (report) => report.group === 'woman',
    );
    expect(women).toMatchObject({ target: null, verdict: 'not-judged', percent: 100 });
  });
});
