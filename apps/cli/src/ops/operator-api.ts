import type { ErrorResponseBody } from '@tdkt/contracts';

/** Where the CLI finds the deployment and who it signs in as. */
export interface ConnectionOptions {
  api: string;
  username: string;
  password?: string;
}

/** An answer of the API that was not a success, with its stable code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ErrorResponseBody>,
  ) {
    const details = (body.errors ?? []).map((error) => `${error.field}: ${error.message.en}`);
    super(
      `${status} ${body.code ?? ''}: ${body.message?.en ?? 'request failed'}${details.length > 0 ? ` (${details.join('; ')})` : ''}`,
    );
    this.name = 'ApiError';
  }
}

/**
 * The deployment's REST API as an operator uses it: signs in once (POST /api/v1/auth/login) and sends
 * the bearer token with every request. Works the same against a local or a remote deployment.
 */
export class OperatorApi {
  private constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  static async signIn(options: ConnectionOptions): Promise<OperatorApi> {
    const password = options.password ?? process.env.TDKT_PASSWORD;
    if (!password) throw new Error('give the password in TDKT_PASSWORD (or --password)');
    const base = options.api.replace(/\/+$/, '');
    const response = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: options.username, password }),
    });
    const body = (await response.json()) as { accessToken?: string } & Partial<ErrorResponseBody>;
    if (!response.ok || body.accessToken === undefined) throw new ApiError(response.status, body);
    return new OperatorApi(base, body.accessToken);
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

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (!response.ok) throw new ApiError(response.status, parsed ?? {});
    return parsed as T;
  }
}
