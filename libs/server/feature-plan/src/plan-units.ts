import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReferableUnit } from './import/match-unit-reference';

export interface PlanUnit extends ReferableUnit {
  parentId: string | null;
}

/** The organisation tree as plans see it: who is under the issuer, and which units exist. */
@Injectable()
export class PlanUnits {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every unit. */
  all(manager: EntityManager = this.dataSource.manager): Promise<PlanUnit[]> {
    return manager.query<PlanUnit[]>(
      `SELECT id, code, name, parent_id AS "parentId" FROM units ORDER BY code`,
    );
  }

  /** `rootId` and every unit below it. */
  subtree(rootId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanUnit[]> {
    return manager.query<PlanUnit[]>(
      `WITH RECURSIVE tree AS (
         SELECT id, code, name, parent_id FROM units WHERE id = $1
         UNION ALL
         SELECT u.id, u.code, u.name, u.parent_id FROM units u JOIN tree t ON u.parent_id = t.id
       )
       SELECT id, code, name, parent_id AS "parentId" FROM tree ORDER BY code`,
      [rootId],
    );
  }

  /** The ids among `ids` that name no unit. */
  async missing(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM units WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const found = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !found.has(id));
  }
}

/**
 * The units acting in an item's window when the plan does not list them: the owner's own subunits
 * (a department's schools), or, for an owner without any, the issuer's other direct subunits.
 */
export function defaultParticipants(
  units: readonly PlanUnit[],
  ownerId: string,
  issuerId: string,
): string[] {
  const children = units.filter((unit) => unit.parentId === ownerId);
  if (children.length > 0) return children.map((unit) => unit.id);
  return units
    .filter((unit) => unit.parentId === issuerId && unit.id !== ownerId)
    .map((unit) => unit.id);
}
