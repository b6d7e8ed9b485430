import { percentile, summarize } from './stats';

describe('latency percentiles (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);

  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [1, 1],
    [0, 1],
  ])('p%d of 1..100 in any order is %d', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it('takes the value at or above the rank in small sets', () => {
    expect(percentile([30, 10, 20], 50)).toBe(20);
    expect(percentile([30, 10, 20], 95)).toBe(30);
    expect(percentile([7], 99)).toBe(7);
  });

  it('answers NaN for no values rather than a made-up zero', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(summarize([])).toMatchObject({ count: 0, p50: Number.NaN, max: Number.NaN });
  });

  it('summarizes to one decimal', () => {
    expect(summarize([1.04, 2.06, 3.01])).toEqual({ count: 3, p50: 2.1, p95: 3, p99: 3, max: 3 });
  });
});
