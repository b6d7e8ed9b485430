import { DEFAULT_TEMPORAL_NAMESPACE, TaskQueue } from '@tdkt/contracts';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { IsHostPort, IsKnownRulesProfile, IsPostgresUrl } from './validators';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Settings every server process (API, worker, CLI) needs: where PostgreSQL and Temporal are. */
export class ServerConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsPostgresUrl()
  DATABASE_URL!: string;

  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE: number = 10;

  @IsHostPort()
  TEMPORAL_ADDRESS: string = '127.0.0.1:7233';

  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,255}$/, { message: 'must be a Temporal namespace name' })
  TEMPORAL_NAMESPACE: string = DEFAULT_TEMPORAL_NAMESPACE;

  /** The task queue workers poll and workflows start on; separate queues isolate deployments sharing a namespace. */
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'must be a task queue name' })
  TEMPORAL_TASK_QUEUE: string = TaskQueue.main;

  /** Client certificate and key for mTLS to a Temporal cluster (both or neither). */
  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CERT_PATH?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_KEY_PATH?: string;

  /** CA bundle for a Temporal cluster whose certificate a public CA did not sign. */
  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CA_PATH?: string;

  /** API key for Temporal Cloud or a cluster with API-key auth; implies TLS. */
  @IsOptional()
  @IsString()
  TEMPORAL_API_KEY?: string;

  /** How long a process waits for Temporal at boot before it gives up. */
  @IsInt()
  @Min(1)
  @Max(600)
  TEMPORAL_CONNECT_TIMEOUT_SECONDS: number = 15;

  /**
   * A worker counts as present while it polled the task queue within this many seconds (an idle
   * worker's long poll lasts about a minute, so keep it above 70).
   */
  @IsInt()
  @Min(5)
  @Max(3600)
  WORKER_POLL_STALE_SECONDS: number = 90;

  /** Work waiting this long on the task queue means no worker is taking it (frozen, or overloaded). */
  @IsInt()
  @Min(1)
  @Max(3600)
  WORKER_BACKLOG_MAX_SECONDS: number = 30;

  /**
   * Shared secret for dossiers exchanged with another system (a province running its own software):
   * outgoing requests are signed with it and incoming callbacks must carry its signature.
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  INTEGRATION_HMAC_SECRET?: string;

  /**
   * Replays a past cycle: dossiers for award years up to this date's year get the rule set in force
   * on this date (YYYY-MM-DD) instead of today's, e.g. 2024-12-16 to run the 2024 cycle under the
   * district-level rules it was run under; dossiers of later years keep today's rules, and documents
   * of a replayed dossier say they are a replay. Unset in production; the `npm start` demo sets it
   * for its 2024 seed data.
   */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  RULES_AS_OF?: string;

  /**
   * The province's own rules (provincial profile, e.g. `DN` for Đồng Nai) layered on the national
   * rule set: dossiers pin `VN-2024+DN`-style rule sets, submission cut-offs apply, and the rules
   * API answers under it. Unset: the national rules alone.
   */
  @IsOptional()
  @IsKnownRulesProfile()
  RULES_PROFILE?: string;

  /**
   * `true` where the province has nominees' public disclosure (công khai) held outside this engine,
   * e.g. posted by the proposing units before they submit: dossiers then skip the disclosure window.
   */
  @IsOptional()
  @IsIn(['true', 'false'])
  DISCLOSURE_HELD_OUTSIDE?: 'true' | 'false';

  /** The URL at which people and other systems reach the API (behind a proxy, its public address). */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_API_URL: string = 'http://127.0.0.1:3000';

  /** Base URL of the Temporal Web UI, used to link workflows from the admin views. */
  @IsOptional()
  @IsString()
  TEMPORAL_UI_URL?: string;

  /**
   * Working days a human task may be overdue before it counts as stuck, per task type, with a
   * default: `default=2,dossier.review=5`.
   */
  @Matches(/^[a-z][\w.-]*=\d{1,3}(,[a-z][\w.-]*=\d{1,3})*$/, {
    message:
      'must be task-type=working-days pairs separated by commas, e.g. default=2,dossier.review=5',
  })
  OPS_OVERDUE_WORKING_DAYS: string = 'default=2';

  /** From this attempt on, a retrying activity counts as stuck. */
  @IsInt()
  @Min(2)
  @Max(1000)
  OPS_ACTIVITY_RETRY_ATTEMPTS: number = 3;

  /** How long a workflow may go without an event, waiting on no timer, task or running workflow: 90s, 30m, 72h, 5d. */
  @Matches(/^\d{1,6}[smhd]$/, { message: 'must be a duration such as 90s, 30m, 72h or 5d' })
  OPS_NO_PROGRESS_AFTER: string = '72h';

  /** Workflows described at once by a stuck scan. */
  @IsInt()
  @Min(1)
  @Max(64)
  OPS_SCAN_CONCURRENCY: number = 8;

  /** Stuck counts per reason that alert the administrators when crossed: `activity-retrying=1,task-overdue=20`. */
  @Matches(/^([a-z-]+=\d{1,6}(,[a-z-]+=\d{1,6})*)?$/, {
    message:
      'must be reason=count pairs separated by commas, e.g. activity-retrying=1,task-overdue=20',
  })
  OPS_ALERT_THRESHOLDS: string =
    'held-for-administrator=1,activity-retrying=1,workflow-task-failing=1,awaited-workflow-closed=1,no-progress=10,task-overdue=25';

  /** How often the stuck monitor counts stuck workflows. */
  @IsInt()
  @Min(1)
  @Max(86_400)
  OPS_MONITOR_INTERVAL_SECONDS: number = 300;
}
