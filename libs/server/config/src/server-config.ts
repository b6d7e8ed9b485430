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
import { IsHostPort, IsPostgresUrl } from './validators';

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
   * Shared secret for dossiers exchanged with another system (a province running its own software):
   * outgoing requests are signed with it and incoming callbacks must carry its signature.
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  INTEGRATION_HMAC_SECRET?: string;

  /**
   * Replays a past period: rule sets are chosen as of this date (YYYY-MM-DD) instead of today, e.g.
   * 2024-12-16 to run the 2024 cycle under the district-level rules it was run under. Unset in
   * production; the `npm start` demo sets it for its 2024 seed data.
   */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  RULES_AS_OF?: string;

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
}
