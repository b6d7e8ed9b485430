import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type AuthenticatedUser,
  grantsWith,
  nearestGrant,
  type Permission,
  type RoleGrant,
} from '@tdkt/contracts';
import { MAX_UNIT_DEPTH, unitAncestry } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { planNotFound, type PlanItemRecord, type PlanRecord } from './plan-records';

/** The person reading or acting on a plan: their role grants, as the API's guard loaded them. */
export type PlanPerson = Pick<AuthenticatedUser, 'grants'>;

/** The plans a person reads: those issued by `issuerUnitIds`, and those with an item for `itemUnitIds`. */
export interface PlanReaderScope {
  issuerUnitIds: string[];
  itemUnitIds: string[];
}

/**
 * Who may read a plan and who may mark its items done.
 *
 * - **Reading.** A plan is a public administrative document *within the issuing unit's subtree*:
 *   every unit under the district reads its district's plan, and, as everywhere, a grant on an
 *   ancestor reads what is below it. A plan:read grant on unit G therefore reads the plans issued by
 *   G's subtree and by G's ancestors. A unit given work by a plan (an item it owns, a window it takes
 *   part in) reads that plan wherever it was issued. Anything else answers PLAN_NOT_FOUND, as for a
 *   plan that does not exist.
 * - **Completing an item.** The issuer's planners (plan:manage on the issuing unit) may complete
 *   any item; the owner unit's own people (plan:complete on the owner unit: its UNIT_OFFICER,
 *   UNIT_HEAD or REVIEWER, or one on a unit above it) may complete the items it owns. Anyone else who
 *   can read the plan is refused with 403.
 *
 * Grants cover their unit's subtree and the units merged into it, as in the access policy.
 */
@Injectable()
export class PlanAudience {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Where the person reads plans: the issuers whose plans they read (their plan:read units'
   * subtrees and ancestors) and the units whose items they follow in any plan (the subtrees: a unit
   * that owns an item, or takes part in its window, reads the plan that gives it the work).
   */
  async readerScope(
    person: PlanPerson,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlanReaderScope> {
    const roots = [...new Set(grantsWith(person, 'plan:read').map((grant) => grant.unitId))];
    if (roots.length === 0) return { issuerUnitIds: [], itemUnitIds: [] };
    const rows = await manager.query<{ id: string; below: boolean }[]>(
      `WITH RECURSIVE below(id) AS (
         SELECT id FROM units WHERE id = ANY($1::uuid[])
         UNION
         SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id OR u.merged_into_id = b.id
       ), above(id, depth) AS (
         SELECT id, 0 FROM units WHERE id = ANY($1::uuid[])
         UNION
         SELECT p.id, a.depth + 1
           FROM above a
           JOIN units u ON u.id = a.id
           JOIN units p ON p.id = u.parent_id OR p.id = u.merged_into_id
          WHERE a.depth < ${MAX_UNIT_DEPTH}
       )
       SELECT id, true AS below FROM below UNION SELECT id, false FROM above`,
      [roots],
    );
    return {
      issuerUnitIds: [...new Set(rows.map((row) => row.id))],
      itemUnitIds: rows.filter((row) => row.below).map((row) => row.id),
    };
  }

  /** Throws PLAN_NOT_FOUND unless the person may read the plan. */
  async assertCanRead(
    person: PlanPerson,
    plan: Pick<PlanRecord, 'id' | 'issuerUnitId'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const scope = await this.readerScope(person, manager);
    if (scope.issuerUnitIds.includes(plan.issuerUnitId)) return;
    const [item] = await manager.query<unknown[]>(
      `SELECT 1 FROM plan_items
        WHERE plan_id = $1 AND (owner_unit_id = ANY($2::uuid[]) OR participant_unit_ids && $2::uuid[])
        LIMIT 1`,
      [plan.id, scope.itemUnitIds],
    );
    if (item === undefined) throw planNotFound();
  }

  /**
   * The grant that lets the person complete the item (plan:manage on the issuer, else plan:complete
   * on the owner); 403 FORBIDDEN when there is none.
   */
  async assertCanComplete(
    person: PlanPerson,
    plan: Pick<PlanRecord, 'issuerUnitId'>,
    item: Pick<PlanItemRecord, 'ownerUnitId'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RoleGrant> {
    const grant =
      (await this.grantCovering(person, 'plan:manage', plan.issuerUnitId, manager)) ??
      (await this.grantCovering(person, 'plan:complete', item.ownerUnitId, manager));
    if (grant === null) throw new AppError('FORBIDDEN');
    return grant;
  }

  /** The person's grant nearest to the unit that carries the permission there, or null. */
  private async grantCovering(
    person: PlanPerson,
    permission: Permission,
    unitId: string,
    manager: EntityManager,
  ): Promise<RoleGrant | null> {
    const candidates = grantsWith(person, permission);
    if (candidates.length === 0) return null;
    return nearestGrant(candidates, await unitAncestry(manager, unitId));
  }
}
