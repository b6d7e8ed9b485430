import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './errors';
import type { components, paths } from './schema.gen';

/** The API's request and response shapes, generated from its OpenAPI document. */
export type Schemas = components['schemas'];

type TokenSource = () => Promise<string | null>;
let accessToken: TokenSource = () => Promise.resolve(null);

/** Tells the client where the current access token comes from (the session, which refreshes it). */
export function takeAccessTokensFrom(source: TokenSource): void {
  accessToken = source;
}

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token !== null) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/** The typed API client. Same origin: the API serves this app. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(bearer);

/** The same API without the bearer token: sign-in and the browser session routes. */
export const publicApi = createClient<paths>({ baseUrl: window.location.origin });

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an API call and gives its data, or throws an ApiError for a refusal or an unreachable server. */
export async function call<T>(request: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', null);
  }
  if (!answer.response.ok) throw ApiError.fromResponse(answer.response.status, answer.error);
  return answer.data as T;
}

/**
 * For the operations routes, whose answers the API types with the contracts they are built from
 * (`StuckReport`, `WorkflowInspection`, `BulkRepairProgress` in `@tdkt/contracts`) rather than with
 * OpenAPI schemas: the same call, read as that contract.
 */
export async function callAs<T>(request: Promise<Answer<unknown>>): Promise<T> {
  return (await call(request)) as T;
}
