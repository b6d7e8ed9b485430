import { Injectable } from '@nestjs/common';
import { AppError, type RoleGrant } from '@tdkt/contracts';
import type { AuditContext } from '@tdkt/server-database';
import { AccessPolicy, type Actor, auditContextOf } from '@tdkt/server-feature-identity';

/**
 * The workflows an operator may see and repair: everything when `admin:operate` is held on a root of
 * the organisation tree; otherwise the dossiers proposed by units of their grants' subtrees (other
 * workflows, such as yearly plans or the monitor, belong to the whole system).
 */
export interface OperatorScope {
  all: boolean;
  unitIds: readonly string[];
}

/** Works out an operator's scope and the grant each action is audited under. */
@Injectable()
export class OperatorScopes {
  constructor(private readonly access: AccessPolicy) {}

  async of(actor: Actor): Promise<OperatorScope> {
    if (await this.access.coversRoot(actor.user, 'admin:operate'))
      return { all: true, unitIds: [] };
    return { all: false, unitIds: await this.access.unitsInScope(actor.user, 'admin:operate') };
  }

  /**
   * The audit fields of an action on something of `unitId` (null: not a unit's, e.g. a plan); an
   * operator who cannot reach it is told it does not exist, as everywhere else.
   */
  async auditFor(actor: Actor, scope: OperatorScope, unitId: string | null): Promise<AuditContext> {
    if (!scope.all && (unitId === null || !scope.unitIds.includes(unitId)))
      throw new AppError('WORKFLOW_NOT_FOUND');
    const grant: RoleGrant | null =
      unitId === null
        ? actor.grant
        : await this.access.grantFor(actor.user, 'admin:operate', unitId);
    return auditContextOf(actor, grant ?? actor.grant);
  }
}

/** True when the scope reaches a dossier of the unit (or, for all-scope operators, anything). */
export function scopeReaches(scope: OperatorScope, unitId: string | null): boolean {
  return scope.all || (unitId !== null && scope.unitIds.includes(unitId));
}
