import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ERROR_CATALOG } from '@tdkt/contracts';
import type { RouteInfo } from '../auth/route-catalog';

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

const ERROR_SCHEMA = 'ErrorResponse';

/** The one error body every failure answers with (AppExceptionFilter). */
const ERROR_RESPONSE_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: 'Stable error code (libs/contracts/src/errors.ts)' },
    message: {
      type: 'object',
      required: ['vi', 'en'],
      properties: { vi: { type: 'string' }, en: { type: 'string' } },
    },
    errors: {
      type: 'array',
      description: 'The offending fields, each with the rule it broke',
      items: {
        type: 'object',
        required: ['field', 'rule', 'message'],
        properties: {
          field: { type: 'string' },
          rule: { type: 'string' },
          message: {
            type: 'object',
            required: ['vi', 'en'],
            properties: { vi: { type: 'string' }, en: { type: 'string' } },
          },
        },
      },
    },
    requestId: { type: 'string' },
  },
};

const WHY: Record<ErrorStatus, string> = {
  400: 'Malformed request: a field, parameter or body breaks its rule, or is not known',
  401: 'Not signed in, or the token, credentials or signature are not valid',
  403: 'Signed in, but not allowed to do this',
  404: 'Not found, or outside your scope',
  409: 'Not allowed in the current state',
  413: 'Body too large',
  415: 'Content type or file type not accepted',
  422: 'Well-formed, but refused by a rule',
  429: 'Too many requests from this address: wait and try again',
  503: 'PostgreSQL, Temporal or the workers do not answer in time: try again',
};

/** Statuses an operation may answer beyond those its controller declares; see `errorStatusesOf`. */
const EXTRA_STATUSES: Record<string, readonly ErrorStatus[]> = {};

/**
 * Adds to every operation of the document each error status its route can answer, with the shared
 * error body: derived from how the route declares access, its path parameters and its method, so that
 * a new route is documented as it is declared. Clients (and Schemathesis) can then rely on the
 * document for every answer, not just the successful one.
 */
export function documentErrorResponses(document: OpenAPIObject, routes: RouteInfo[]): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas[ERROR_SCHEMA] = ERROR_RESPONSE_SCHEMA;
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const operation: OperationObject | undefined =
      document.paths[path]?.[route.method.toLowerCase() as 'get'];
    if (operation === undefined) continue;
    if (route.path.startsWith('/health/')) {
      documentReadiness(route, operation);
      continue;
    }
    for (const status of errorStatusesOf(route, operation)) {
      const key = String(status);
      if (operation.responses[key] !== undefined) continue;
      operation.responses[key] = errorResponse(status);
    }
  }
}

/** The error statuses a route can answer. */
export function errorStatusesOf(route: RouteInfo, operation: OperationObject): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>([400]);
  const kind = route.access?.kind;
  const signIn = route.path.startsWith('/api/v1/auth/');
  const changes = route.method !== 'GET';
  if (kind !== 'public' || signIn) statuses.add(401);
  if (kind === 'permission' || kind === 'authenticated' || signIn) statuses.add(403);
  if (route.path.includes('/:') || route.unit !== undefined || route.path.includes('/sso/'))
    statuses.add(404);
  if (changes && kind !== 'public') {
    statuses.add(409);
    statuses.add(422);
  }
  if (changes) statuses.add(413);
  if (operation.requestBody !== undefined && 'content' in operation.requestBody) {
    if (operation.requestBody.content['multipart/form-data'] !== undefined) statuses.add(415);
  }
  if (signIn && kind === 'public') statuses.add(429);
  statuses.add(503);
  for (const status of EXTRA_STATUSES[`${route.method} ${route.path}`] ?? []) statuses.add(status);
  return [...statuses].sort((a, b) => a - b);
}

/** Readiness answers 503 with the same report as its 200, naming what is down; liveness only 200. */
function documentReadiness(route: RouteInfo, operation: OperationObject): void {
  const ready = operation.responses['200'] as ResponseObject | undefined;
  if (route.path !== '/health/ready' || ready === undefined) return;
  operation.responses['503'] = {
    description: 'Not ready: PostgreSQL, Temporal or a worker is missing (named in `checks`)',
    content: ready.content,
  };
}

function errorResponse(status: ErrorStatus): ResponseObject {
  const codes = Object.entries(ERROR_CATALOG)
    .filter(([, definition]) => definition.status === status)
    .map(([code]) => `\`${code}\``);
  return {
    description: `${WHY[status]}. Codes: ${codes.join(', ')}`,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } } },
  };
}
