import {
  DEFAULT_RESTART_POLICY as POLICY,
  restartDecision,
  restartPolicyFromEnv,
} from './restart-policy';

const MINUTE = 60_000;
const NOW = 100 * MINUTE;

describe('restartDecision', () => {
  it.each<[string, number[], number | null, number, number | 'gives up']>([
    ['a first crash waits the first delay', [], null, 5 * MINUTE, 1_000],
    ['a crash right after a restart doubles the wait', [NOW - 2_000], 1_000, 500, 2_000],
    ['the wait keeps doubling', [NOW - 9_000, NOW - 5_000, NOW - 2_000], 4_000, 500, 8_000],
    ['but never beyond 30 s', [NOW - 3 * MINUTE, NOW - 2 * MINUTE], 30_000, 500, 30_000],
    ['a healthy run starts the waits again', [NOW - 3 * MINUTE], 16_000, MINUTE, 1_000],
    [
      'restarts older than the window do not count',
      [
        NOW - 30 * MINUTE,
        NOW - 25 * MINUTE,
        NOW - 20 * MINUTE,
        NOW - 15 * MINUTE,
        NOW - 11 * MINUTE,
      ],
      1_000,
      2 * MINUTE,
      1_000,
    ],
    [
      'five restarts within ten minutes: it gives up',
      [NOW - 9 * MINUTE, NOW - 7 * MINUTE, NOW - 5 * MINUTE, NOW - 3 * MINUTE, NOW - MINUTE],
      1_000,
      2 * MINUTE,
      'gives up',
    ],
    [
      'restarts that failed count as well',
      [NOW - 40_000, NOW - 30_000, NOW - 20_000, NOW - 10_000, NOW - 1_000],
      16_000,
      0,
      'gives up',
    ],
  ])('%s', (_name, attempts, lastDelayMs, ranForMs, expected) => {
    const decision = restartDecision({ attempts, lastDelayMs }, NOW, ranForMs, POLICY);
    if (expected === 'gives up') {
      expect(decision).toEqual({ restart: false, reason: 'restarted 5 times within 600 s' });
    } else {
      expect(decision).toEqual({ restart: true, delayMs: expected });
    }
  });

  it('reads the limit and the window from the environment, refusing what is not a positive number', () => {
    expect(restartPolicyFromEnv({})).toEqual(POLICY);
    expect(
      restartPolicyFromEnv({ TDKT_RESTART_MAX: '2', TDKT_RESTART_WINDOW_SECONDS: '60' }),
    ).toMatchObject({
      maxRestarts: 2,
      windowMs: 60_000,
    });
    expect(() => restartPolicyFromEnv({ TDKT_RESTART_MAX: '0' })).toThrow(
      'TDKT_RESTART_MAX must be a positive whole number',
    );
    expect(() => restartPolicyFromEnv({ TDKT_RESTART_WINDOW_SECONDS: 'soon' })).toThrow(
      'TDKT_RESTART_WINDOW_SECONDS',
    );
  });
});
