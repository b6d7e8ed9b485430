import type { ErrorResponseBody } from '@tdkt/contracts';
import { SessionStore, type StoredSession } from './session-store';

/** Where the CLI finds the deployment and who it signs in as. */
export interface ConnectionOptions {
  api: string;
  username: string;
  password?: string;
}

/** An access token is renewed this long before it expires, so that it does not die mid-command. */
const EXPIRY_MARGIN_MS = 30_000;

/**
 * An answer of the API that was not a success, with its stable code and its message in Vietnamese
 * (first) and English, each field on its own line, as people read it in a terminal.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ErrorResponseBody>,
  ) {
    const errors = body.errors ?? [];
    const lines = [
      `Lỗi ${status} ${body.code ?? ''}: ${body.message?.vi ?? 'yêu cầu không thành công'}`,
      ...errors.map((error) => `  - ${error.field}: ${error.message.vi}`),
      `Error ${status} ${body.code ?? ''}: ${body.message?.en ?? 'request failed'}`,
      ...errors.map((error) => `  - ${error.field}: ${error.message.en}`),
    ];
    super(lines.join('\n'));
    this.name = 'ApiError';
  }
}

/** A refusal of the CLI itself, before or instead of asking the API. */
export class CliError extends Error {
  constructor(vi: string, en: string) {
    super(`${vi}\n${en}`);
    this.name = 'CliError';
  }
}

interface TokenAnswer {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

/**
 * The deployment's REST API as an operator uses it. It keeps the session between commands in a
 * file only its owner can read (SessionStore): the access token while it lives, then the refresh
 * token, and the password (TDKT_PASSWORD) only when there is no session, so that a series of
 * commands does not spend the log-in rate limit.
 */
export class OperatorApi {
  private constructor(
    private readonly base: string,
    private readonly username: string,
    private readonly store: SessionStore,
    private session: StoredSession,
    private readonly password: string | undefined,
  ) {}

  /** Signs in: the stored session if it still works, else the password. */
  static async signIn(options: ConnectionOptions, env = process.env): Promise<OperatorApi> {
    const base = options.api.replace(/\/+$/, '');
    const store = new SessionStore(base, options.username, env);
    const password = options.password ?? env.TDKT_PASSWORD;
    const session = await store.locked(() =>
      currentSession(base, options.username, store, password, false),
    );
    return new OperatorApi(base, options.username, store, session, password);
  }

  /** Signs in with the password whatever is stored, and keeps the new session. */
  static async logIn(options: ConnectionOptions, env = process.env): Promise<StoredSession> {
    const base = options.api.replace(/\/+$/, '');
    const store = new SessionStore(base, options.username, env);
    const password = options.password ?? env.TDKT_PASSWORD;
    return store.locked(() => currentSession(base, options.username, store, password, true));
  }

  /** Ends the stored session at the API (its tokens stop working) and forgets it. */
  static async logOut(
    options: Pick<ConnectionOptions, 'api' | 'username'>,
    env = process.env,
  ): Promise<boolean> {
    const base = options.api.replace(/\/+$/, '');
    const store = new SessionStore(base, options.username, env);
    return store.locked(async () => {
      const stored = store.read(base, options.username);
      if (stored === null) return false;
      await fetch(`${base}/api/v1/auth/logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: stored.refreshToken }),
      });
      store.remove();
      return true;
    });
  }

  get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
    const defined = Object.entries(query).filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined,
    );
    const search = new URLSearchParams(
      defined.map(([key, value]): [string, string] => [key, String(value)]),
    );
    return this.send<T>('GET', `${path}${defined.length > 0 ? `?${search.toString()}` : ''}`);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  /** A multipart upload (a file and its fields), sent as the browser would. */
  upload<T>(path: string, form: FormData): Promise<T> {
    return this.send<T>('POST', path, form);
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response = await this.fetch(method, path, body);
    // The token died under us (logged out elsewhere, a new signing key): renew once and retry.
    if (response.status === 401) {
      this.session = await this.store.locked(() =>
        currentSession(this.base, this.username, this.store, this.password, false, this.session),
      );
      response = await this.fetch(method, path, body);
    }
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (!response.ok) throw new ApiError(response.status, parsed ?? {});
    return parsed as T;
  }

  private fetch(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.session.accessToken}`,
        ...(body === undefined || body instanceof FormData
          ? {}
          : { 'content-type': 'application/json' }),
      },
      body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
    });
  }
}

/**
 * The session to use, under the store's lock: the stored access token while it lives (unless it is
 * `rejected`), else a refresh, else a log-in with the password; the result is stored.
 */
async function currentSession(
  base: string,
  username: string,
  store: SessionStore,
  password: string | undefined,
  forceLogIn: boolean,
  rejected?: StoredSession,
): Promise<StoredSession> {
  const stored = forceLogIn ? null : store.read(base, username);
  if (
    stored !== null &&
    stored.accessToken !== rejected?.accessToken &&
    stored.accessExpiresAt - EXPIRY_MARGIN_MS > Date.now()
  )
    return stored;
  if (stored !== null) {
    const refreshed = await post<TokenAnswer>(`${base}/api/v1/auth/refresh`, {
      refreshToken: stored.refreshToken,
    });
    if (refreshed.ok) return keep(store, base, username, refreshed.body);
    // Expired, revoked or past the session's maximum age: sign in again below.
    store.remove();
  }
  if (password === undefined || password === '')
    throw new CliError(
      `Chưa đăng nhập vào ${base} với tài khoản ${username} (hoặc phiên đã hết hạn): đặt mật khẩu vào biến TDKT_PASSWORD.`,
      `Not signed in to ${base} as ${username} (or the session expired): set the password in TDKT_PASSWORD.`,
    );
  const signedIn = await post<TokenAnswer>(`${base}/api/v1/auth/login`, { username, password });
  if (!signedIn.ok) throw new ApiError(signedIn.status, signedIn.body);
  return keep(store, base, username, signedIn.body);
}

function keep(
  store: SessionStore,
  api: string,
  username: string,
  tokens: TokenAnswer,
): StoredSession {
  const session: StoredSession = {
    api,
    username,
    accessToken: tokens.accessToken,
    accessExpiresAt: Date.now() + tokens.expiresIn * 1000,
    refreshToken: tokens.refreshToken,
  };
  store.write(session);
  return session;
}

async function post<T>(
  url: string,
  body: unknown,
): Promise<
  { ok: true; status: number; body: T } | { ok: false; status: number; body: ErrorResponseBody }
> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const parsed = (await response.json()) as T & ErrorResponseBody;
  return response.ok
    ? { ok: true, status: response.status, body: parsed }
    : { ok: false, status: response.status, body: parsed };
}
