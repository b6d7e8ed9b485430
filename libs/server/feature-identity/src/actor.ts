import type { AuthenticatedUser, RoleGrant } from '@tdkt/contracts';
import type { AuditContext } from '@tdkt/server-database';

/** A signed-in person making a request: who, under which grant, and the request id for the audit trail. */
export interface Actor {
  user: AuthenticatedUser;
  /** The grant that allowed the request (the nearest one covering its unit); null when no permission was needed. */
  grant: RoleGrant | null;
  requestId: string | null;
}

/** The audit fields that say who acted, in which role, for which unit, through which request. */
export function auditContextOf(actor: Actor, grant: RoleGrant | null = actor.grant): AuditContext {
  return {
    actorKind: 'user',
    actorId: actor.user.id,
    actorRole: grant?.role ?? null,
    actorUnitId: grant?.unitId ?? null,
    requestId: actor.requestId,
  };
}

/** The audit fields for someone not signed in (a log-in attempt, a single sign-on callback). */
export function anonymousAuditContext(requestId: string | null): AuditContext {
  return { actorKind: 'anonymous', actorId: null, actorRole: null, actorUnitId: null, requestId };
}
