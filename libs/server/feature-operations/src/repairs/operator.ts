import type { OperatorAuditContext } from '@tdkt/contracts';
import type { Actor } from '@tdkt/server-feature-identity';
import type { OperatorScope } from '../scope/operator-scope';

/**
 * Who repairs: an administrator signed in to the API (scope checked now, each action audited under
 * the grant that reaches it), or the administrator who started a bulk repair, as recorded when it
 * started (the worker writes each item's audit row once, however often its activity is retried).
 */
export type Operator =
  | { kind: 'signed-in'; actor: Actor; scope: OperatorScope }
  | { kind: 'recorded'; audit: OperatorAuditContext; operationId: string };
