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

/**
 * Who may read a plan and who may mark its items done.
 *
 * - **Reading.** A plan is a public administrative document *within the issuing unit's subtree*:
 *   every unit under the district reads its district's plan, and, as everywhere, a grant on an
 *   ancestor reads what is below it. A plan:read grant on unit G therefore reads the plans issued by
 *   G's subtree and by G's ancestors. Anything else answers PLAN_NOT_FOUND, as for a plan that does
 *   not exist.
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

  /** The units whose plans the person may read: their plan:read units' subtrees and ancestors. */
  async readableIssuers(
    person: PlanPerson,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const roots = [...new Set(grantsWith(person, 'plan:read').map((grant) => grant.unitId))];
    if (roots.length === 0) return [];
    const rows = await manager.query<{ id: string }[]>(
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
       SELECT id FROM below UNION SELECT id FROM above`,
      [roots],
    );
    return rows.map((row) => row.id);
  }

  /** Throws PLAN_NOT_FOUND unless the person may read the plan. */
  async assertCanRead(
    person: PlanPerson,
    plan: Pick<PlanRecord, 'issuerUnitId'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (!(await this.readableIssuers(person, manager)).includes(plan.issuerUnitId)) {
      throw planNotFound();
    }
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
