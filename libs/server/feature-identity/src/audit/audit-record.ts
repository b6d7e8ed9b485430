/** One audit row as auditors read it, with the actor's username and the unit's code resolved. */
export interface AuditRecordView {
  id: string;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  actorUnitId: string | null;
  unitId: string | null;
  unitCode: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  workflowId: string | null;
}

/** Which audit rows to read; every filter is optional and they combine with AND. */
export interface AuditFilter {
  /** Inclusive lower bound of occurred_at. */
  from?: Date;
  /** Exclusive upper bound of occurred_at. */
  to?: Date;
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** Rows about this unit or any unit below it. */
  unitId?: string;
  requestId?: string;
  workflowId?: string;
}
