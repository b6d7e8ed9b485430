/* eslint-disable no-console -- a benchmark prints its numbers */
import { join } from 'node:path';
import { BaselineBackend, type WorkerSlots } from './baseline/baseline-backend';
import { FLOWABLE_VERSION, measureFlowable } from './flowable/flowable-bench';
import { TEMPORAL_CLI_VERSION, THROUGHPUT_SQLITE_PRAGMAS } from '@tdkt/infra';
import { type BenchOptions, parseOptions, USAGE } from './options';
import type { PathOptions } from './path/run-dossier-path';
import { loadAverage, machineInfo } from './report/machine';
import {
  printSummary,
  runName,
  sideBySideChart,
  sideBySideResults,
  writeResults,
} from './report/results';
import { runScale, SCALE_POSTGRES_SETTINGS } from './scale/run-scale';
import { printScale } from './scale/print-scale';
import { type BenchServices, startBenchServices } from './services';
import {
  logDirOf,
  measureBaseline,
  measureEngine,
  printSystem,
  type SystemResult,
} from './side-by-side';

/**
 * `npm run bench`: the engine against bare Temporal and Flowable on the same machine in one run, or
 * with `--scale`, the engine at 100,000 open dossiers. Prints numbers and writes them to
 * bench/results/; not a pass/fail test. See docs/performance.md.
 */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const loadBefore = loadAverage();
  console.log(
    `Node ${process.version}; load average ${loadBefore.join(' ')}; starting PostgreSQL and the Temporal dev server…`,
  );
  const services = await startBenchServices(options.scale ? SCALE_POSTGRES_SETTINGS : {});
  try {
    if (options.scale) await scale(options, services, loadBefore);
    else await sideBySide(options, services, loadBefore);
  } finally {
    await services.stop();
  }
}

async function sideBySide(
  options: BenchOptions,
  services: BenchServices,
  loadBefore: number[],
): Promise<void> {
  const path: PathOptions = {
    dossiers: options.dossiers,
    concurrency: options.concurrency,
    returnEvery: options.returnEvery,
    council: { leadMs: 2_000, marginMs: 1_000 },
  };
  const slots: WorkerSlots = {
    maxConcurrentActivities: 50,
    maxConcurrentWorkflowTasks: 40,
    maxCachedWorkflows: options.maxCachedWorkflows,
  };
  const results: SystemResult[] = [];
  if (options.systems.includes('baseline')) {
    console.log('\nBare Temporal baseline…');
    const baseline = await BaselineBackend.start({
      temporalAddress: services.temporalAddress,
      bundle: services.baselineBundle,
      logDir: logDirOf(services),
      slots,
    });
    try {
      results.push(await measureBaseline(baseline, services, path));
    } finally {
      await baseline.stop();
    }
    printSystem(results.at(-1)!);
  }
  if (options.systems.includes('engine')) {
    console.log('\nThe engine through its API…');
    results.push(
      await measureEngine(services, path, {
        slots,
        cpuProfileDir: options.cpuProf ? join(__dirname, '..', 'results', 'profiles') : null,
      }),
    );
    printSystem(results.at(-1)!);
  }
  if (options.systems.includes('flowable')) {
    console.log(`\nFlowable (BPMN) embedded with PostgreSQL…`);
    results.push(await measureFlowable(services, path));
    printSystem(results.at(-1)!);
  }
  const summary = sideBySideResults(
    results,
    {
      dossiers: options.dossiers,
      concurrency: options.concurrency,
      returnEvery: options.returnEvery,
      council: path.council,
      workerSlots: slots,
      temporal: `dev server (CLI ${TEMPORAL_CLI_VERSION}), SQLite ${THROUGHPUT_SQLITE_PRAGMAS.join(', ')}`,
      postgres: 'embedded PostgreSQL 17, default durability (fsync on)',
      flowable: `${FLOWABLE_VERSION}, history level audit, async executor on`,
    },
    loadBefore,
  );
  printSummary(summary);
  writeResults(runName(summary), summary, sideBySideChart(summary));
}

async function scale(
  options: BenchOptions,
  services: BenchServices,
  loadBefore: number[],
): Promise<void> {
  const results = await runScale(options, services);
  const machine = machineInfo();
  const date = new Date().toISOString();
  const written = {
    kind: 'scale',
    date,
    machine,
    loadAverage: { before: loadBefore, after: loadAverage() },
    settings: {
      dossiers: options.dossiers,
      rows: options.rows,
      stuckWorkflows: options.stuckWorkflows,
      maxCachedWorkflows: options.maxCachedWorkflows,
    },
    ...results,
  };
  printScale(results);
  writeResults(`${runName({ date, machine })}-scale`, written);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
