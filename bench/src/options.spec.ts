import { parseOptions } from './options';

describe('bench options', () => {
  it('runs all three systems side by side by default, 60 dossiers 12 at a time', () => {
    expect(parseOptions([])).toMatchObject({
      scale: false,
      dossiers: 60,
      concurrency: 12,
      returnEvery: 4,
      systems: ['engine', 'baseline', 'flowable'],
      cpuProf: false,
      maxCachedWorkflows: 1000,
    });
  });

  it('defaults the scale run to 100,000 open dossiers, 1,000,000 rows and 10,000 for the stuck list', () => {
    expect(parseOptions(['--scale'])).toMatchObject({
      scale: true,
      dossiers: 100_000,
      rows: 1_000_000,
      stuckWorkflows: 10_000,
    });
  });

  it.each([
    [
      [
        '--scale',
        '--dossiers',
        '2000',
        '--stuck',
        '500',
        '--rows',
        '200000',
        '--max-cached',
        '250',
      ],
    ],
    [['--only', 'engine, baseline', '--return-every', '0', '--cpu-prof']],
  ])('reads %j', (argv) => {
    const options = parseOptions(argv);
    expect(options).not.toBe('help');
    if (options === 'help') return;
    if (options.scale) {
      expect([options.dossiers, options.stuckWorkflows, options.rows]).toEqual([
        2000, 500, 200_000,
      ]);
      expect(options.maxCachedWorkflows).toBe(250);
    } else {
      expect(options.systems).toEqual(['engine', 'baseline']);
      expect(options.returnEvery).toBe(0);
      expect(options.cpuProf).toBe(true);
    }
  });

  it.each([
    [['--dossiers', '0'], '--dossiers must be a whole number of at least 1 (got 0)'],
    [['--concurrency', '2.5'], '--concurrency must be a whole number of at least 1 (got 2.5)'],
    [['--max-cached', '1'], '--max-cached must be a whole number of at least 2 (got 1)'],
    [['--return-every=-1'], '--return-every must be a whole number of at least 0 (got -1)'],
    [['--only', 'engine,camunda'], '--only knows engine, baseline, flowable; not camunda'],
  ])('refuses %j, naming the option and the rule', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(message);
  });

  it('refuses an option it does not know', () => {
    expect(() => parseOptions(['--dossier', '5'])).toThrow(/--dossier/);
  });

  it('answers help when asked', () => {
    expect(parseOptions(['--help'])).toBe('help');
  });
});
