import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '@tdkt/contracts';
import type { Actor } from '@tdkt/server-feature-identity';
import type { AuthenticatedRequest } from './authenticated-request';

function signedInUser(request: AuthenticatedRequest): AuthenticatedUser {
  // Only reachable on a @Public route, which is a programming error, not a client's.
  if (request.user === undefined) throw new Error('@CurrentUser() used on a route without sign-in');
  return request.user;
}

/** The request id pino-http gave the request (a proxy's X-Request-Id when well-formed). */
function requestIdOf(request: AuthenticatedRequest): string | null {
  return request.id === undefined ? null : String(request.id);
}

/** The signed-in person making the request. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser =>
    signedInUser(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** The signed-in person, the grant that allowed the request and the request id: what use cases audit. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return {
      user: signedInUser(request),
      grant: request.accessGrant ?? null,
      requestId: requestIdOf(request),
    };
  },
);

/** The request id, for routes without a signed-in caller (log-in, refresh). */
export const RequestId = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | null =>
    requestIdOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** The caller's IP address as Express sees it (through API_TRUST_PROXY when behind a proxy). */
export const ClientIp = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | null =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().ip ?? null,
);
