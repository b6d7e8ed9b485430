import { type LogInBody, logIn, request } from '@tdkt/testing';

/** Refreshed this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * One person signed in to the API for as long as a run lasts: signs in once (log-in is rate-limited
 * per address) and refreshes the access token before it expires.
 */
export class ApiSession {
  private body: LogInBody;
  private expiresAt: number;
  private refreshing: Promise<void> | null = null;

  private constructor(
    private readonly apiUrl: string,
    body: LogInBody,
  ) {
    this.body = body;
    this.expiresAt = Date.now() + body.expiresIn * 1000;
  }

  static async open(apiUrl: string, username: string): Promise<ApiSession> {
    return new ApiSession(apiUrl, await logIn({ apiUrl }, username));
  }

  get userId(): string {
    return this.body.user.id;
  }

  /** Sends a request as this person and answers whatever the API answered. */
  async send<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
    if (Date.now() > this.expiresAt - REFRESH_MARGIN_MS) await this.refresh();
    return request<T>({ apiUrl: this.apiUrl }, method, path, {
      token: this.body.accessToken,
      ...(body === undefined ? {} : { body }),
      ...(headers === undefined ? {} : { headers }),
    });
  }

  /** Sends a request as this person; any answer but 2xx fails with what the API said. */
  async call<T>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T> {
    const answer = await this.send<T>(method, path, body, headers);
    if (answer.status < 200 || answer.status >= 300)
      throw new Error(
        `${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    return answer.body;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      const answer = await request<LogInBody>(
        { apiUrl: this.apiUrl },
        'POST',
        '/api/v1/auth/refresh',
        {
          body: { refreshToken: this.body.refreshToken },
        },
      );
      if (answer.status !== 200) throw new Error(`refresh answered ${answer.status}`);
      this.body = { ...answer.body, user: this.body.user };
      this.expiresAt = Date.now() + answer.body.expiresIn * 1000;
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }
}
