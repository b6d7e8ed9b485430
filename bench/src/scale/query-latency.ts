import type { ManagedProcess } from '@tdkt/infra';
import type { DataSource } from 'typeorm';
import type { ApiSession } from '../engine/api-session';
import { type LatencySummary, Latencies, summarize } from '../measure/stats';

/** A request people make often, as someone who makes it. */
export interface QueryCase {
  name: string;
  session: ApiSession;
  path: string;
}

export interface QueryLatencies {
  cases: Record<string, LatencySummary & { path: string }>;
  all: LatencySummary;
  slowest: { name: string; path: string; p95: number; plan: string | null };
}

/**
 * Times each case `repeat` times through the API (what the person waits for: sign-in check, the
 * queries, the answer), round-robin so that caches favour none; then sends the case slowest at p95
 * once more with PostgreSQL's auto_explain on and keeps the plan of its slowest statement
 * (EXPLAIN ANALYZE as it ran).
 */
export async function measureQueries(
  cases: QueryCase[],
  repeat: number,
  postgres: { db: DataSource; process: ManagedProcess },
): Promise<QueryLatencies> {
  const latencies = new Latencies();
  for (const probe of cases) await probe.session.call('GET', probe.path);
  for (let round = 0; round < repeat; round += 1)
    for (const probe of cases)
      await latencies.time(probe.name, () => probe.session.call('GET', probe.path));
  const summaries = latencies.summaries();
  const slowest = cases.reduce((worst, probe) =>
    (summaries[probe.name]?.p95 ?? 0) > (summaries[worst.name]?.p95 ?? 0) ? probe : worst,
  );
  return {
    cases: Object.fromEntries(
      cases.map((probe) => [probe.name, { ...summaries[probe.name]!, path: probe.path }]),
    ),
    all: summarize(latencies.all()),
    slowest: {
      name: slowest.name,
      path: slowest.path,
      p95: summaries[slowest.name]?.p95 ?? Number.NaN,
      plan: await planOf(() => slowest.session.call('GET', slowest.path), postgres),
    },
  };
}

/**
 * Runs `work` with auto_explain logging every statement's plan with actual times (the cluster loads
 * auto_explain in every session, off until now), and answers the slowest statement's plan.
 */
async function planOf(
  work: () => Promise<unknown>,
  postgres: { db: DataSource; process: ManagedProcess },
): Promise<string | null> {
  const plans: { millis: number; lines: string[] }[] = [];
  let current: { millis: number; lines: string[] } | null = null;
  const stop = postgres.process.onLine((line) => {
    const start = /duration: ([\d.]+) ms\s+plan:/.exec(line);
    if (start) {
      current = { millis: Number(start[1]), lines: [] };
      plans.push(current);
    } else if (current !== null && /^\s/.test(line)) {
      current.lines.push(line.replace(/^\t/, ''));
    } else {
      current = null;
    }
  });
  const configure = async (minDuration: string) => {
    await postgres.db.query(`ALTER SYSTEM SET auto_explain.log_min_duration = '${minDuration}'`);
    await postgres.db.query(`SELECT pg_reload_conf()`);
    // The reload reaches the other sessions at their next statement, within moments.
    await new Promise((resolve) => setTimeout(resolve, 500));
  };
  try {
    await configure('0');
    await work();
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    await configure('-1');
    stop();
  }
  const worst = plans
    .filter((plan) => !plan.lines.some((line) => /ALTER SYSTEM|pg_reload_conf/.test(line)))
    .sort((a, b) => b.millis - a.millis)[0];
  return worst === undefined ? null : [`duration: ${worst.millis} ms`, ...worst.lines].join('\n');
}
