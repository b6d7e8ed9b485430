import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ServerConfig } from '@tdkt/server-config';

const HTTP_URL_LIST = /^https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*$/;

/** The worker's settings: the shared server settings, how much work it takes on, and how notifications leave. */
export class WorkerConfig extends ServerConfig {
  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_MAX_CONCURRENT_ACTIVITIES: number = 50;

  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: number = 40;

  /**
   * How many workflows the worker keeps in memory between their tasks (Temporal's sticky cache). A
   * workflow pushed out is replayed from its history when it next has work, so memory is bounded by
   * this number, not by how many dossiers are open (see docs/performance.md).
   */
  @IsInt()
  @Min(2)
  @Max(100_000)
  WORKER_MAX_CACHED_WORKFLOWS: number = 1000;

  /**
   * Serves Prometheus metrics (this worker's activities and the Temporal SDK's own: workflow task
   * latency, slots, polls) at http://WORKER_METRICS_HOST:WORKER_METRICS_PORT/metrics; off when unset.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_METRICS_PORT?: number;

  /** Keep it on an internal interface: the metrics endpoint has no sign-in. */
  @IsString()
  WORKER_METRICS_HOST: string = '127.0.0.1';

  /** `off`: this worker does not make sure the stuck monitor (alerts to administrators) runs. */
  @IsIn(['on', 'off'])
  OPS_MONITOR: 'on' | 'off' = 'on';

  /** A prebuilt workflow bundle (from bundleWorkflowCode); without it the worker bundles at start. */
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  /** The SMTP server as one URL, e.g. smtp://user:pass@mail.example.gov.vn:587; wins over SMTP_HOST. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  SMTP_HOST?: string;

  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT: number = 587;

  /** "true" for TLS from the first byte (usually port 465); otherwise STARTTLS when offered. */
  @IsIn(['true', 'false'])
  SMTP_SECURE: 'true' | 'false' = 'false';

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  /** The From header of notification e-mails; required once SMTP is configured. */
  @ValidateIf((config: WorkerConfig) => Boolean(config.SMTP_URL || config.SMTP_HOST))
  @IsString()
  @Matches(/@/, {
    message: 'must be set when SMTP_URL or SMTP_HOST is, e.g. "TĐKT <tdkt@example.gov.vn>"',
  })
  SMTP_FROM?: string;

  /** Comma-separated http(s) URLs that receive every notification as signed JSON. */
  @IsOptional()
  @Matches(HTTP_URL_LIST, { message: 'must be one or more http(s) URLs separated by commas' })
  NOTIFICATION_WEBHOOK_URLS?: string;

  /** The HMAC-SHA256 key webhook receivers verify signatures with; required with NOTIFICATION_WEBHOOK_URLS. */
  @ValidateIf((config: WorkerConfig) => Boolean(config.NOTIFICATION_WEBHOOK_URLS))
  @IsString()
  @MinLength(16, {
    message: 'must be at least 16 characters when NOTIFICATION_WEBHOOK_URLS is set',
  })
  NOTIFICATION_WEBHOOK_SECRET?: string;

  @IsInt()
  @Min(1)
  @Max(60)
  NOTIFICATION_WEBHOOK_TIMEOUT_SECONDS: number = 10;

  /** Where people open the application; links in e-mails and webhooks are made absolute with it. */
  @IsUrl({ require_tld: false, require_protocol: true })
  APP_PUBLIC_URL: string = 'http://127.0.0.1:3000';
}
