/**
 * Schedule-to-start latency from the Temporal SDK's Prometheus histograms
 * (`temporal_workflow_task_schedule_to_start_latency`, `temporal_activity_schedule_to_start_latency`):
 * how long a task waited in its queue for a worker. Read before and after a run, the difference is
 * the run's own distribution.
 */
export type HistogramBuckets = Map<number, number>;

export interface ScheduleToStart {
  workflowTask: HistogramBuckets;
  activity: HistogramBuckets;
}

/** Reads a worker's /metrics exposition text. */
export async function readScheduleToStart(metricsUrl: string): Promise<ScheduleToStart> {
  const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${metricsUrl} answered ${response.status}`);
  const text = await response.text();
  return {
    workflowTask: buckets(text, 'temporal_workflow_task_schedule_to_start_latency'),
    activity: buckets(text, 'temporal_activity_schedule_to_start_latency'),
  };
}

/** Cumulative bucket counts by upper bound (milliseconds), summed over every label set. */
export function buckets(text: string, metric: string): HistogramBuckets {
  const result: HistogramBuckets = new Map();
  const line = new RegExp(
    `^${metric}(_seconds)?_bucket\\{[^}]*le="([^"]+)"[^}]*\\}\\s+([0-9.eE+-]+)`,
  );
  for (const row of text.split('\n')) {
    const match = line.exec(row);
    if (match === null) continue;
    const scale = match[1] === '_seconds' ? 1000 : 1;
    const bound = match[2] === '+Inf' ? Number.POSITIVE_INFINITY : Number(match[2]) * scale;
    result.set(bound, (result.get(bound) ?? 0) + Number(match[3]));
  }
  return result;
}

export function difference(after: HistogramBuckets, before: HistogramBuckets): HistogramBuckets {
  return new Map([...after].map(([bound, count]) => [bound, count - (before.get(bound) ?? 0)]));
}

/**
 * The `q` quantile (0..1) of a cumulative histogram, interpolated inside its bucket as Prometheus's
 * histogram_quantile does; NaN without observations. Above the last finite bound it answers that bound.
 */
export function quantile(histogram: HistogramBuckets, q: number): number {
  const bounds = [...histogram.keys()].sort((a, b) => a - b);
  const total = histogram.get(Number.POSITIVE_INFINITY) ?? histogram.get(bounds.at(-1) ?? 0) ?? 0;
  if (total <= 0) return Number.NaN;
  const rank = q * total;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const bound of bounds) {
    const count = histogram.get(bound) ?? 0;
    if (count >= rank) {
      if (bound === Number.POSITIVE_INFINITY) return lowerBound;
      return lowerBound + ((bound - lowerBound) * (rank - lowerCount)) / (count - lowerCount || 1);
    }
    lowerBound = bound;
    lowerCount = count;
  }
  return lowerBound;
}

export function observations(histogram: HistogramBuckets): number {
  return histogram.get(Number.POSITIVE_INFINITY) ?? 0;
}
