/* eslint-disable no-console -- a benchmark prints its numbers */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { councilMeetingWorkflowId } from '@tdkt/contracts';
import { startSystem } from '@tdkt/testing';
import { type BaselineBackend, type WorkerSlots } from './baseline/baseline-backend';
import { EngineBackend } from './engine/engine-backend';
import { type HistoryFacts, historyFacts } from './measure/history';
import { CpuMeter, memoryMiB } from './measure/process-usage';
import { type LatencySummary, round, summarize } from './measure/stats';
import type { PathBackend } from './path/path-backend';
import { type PathOptions, type PathRun, runDossierPath } from './path/run-dossier-path';
import type { BenchServices } from './services';

/** What one system did on the dossier's path. */
export interface SystemResult {
  system: string;
  dossiers: number;
  seconds: number;
  perSecond: number;
  steps: Record<string, LatencySummary>;
  /** Every step's latency together. */
  allSteps: LatencySummary;
  /** History events and state transitions per dossier workflow, as the server counts them. */
  history: { eventsPerDossier: number; stateTransitionsPerDossier: number } | null;
  /** Events of one dossier's history by type, to see where they come from. */
  eventTypes: Record<string, number> | null;
  /** Events of the council meetings' workflows, per dossier (the engine's meetings are workflows too). */
  meetingEventsPerDossier: number | null;
  cpuSeconds: Record<string, number>;
  cpuSecondsPerDossier: number;
  memoryMiB: Record<string, { rss: number; peak: number }>;
  /** How long the run's workflow and activity tasks waited for a worker, from their histories. */
  scheduleToStart: HistoryFacts['scheduleToStart'] | null;
}

/** Warm-up dossiers before each measured run: JIT, connection pools, the worker's bundle. */
const WARM_UP = 6;

/** Runs the path on one system: a warm-up, then the measured run with CPU, memory and queue times. */
export async function measurePath(
  backend: PathBackend,
  options: PathOptions,
  processes: Record<string, number | undefined>,
  extras: {
    /** Called between the warm-up and the measured run. */
    afterWarmUp?: () => void;
    /** What the server recorded of the run's dossiers and, for the engine, its meetings. */
    history?: (run: PathRun) => Promise<HistoryResult>;
  } = {},
): Promise<SystemResult> {
  await runDossierPath(backend, { ...options, dossiers: WARM_UP, concurrency: WARM_UP });
  extras.afterWarmUp?.();
  const cpu = new CpuMeter(processes);
  const driverBefore = process.cpuUsage();
  const run = await runDossierPath(backend, options);
  const driver = process.cpuUsage(driverBefore);
  const cpuSeconds = { ...cpu.used(), 'bench driver': (driver.user + driver.system) / 1e6 };
  const serverCpu = Object.entries(cpuSeconds)
    .filter(([name]) => name !== 'bench driver')
    .reduce((sum, [, seconds]) => sum + seconds, 0);
  const counts: HistoryResult = extras.history
    ? await extras.history(run)
    : { history: null, eventTypes: null, meetingEventsPerDossier: null, scheduleToStart: null };
  return {
    system: backend.name,
    dossiers: run.completed,
    seconds: round(run.seconds, 2),
    perSecond: round(run.perSecond, 3),
    steps: run.steps.summaries(),
    allSteps: summarize(run.steps.all()),
    ...counts,
    cpuSeconds: Object.fromEntries(Object.entries(cpuSeconds).map(([k, v]) => [k, round(v, 2)])),
    cpuSecondsPerDossier: round(serverCpu / run.completed, 3),
    memoryMiB: Object.fromEntries(
      Object.entries(processes).map(([name, pid]) => {
        const memory = memoryMiB(pid);
        return [name, { rss: round(memory.rss, 0), peak: round(memory.peak, 0) }];
      }),
    ),
  };
}

type HistoryResult = Pick<
  SystemResult,
  'history' | 'eventTypes' | 'meetingEventsPerDossier' | 'scheduleToStart'
>;

