import type { OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { RouteInfo } from '../auth/route-catalog';
import { errorStatusesOf } from './error-responses';

const route = (method: string, path: string, access: RouteInfo['access']): RouteInfo => ({
  method,
  path,
  handler: 'Test.handler',
  access,
  unit: undefined,
  body: undefined,
  query: undefined,
});
const json: OperationObject = { responses: {} };
const upload: OperationObject = {
  responses: {},
  requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } } } },
};
const permission = { kind: 'permission', permissions: ['dossier:read'] } as const;

describe('errorStatusesOf', () => {
  it.each([
    ['a list', route('GET', '/api/v1/dossiers', permission), json, [400, 401, 403, 503]],
    [
      'a read by id',
      route('GET', '/api/v1/dossiers/:id', permission),
      json,
      [400, 401, 403, 404, 503],
    ],
    [
      'an action by id',
      route('POST', '/api/v1/dossiers/:id/withdraw', permission),
      json,
      [400, 401, 403, 404, 409, 413, 422, 503],
    ],
    [
      'an upload',
      route('POST', '/api/v1/dossiers/:id/attachments', permission),
      upload,
      [400, 401, 403, 404, 409, 413, 415, 422, 503],
    ],
    [
      'log-in',
      route('POST', '/api/v1/auth/login', { kind: 'public' }),
      json,
      [400, 401, 403, 413, 429, 503],
    ],
    [
      'a signed callback',
      route('POST', '/api/v1/integrations/dossiers/:code/outcome', { kind: 'signed' }),
      json,
      [400, 401, 404, 409, 413, 422, 503],
    ],
    [
      'who am I',
      route('GET', '/api/v1/auth/me', { kind: 'authenticated' }),
      json,
      [400, 401, 403, 503],
    ],
  ] as const)('%s', (_, info, operation, expected) => {
    expect(errorStatusesOf(info, operation)).toEqual(expected);
  });
});
