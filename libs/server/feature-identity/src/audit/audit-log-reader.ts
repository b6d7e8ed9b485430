import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy';
import type { Actor } from '../actor';
import type { AuditFilter, AuditRecordView } from './audit-record';

/**
 * Reads the audit log within the actor's `audit:read` scope: rows about units of their subtrees, and
 * rows about no unit (sign-ins of unknown users, system events) only for those who cover a root unit.
 * Newest first, by id, so that pages are stable while new rows arrive.
 */
@Injectable()
export class AuditLogReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** Up to `limit` rows older than the `beforeId` cursor. */
  async page(
    actor: Actor,
    filter: AuditFilter,
    limit: number,
    beforeId?: string,
  ): Promise<AuditRecordView[]> {
    const [scope, root] = await Promise.all([
      this.access.unitsInScope(actor.user, 'audit:read'),
      this.access.coversRoot(actor.user, 'audit:read'),
    ]);
    const params: unknown[] = [scope, root];
    const where = [`(a.unit_id = ANY($1::uuid[]) OR (a.unit_id IS NULL AND $2::boolean))`];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.from !== undefined) add((p) => `a.occurred_at >= ${p}`, filter.from);
    if (filter.to !== undefined) add((p) => `a.occurred_at < ${p}`, filter.to);
    if (filter.actorId !== undefined) add((p) => `a.actor_id = ${p}`, filter.actorId);
    if (filter.action !== undefined) add((p) => `a.action = ${p}`, filter.action);
    if (filter.entityType !== undefined) add((p) => `a.entity_type = ${p}`, filter.entityType);
    if (filter.entityId !== undefined) add((p) => `a.entity_id = ${p}`, filter.entityId);
    if (filter.requestId !== undefined) add((p) => `a.request_id = ${p}`, filter.requestId);
    if (filter.workflowId !== undefined) add((p) => `a.workflow_id = ${p}`, filter.workflowId);
    if (filter.unitId !== undefined)
      add(
        (p) => `a.unit_id IN (
          WITH RECURSIVE below(id) AS (
            SELECT ${p}::uuid
            UNION
            SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id OR u.merged_into_id = b.id
          ) SELECT id FROM below)`,
        filter.unitId,
      );
    if (beforeId !== undefined) add((p) => `a.id < ${p}`, beforeId);
    params.push(limit);
    return this.dataSource.query<AuditRecordView[]>(
      `SELECT a.id::text AS id, to_json(a.occurred_at) #>> '{}' AS "occurredAt",
              a.actor_kind AS "actorKind", a.actor_id AS "actorId", actor.username AS "actorUsername",
              a.actor_role AS "actorRole", a.actor_unit_id AS "actorUnitId",
              a.unit_id AS "unitId", unit.code AS "unitCode",
              a.action, a.entity_type AS "entityType", a.entity_id AS "entityId",
              a.before, a.after, a.request_id AS "requestId", a.workflow_id AS "workflowId"
         FROM audit_log a
         LEFT JOIN users actor ON actor.id = a.actor_id
         LEFT JOIN units unit ON unit.id = a.unit_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.id DESC
        LIMIT $${params.length}`,
      params,
    );
  }

  /** Every matching row, newest first, in batches, for exports. */
  async *all(
    actor: Actor,
    filter: AuditFilter,
    batchSize = 1_000,
  ): AsyncGenerator<AuditRecordView> {
    let beforeId: string | undefined;
    for (;;) {
      const rows = await this.page(actor, filter, batchSize, beforeId);
      yield* rows;
      if (rows.length < batchSize) return;
      beforeId = rows[rows.length - 1]?.id;
    }
  }
}