/** The history figures of a run's dossier workflows (and of the council meetings' workflows, if any). */
async function historyOf(
  client: Client,
  dossierWorkflowIds: string[],
  meetingWorkflowIds: string[] | null,
): Promise<HistoryResult> {
  const dossiers = await historyFacts(client, dossierWorkflowIds);
  const meetings =
    meetingWorkflowIds === null ? null : await historyFacts(client, meetingWorkflowIds);
  return {
    history: {
      eventsPerDossier: dossiers.eventsPerWorkflow,
      stateTransitionsPerDossier: dossiers.stateTransitionsPerWorkflow,
    },
    eventTypes: dossiers.eventTypes,
    meetingEventsPerDossier:
      meetings === null
        ? null
        : round(
            (meetings.eventsPerWorkflow * meetings.workflows) / Math.max(1, dossiers.workflows),
          ),
    scheduleToStart: dossiers.scheduleToStart,
  };
}

/** The engine: its real API and worker processes on their own database, as `npm start` runs them. */
export async function measureEngine(
  services: BenchServices,
  options: PathOptions,
  settings: { slots: WorkerSlots; cpuProfileDir: string | null },
): Promise<SystemResult> {
  if (settings.cpuProfileDir) mkdirSync(settings.cpuProfileDir, { recursive: true });
  const system = await startSystem(services, {
    env: {
      // As the demo runs it: disclosure is held by the units, so a passed dossier goes to its decision.
      DISCLOSURE_HELD_OUTSIDE: 'true',
    },
    ...(settings.cpuProfileDir
      ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfileDir}`] }
      : {}),
    workerEnv: {
      WORKER_MAX_CONCURRENT_ACTIVITIES: String(settings.slots.maxConcurrentActivities),
      WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: String(settings.slots.maxConcurrentWorkflowTasks),
      WORKER_MAX_CACHED_WORKFLOWS: String(settings.slots.maxCachedWorkflows),
    },
  });
  const backend = await EngineBackend.create(system);
  let warmUpMeetings = 0;
  try {
    return await measurePath(
      backend,
      options,
      {
        api: system.api.pid,
        worker: system.worker.pid,
        temporal: services.temporal.process.pid,
        postgres: services.postgres.process.pid,
      },
      {
        afterWarmUp: () => {
          warmUpMeetings = backend.council.meetingIds.length;
        },
        history: (run) =>
          historyOf(
            system.temporal,
            run.dossiers.map((dossier) => dossier.workflowId),
            backend.council.meetingIds.slice(warmUpMeetings).map(councilMeetingWorkflowId),
          ),
      },
    );
  } finally {
    backend.stop();
    await system.stop();
  }
}

/** The bare-Temporal baseline on the same server. */
export async function measureBaseline(
  backend: BaselineBackend,
  services: BenchServices,
  options: PathOptions,
): Promise<SystemResult> {
  return measurePath(
    backend,
    options,
    { worker: backend.worker.pid, temporal: services.temporal.process.pid },
    {
      history: (run) =>
        historyOf(
          backend.temporal,
          run.dossiers.map((dossier) => dossier.workflowId),
          null,
        ),
    },
  );
}

export function logDirOf(services: BenchServices): string {
  return join(services.scratch, 'logs');
}

export function printSystem(result: SystemResult): void {
  console.log(
    `\n${result.system}: ${result.perSecond.toFixed(2)} dossiers/s (${result.dossiers} in ${result.seconds} s)`,
  );
  for (const [step, summary] of Object.entries(result.steps))
    console.log(
      `  ${step.padEnd(36)} p50 ${String(summary.p50).padStart(7)} ms  p95 ${String(summary.p95).padStart(7)} ms  (${summary.count})`,
    );
  if (result.history)
    console.log(
      `  history events per dossier ${result.history.eventsPerDossier}, state transitions ${result.history.stateTransitionsPerDossier}` +
        (result.meetingEventsPerDossier === null
          ? ''
          : `, + ${result.meetingEventsPerDossier} in council meetings`),
    );
  console.log(
    `  CPU s per dossier ${result.cpuSecondsPerDossier} (${Object.entries(result.cpuSeconds)
      .map(([name, seconds]) => `${name} ${seconds}`)
      .join(', ')})`,
  );
  console.log(
    `  memory MiB ${Object.entries(result.memoryMiB)
      .map(([name, memory]) => `${name} ${memory.rss} (peak ${memory.peak})`)
      .join(', ')}`,
  );
  if (result.scheduleToStart)
    console.log(
      `  schedule-to-start p50/p99: workflow tasks ${result.scheduleToStart.workflowTaskP50Ms}/${result.scheduleToStart.workflowTaskP99Ms} ms, activities ${result.scheduleToStart.activityP50Ms}/${result.scheduleToStart.activityP99Ms} ms`,
    );
}
