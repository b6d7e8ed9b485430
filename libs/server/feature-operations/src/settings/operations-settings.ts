import { STUCK_REASONS, type StuckReason } from '@tdkt/contracts';
import type { ServerConfig } from '@tdkt/server-config';

/** What the stuck scan, the repairs and the monitor need to know, read once from the validated config. */
export class OperationsSettings {
  namespace!: string;
  taskQueue!: string;
  temporalUiUrl!: string | null;
  /** Working days a task may be overdue before it is stuck: per task type, else the default. */
  overdueAllowance!: { byTaskType: Record<string, number>; default: number };
  activityRetryAttempts!: number;
  noProgressAfterSeconds!: number;
  scanConcurrency!: number;
  alertThresholds!: Partial<Record<StuckReason, number>>;
  monitorIntervalSeconds!: number;
}

/** The operations settings from the server config (the formats are checked by its validators). */
export function operationsSettingsFrom(config: ServerConfig): OperationsSettings {
  const overdue = parsePairs(config.OPS_OVERDUE_WORKING_DAYS);
  const { default: fallback = 2, ...byTaskType } = overdue;
  const thresholds = parsePairs(config.OPS_ALERT_THRESHOLDS);
  const unknown = Object.keys(thresholds).filter(
    (reason) => !(STUCK_REASONS as readonly string[]).includes(reason),
  );
  if (unknown.length > 0)
    throw new Error(
      `OPS_ALERT_THRESHOLDS: unknown reason ${unknown.join(', ')} (known: ${STUCK_REASONS.join(', ')})`,
    );
  return {
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    temporalUiUrl: config.TEMPORAL_UI_URL?.replace(/\/+$/, '') ?? null,
    overdueAllowance: { byTaskType, default: fallback },
    activityRetryAttempts: config.OPS_ACTIVITY_RETRY_ATTEMPTS,
    noProgressAfterSeconds: durationSeconds(config.OPS_NO_PROGRESS_AFTER),
    scanConcurrency: config.OPS_SCAN_CONCURRENCY,
    alertThresholds: thresholds,
    monitorIntervalSeconds: config.OPS_MONITOR_INTERVAL_SECONDS,
  };
}

/** `a=1,b=2` as { a: 1, b: 2 }; an empty text is no pairs. */
export function parsePairs(text: string): Record<string, number> {
  if (text.trim() === '') return {};
  return Object.fromEntries(
    text.split(',').map((pair) => {
      const [key = '', value = ''] = pair.split('=');
      return [key.trim(), Number(value)];
    }),
  );
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** `90s`, `30m`, `72h`, `5d` in seconds. */
export function durationSeconds(text: string): number {
  const match = /^(\d+)([smhd])$/.exec(text.trim());
  if (match === null) throw new Error(`not a duration: ${text}`);
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}
