/** p50/p95/p99 and the extremes of a set of durations, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The value below which `p` percent of the values lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export function summarize(values: readonly number[]): LatencySummary {
  return {
    count: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.length === 0 ? Number.NaN : Math.max(...values)),
  };
}

/** Durations recorded by name (a step of the dossier's path, a query), in milliseconds. */
export class Latencies {
  private readonly byName = new Map<string, number[]>();

  add(name: string, millis: number): void {
    const list = this.byName.get(name) ?? [];
    list.push(millis);
    this.byName.set(name, list);
  }

  /** Times `work` under `name`. */
  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await work();
    this.add(name, performance.now() - started);
    return result;
  }

  all(): number[] {
    return [...this.byName.values()].flat();
  }

  summaries(): Record<string, LatencySummary> {
    return Object.fromEntries([...this.byName].map(([name, values]) => [name, summarize(values)]));
  }
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
