import type { AuthenticatedUser, RoleGrant } from '@tdkt/contracts';
import type { Request } from 'express';

/** An Express request as the access guard leaves it for handlers. */
export type AuthenticatedRequest = Request & {
  /** Set by pino-http for every request. */
  id?: string | number;
  /** Set for every route that is not @Public. */
  user?: AuthenticatedUser;
  /** The grant that allowed a @RequirePermission route, nearest to its unit. */
  accessGrant?: RoleGrant | null;
};
