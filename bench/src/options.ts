import { parseArgs } from 'node:util';

export type SystemName = 'engine' | 'baseline' | 'flowable';
const SYSTEMS: readonly SystemName[] = ['engine', 'baseline', 'flowable'];

export interface BenchOptions {
  /** Run the scale scenarios instead of the side-by-side path. */
  scale: boolean;
  /** Path: dossiers taken through the whole path. Scale: dossiers left open waiting on their review. */
  dossiers: number;
  concurrency: number;
  returnEvery: number;
  systems: SystemName[];
  /** Write V8 CPU profiles of the engine's API and worker into the results folder. */
  cpuProf: boolean;
  /** Worker cache (Temporal's sticky cache), the same for the engine's worker and the baseline's. */
  maxCachedWorkflows: number;
  /** Scale: rows of the dossier list and the audit trail. */
  rows: number;
  /** Scale: running workflows the admin stuck list pages through. */
  stuckWorkflows: number;
}

export const USAGE = `npm run bench [-- options]

  Side by side (default): the engine through its API, bare Temporal, Flowable; one run, one machine.
    --dossiers N          dossiers through the whole path per system (default 60)
    --concurrency N       simulated people working at once (default 12)
    --return-every N      every N-th dossier is returned for supplementation first (default 4; 0: none)
    --only a,b            systems to run: engine, baseline, flowable (default all three)
    --cpu-prof            V8 CPU profiles of the engine's API and worker (bench/results/profiles/)
    --max-cached N        workers' workflow cache (default 1000)

  --scale                 the scale scenarios instead (see docs/performance.md):
    --dossiers N          open dossiers waiting on their review, started through the batch API (default 100000)
    --rows N              dossier and audit rows for the list queries (default 1000000)
    --stuck N             running workflows for the admin stuck list (default 10000)
`;

function positive(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new Error(`--${name} must be a whole number of at least ${min} (got ${value})`);
  return number;
}

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean' },
      scale: { type: 'boolean' },
      dossiers: { type: 'string' },
      concurrency: { type: 'string' },
      'return-every': { type: 'string' },
      only: { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      'max-cached': { type: 'string' },
      rows: { type: 'string' },
      stuck: { type: 'string' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const systems = (values.only ?? SYSTEMS.join(',')).split(',').map((name) => name.trim());
  const unknown = systems.filter((name) => !SYSTEMS.includes(name as SystemName));
  if (unknown.length > 0)
    throw new Error(`--only knows ${SYSTEMS.join(', ')}; not ${unknown.join(', ')}`);
  const scale = values.scale === true;
  return {
    scale,
    dossiers: positive('dossiers', values.dossiers, scale ? 100_000 : 60),
    concurrency: positive('concurrency', values.concurrency, 12),
    returnEvery: positive('return-every', values['return-every'], 4, 0),
    systems: systems as SystemName[],
    cpuProf: values['cpu-prof'] === true,
    maxCachedWorkflows: positive('max-cached', values['max-cached'], 1000, 2),
    rows: positive('rows', values.rows, 1_000_000),
    stuckWorkflows: positive('stuck', values.stuck, 10_000),
  };
}
