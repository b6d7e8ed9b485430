import { resolve } from 'node:path';
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

const DAY = 86_400;
const REQUIRED_WITH_OIDC = { message: 'is required when OIDC_ISSUER_URL is set' };

/** The API's settings: the shared server settings, where it listens, and how people sign in. */
export class ApiConfig extends ServerConfig {
  @IsString()
  API_HOST: string = '127.0.0.1';

  @IsInt()
  @Min(1)
  @Max(65535)
  API_PORT: number = 3000;

  /**
   * Serves Prometheus metrics (dossiers per stage, open and overdue tasks, stuck workflows per reason,
   * the process's own) at http://API_METRICS_HOST:API_METRICS_PORT/metrics, apart from the API's
   * port; off when unset. It has no sign-in (scrapers do not hold 15-minute tokens): keep it internal.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  API_METRICS_PORT?: number;

  @IsString()
  API_METRICS_HOST: string = '127.0.0.1';

  /**
   * `true` when the demo accounts exist (`npm start` sets it after creating them): the sign-in page
   * then lists their usernames, so that a first visitor can try each role. Never on a real deployment.
   */
  @IsOptional()
  @IsIn(['true', 'false'])
  DEMO_ACCOUNTS_ON_SIGN_IN?: 'true' | 'false';

  /** The web app's build, served at `/` (`npm start` builds it into apps/web/dist). */
  @IsString()
  @IsNotEmpty()
  WEB_APP_DIR: string = resolve(__dirname, '..', '..', 'web', 'dist');

  /**
   * How long a request may wait on Temporal (a workflow start, an update a worker has to take, a
   * describe) before it answers 503; the admin stuck scans get longer.
   */
  @IsInt()
  @Min(1)
  @Max(120)
  API_TEMPORAL_TIMEOUT_SECONDS: number = 10;

  /** How long a request may wait for a PostgreSQL connection or query before it answers 503. */
  @IsInt()
  @Min(1)
  @Max(300)
  API_DATABASE_TIMEOUT_SECONDS: number = 5;

  /** Set by `npm start`: its status file of the processes it keeps running, for health and metrics. */
  @IsOptional()
  @IsString()
  SUPERVISOR_STATUS_FILE?: string;

  /**
   * Origins whose pages may call the API from a browser (CORS), comma-separated, e.g.
   * `https://tdkt.dongnai.gov.vn`. Unset: none; the web app this API serves is same-origin.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^/,\s]+(,\s*https?:\/\/[^/,\s]+)*$/, {
    message: 'must be origins such as https://tdkt.example.gov.vn, separated by commas',
  })
  API_CORS_ORIGINS?: string;

  /** Swagger UI at /api/docs and the document at /api/openapi.json: on, except in production. */
  @IsOptional()
  @IsIn(['on', 'off'])
  API_DOCS?: 'on' | 'off';

  /** Largest JSON body accepted, in kilobytes. */
  @IsInt()
  @Min(16)
  @Max(10_240)
  API_JSON_LIMIT_KB: number = 512;

  /**
   * Express "trust proxy" (e.g. `loopback`, `1`, or a list of proxy addresses), so that the log-in
   * rate limit and the audit trail see the client's address rather than the proxy's.
   */
  @IsOptional()
  @IsString()
  API_TRUST_PROXY?: string;

  /** HMAC key of the access tokens (HS256). `npm start` generates one into .data/. */
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters, e.g. from `openssl rand -base64 48`' })
  JWT_SECRET!: string;

  @IsInt()
  @Min(60)
  @Max(DAY)
  JWT_ACCESS_TTL_SECONDS: number = 900;

  @IsInt()
  @Min(300)
  @Max(90 * DAY)
  REFRESH_TOKEN_TTL_SECONDS: number = 7 * DAY;

  /** However often a session is refreshed, the person signs in again after this long. */
  @IsInt()
  @Min(300)
  @Max(365 * DAY)
  SESSION_MAX_AGE_SECONDS: number = 30 * DAY;

  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILED_ATTEMPTS: number = 5;

  @IsInt()
  @Min(1)
  @Max(DAY)
  LOGIN_LOCKOUT_SECONDS: number = 900;

  /** The longest lock-out: each further one of the same address doubles, up to this. */
  @IsInt()
  @Min(1)
  @Max(30 * DAY)
  LOGIN_LOCKOUT_MAX_SECONDS: number = DAY;

  /** Log-in, refresh and single sign-on requests per client address per window (per API process). */
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_RATE_LIMIT: number = 10;

  @IsInt()
  @Min(1)
  @Max(3_600)
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: number = 60;

  /** Single sign-on through an OpenID Connect provider; off unless set. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  OIDC_ISSUER_URL?: string;

  @ValidateIf((config: ApiConfig) => config.OIDC_ISSUER_URL !== undefined)
  @IsString(REQUIRED_WITH_OIDC)
  @IsNotEmpty(REQUIRED_WITH_OIDC)
  OIDC_CLIENT_ID?: string;

  @ValidateIf((config: ApiConfig) => config.OIDC_ISSUER_URL !== undefined)
  @IsString(REQUIRED_WITH_OIDC)
  @IsNotEmpty(REQUIRED_WITH_OIDC)
  OIDC_CLIENT_SECRET?: string;

  /** This API's callback, as registered at the provider: <API URL>/api/v1/auth/sso/callback. */
  @ValidateIf((config: ApiConfig) => config.OIDC_ISSUER_URL !== undefined)
  @IsUrl({ require_tld: false, require_protocol: true }, REQUIRED_WITH_OIDC)
  OIDC_REDIRECT_URL?: string;

  @IsString()
  @Matches(/(^|\s)openid(\s|$)/, { message: 'must include the scope openid' })
  OIDC_SCOPES: string = 'openid profile email';

  /** ID-token claim matched to a local username the first time someone signs on. */
  @IsString()
  @IsNotEmpty()
  OIDC_USERNAME_CLAIM: string = 'preferred_username';
}
