import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { cacheDir, javaExecutable, mavenClasspath } from '@tdkt/infra';
import { CpuMeter, memoryMiB } from '../measure/process-usage';
import { Latencies, round, summarize } from '../measure/stats';
import { type PathOptions, STEPS } from '../path/run-dossier-path';
import type { BenchServices } from '../services';
import type { SystemResult } from '../side-by-side';

/** The BPMN engine compared, from Maven Central (Apache-2.0), with PostgreSQL's JDBC driver. */
export const FLOWABLE_VERSION = '7.1.0';
const POSTGRES_JDBC_VERSION = '42.7.4';
const DATABASE = 'flowable_bench';
const WARM_UP = 6;

/** Flowable's classpath, resolved by Maven on first use and cached like the Java test server's. */
export function flowableClasspath(): Promise<string> {
  return mavenClasspath(
    join(cacheDir(), 'flowable', FLOWABLE_VERSION),
    [
      { groupId: 'org.flowable', artifactId: 'flowable-engine', version: FLOWABLE_VERSION },
      { groupId: 'org.postgresql', artifactId: 'postgresql', version: POSTGRES_JDBC_VERSION },
    ],
    'The Flowable benchmark',
  );
}

/**
 * Flowable embedded in a small Java driver (DossierBench.java, run from source by Java 17) on its own
 * database of the same PostgreSQL cluster, with the same people, concurrency and council cadence.
 */
export async function measureFlowable(
  services: BenchServices,
  options: PathOptions,
): Promise<SystemResult> {
  const classpath = await flowableClasspath();
  const admin = new URL(services.pgAdminUrl);
  const client = new Client({ connectionString: services.pgAdminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  const here = __dirname;
  const java = spawn(javaExecutable(), [
    '-cp',
    classpath,
    join(here, 'DossierBench.java'),
    `jdbc:postgresql://${admin.hostname}:${admin.port}/${DATABASE}`,
    decodeURIComponent(admin.username),
    decodeURIComponent(admin.password),
    join(here, 'dossier.bpmn20.xml'),
    String(options.dossiers),
    String(options.concurrency),
    String(options.returnEvery),
    String(options.council.leadMs),
    String(options.council.marginMs),
    String(WARM_UP),
  ]);
  const log = createWriteStream(join(services.scratch, 'flowable.log'));
  java.stderr.pipe(log);
  const exited = new Promise<number | null>((resolve) => java.on('exit', resolve));
  const processes = { java: java.pid, postgres: services.postgres.process.pid };
  const run = await readRun(java, processes, log);
  const code = await exited;
  log.end();
  if (run === null || code !== 0)
    throw new Error(
      `the Flowable driver ended with ${String(code)} before its result; see ${join(services.scratch, 'flowable.log')}`,
    );
  const { result, cpuSeconds, memory } = run;
  const steps = new Latencies();
  for (const [key, values] of Object.entries(result.steps))
    for (const value of values) steps.add(STEPS[key as keyof typeof STEPS] ?? key, value);
  const total = Object.values(cpuSeconds).reduce((sum, seconds) => sum + seconds, 0);
  return {
    system: 'flowable',
    dossiers: result.completed,
    seconds: round(result.seconds, 2),
    perSecond: round(result.completed / result.seconds, 3),
    steps: steps.summaries(),
    allSteps: summarize(steps.all()),
    history: null,
    eventTypes: null,
    meetingEventsPerDossier: null,
    cpuSeconds: Object.fromEntries(Object.entries(cpuSeconds).map(([k, v]) => [k, round(v, 2)])),
    cpuSecondsPerDossier: round(total / result.completed, 3),
    memoryMiB: memory,
    scheduleToStart: null,
  };
}

interface DriverResult {
  seconds: number;
  completed: number;
  steps: Record<string, number[]>;
}

/**
 * Follows the driver's output: on READY starts counting CPU and lets it run; on RESULT takes memory
 * and CPU and the latencies. Null when the driver ends without a result.
 */
async function readRun(
  java: ChildProcessWithoutNullStreams,
  processes: Record<string, number | undefined>,
  log: WriteStream,
): Promise<{
  result: DriverResult;
  cpuSeconds: Record<string, number>;
  memory: Record<string, { rss: number; peak: number }>;
} | null> {
  let cpu: CpuMeter | null = null;
  for await (const line of createInterface({ input: java.stdout })) {
    log.write(`${line}\n`);
    if (line === 'READY') {
      cpu = new CpuMeter(processes);
      java.stdin.write('GO\n');
    } else if (line.startsWith('RESULT ')) {
      const memory = Object.fromEntries(
        Object.entries(processes).map(([name, pid]) => {
          const used = memoryMiB(pid);
          return [name, { rss: round(used.rss, 0), peak: round(used.peak, 0) }];
        }),
      );
      return {
        result: JSON.parse(line.slice('RESULT '.length)) as DriverResult,
        cpuSeconds: cpu?.used() ?? {},
        memory,
      };
    }
  }
  return null;
}
