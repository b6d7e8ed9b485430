import { clusterYearWorkflowId } from '@tdkt/contracts';
import type { AuditEntry } from '@tdkt/server-database';

/** The audit fields of a change the cluster year's workflow records; the key makes a retry a no-op. */
export function workflowAudit(
  clusterYearId: string,
  key: string,
  actorId: string | null = null,
): Pick<
  AuditEntry,
  'actorKind' | 'actorId' | 'entityType' | 'entityId' | 'workflowId' | 'idempotencyKey'
> {
  return {
    actorKind: actorId === null ? 'worker' : 'user',
    actorId,
    entityType: 'cluster-year',
    entityId: clusterYearId,
    workflowId: clusterYearWorkflowId(clusterYearId),
    idempotencyKey: `cluster-year:${clusterYearId}:${key}`,
  };
}
