/* eslint-disable no-console -- a benchmark prints its numbers */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEPS } from '../path/run-dossier-path';
import type { SystemResult } from '../side-by-side';
import { type ChartPanel, renderChart } from './chart';
import { loadAverage, type MachineInfo, machineInfo } from './machine';
import { round } from '../measure/stats';

/** The results folder: bench/results/ in the repository, next to the code that wrote them. */
export const RESULTS_DIR = join(__dirname, '..', '..', 'results');

/** The side-by-side figures as the issue asks for them, then everything measured. */
export interface SideBySideResults {
  kind: 'side-by-side';
  date: string;
  machine: MachineInfo;
  /** `uptime`'s load average when the run began and ended: the machine is shared, the figures are noisy. */
  loadAverage: { before: number[]; after: number[] };
  settings: Record<string, unknown>;
  dossiersPerSecond: number | null;
  baselinePerSecond: number | null;
  flowablePerSecond: number | null;
  /** Engine throughput / bare-Temporal throughput. */
  throughputRatio: number | null;
  /** Engine throughput / Flowable throughput. */
  flowableThroughputRatio: number | null;
  /** p95 of every step's latency, engine / baseline. */
  p95StepLatencyRatio: number | null;
  historyEventsPerDossier: number | null;
  baselineEventsPerDossier: number | null;
  historyEventsRatio: number | null;
  workerRssMiB: number | null;
  apiRssMiB: number | null;
  cpuSecondsPerDossier: number | null;
  baselineCpuSecondsPerDossier: number | null;
  flowableCpuSecondsPerDossier: number | null;
  /** The engine worker's schedule-to-start p99 at the run's rate, ms. */
  workflowTaskScheduleToStartP99Ms: number | null;
  activityScheduleToStartP99Ms: number | null;
  systems: SystemResult[];
}

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined || b === 0
    ? null
    : round(a / b, 3);
}

export function sideBySideResults(
  systems: SystemResult[],
  settings: Record<string, unknown>,
  loadBefore: number[],
): SideBySideResults {
  const of = (name: string) => systems.find((system) => system.system === name);
  const engine = of('engine');
  const baseline = of('baseline');
  const flowable = of('flowable');
  return {
    kind: 'side-by-side',
    date: new Date().toISOString(),
    machine: machineInfo(),
    loadAverage: { before: loadBefore, after: loadAverage() },
    settings,
    dossiersPerSecond: engine?.perSecond ?? null,
    baselinePerSecond: baseline?.perSecond ?? null,
    flowablePerSecond: flowable?.perSecond ?? null,
    throughputRatio: ratio(engine?.perSecond, baseline?.perSecond),
    flowableThroughputRatio: ratio(engine?.perSecond, flowable?.perSecond),
    p95StepLatencyRatio: ratio(engine?.allSteps.p95, baseline?.allSteps.p95),
    historyEventsPerDossier: engine?.history?.eventsPerDossier ?? null,
    baselineEventsPerDossier: baseline?.history?.eventsPerDossier ?? null,
    historyEventsRatio: ratio(
      engine?.history?.eventsPerDossier,
      baseline?.history?.eventsPerDossier,
    ),
    workerRssMiB: engine?.memoryMiB.worker?.rss ?? null,
    apiRssMiB: engine?.memoryMiB.api?.rss ?? null,
    cpuSecondsPerDossier: engine?.cpuSecondsPerDossier ?? null,
    baselineCpuSecondsPerDossier: baseline?.cpuSecondsPerDossier ?? null,
    flowableCpuSecondsPerDossier: flowable?.cpuSecondsPerDossier ?? null,
    workflowTaskScheduleToStartP99Ms: engine?.scheduleToStart?.workflowTaskP99Ms ?? null,
    activityScheduleToStartP99Ms: engine?.scheduleToStart?.activityP99Ms ?? null,
    systems,
  };
}

/** The name both files of a run share: `<date>-<machine>`. */
export function runName(results: { date: string; machine: MachineInfo }): string {
  return `${results.date.slice(0, 10)}-${results.machine.hostname}`;
}

/** Writes the JSON (and the chart, when given) into bench/results/ and says where. */
export function writeResults(name: string, results: unknown, chart?: string): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${json}`);
  if (chart !== undefined) {
    const svg = join(RESULTS_DIR, `${name}.svg`);
    writeFileSync(svg, chart);
    console.log(`Wrote ${svg}`);
  }
}

export function sideBySideChart(results: SideBySideResults): string {
  const systems = results.systems;
  const values = (pick: (system: SystemResult) => number | undefined) =>
    Object.fromEntries(
      systems.flatMap((system) => {
        const value = pick(system);
        return value === undefined ? [] : [[system.system, value]];
      }),
    );
  const panels: ChartPanel[] = [
    {
      title: 'Throughput, whole path',
      unit: 'dossiers/s',
      groups: [{ label: 'dossiers closed per second', values: values((s) => s.perSecond) }],
    },
    {
      title: 'p95 from an action to the next task visible',
      unit: 'ms',
      groups: Object.values(STEPS).map((step) => ({
        label: step,
        values: values((s) => s.steps[step]?.p95),
      })),
    },
    {
      title: 'Cost per dossier',
      unit: 'CPU s; history events / 100',
      groups: [
        { label: 'CPU seconds', values: values((s) => s.cpuSecondsPerDossier) },
        {
          label: 'history events / 100',
          values: values((s) =>
            s.history === null ? undefined : s.history.eventsPerDossier / 100,
          ),
        },
      ],
    },
  ];
  const machine = results.machine;
  return renderChart(
    `TĐKT engine, bare Temporal and Flowable — ${results.date.slice(0, 10)}`,
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, load ${results.loadAverage.before.join(' ')}; ` +
      `${String(results.settings.dossiers)} dossiers per system, ${String(results.settings.concurrency)} people at once`,
    panels,
  );
}

export function printSummary(results: SideBySideResults): void {
  console.log('\nSummary');
  const rows: [string, unknown][] = [
    ['engine dossiers/s', results.dossiersPerSecond],
    ['baseline dossiers/s', results.baselinePerSecond],
    ['flowable dossiers/s', results.flowablePerSecond],
    ['throughput ratio (engine / baseline)', results.throughputRatio],
    ['engine / flowable', results.flowableThroughputRatio],
    ['p95 step latency ratio (engine / baseline)', results.p95StepLatencyRatio],
    [
      'history events per dossier (engine, baseline)',
      `${results.historyEventsPerDossier}, ${results.baselineEventsPerDossier}`,
    ],
    [
      'CPU s per dossier (engine, baseline, flowable)',
      `${results.cpuSecondsPerDossier}, ${results.baselineCpuSecondsPerDossier}, ${results.flowableCpuSecondsPerDossier}`,
    ],
    [
      'schedule-to-start p99 ms (workflow tasks, activities)',
      `${results.workflowTaskScheduleToStartP99Ms}, ${results.activityScheduleToStartP99Ms}`,
    ],
    ['worker / API RSS MiB', `${results.workerRssMiB} / ${results.apiRssMiB}`],
    [
      'load average before → after',
      `${results.loadAverage.before.join(' ')} → ${results.loadAverage.after.join(' ')}`,
    ],
  ];
  for (const [name, value] of rows) console.log(`  ${name.padEnd(56)} ${String(value)}`);
}
