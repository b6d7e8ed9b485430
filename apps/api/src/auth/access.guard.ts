import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import {
  AppError,
  type AuthenticatedUser,
  grantsWith,
  type Permission,
  type RoleGrant,
} from '@tdkt/contracts';
import { AccessPolicy, AuthenticateUseCase } from '@tdkt/server-feature-identity';
import { notAUuid } from '../http/uuid-param.pipe';
import { accessDeclarationOf } from './access.decorators';
import type { AuthenticatedRequest } from './authenticated-request';
import { ResourceUnitLookup } from './resource-unit-lookup';
import type { UnitLocator } from './scoped-resource';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/**
 * The one gate every request passes: who is calling (401), may their roles do this at all (403), and
 * may they do it on this route's unit. Outside their scope a read, or an action on something they
 * cannot even see, is answered as not found (404), so that nothing outside one's scope can be
 * detected; an action on something they can see but not change is 403. Routes that declare nothing
 * are refused. Calls from other systems (@Signed) are left to the route's signature guard.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly authenticate: AuthenticateUseCase,
    private readonly access: AccessPolicy,
    private readonly resources: ResourceUnitLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { access, unit } = accessDeclarationOf(context.getHandler(), context.getClass());
    if (access === undefined) throw new AppError('FORBIDDEN');
    // A signed route's own guard, which runs next, checks the caller's signature.
    if (access.kind === 'public' || access.kind === 'signed') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) throw new AppError('UNAUTHENTICATED');
    const user = await this.authenticate.execute(token);
    request.user = user;
    request.accessGrant = null;
    if (access.kind === 'authenticated') return true;

    if (!access.permissions.every((permission) => this.access.holdsAnywhere(user, permission)))
      throw new AppError('FORBIDDEN');
    const [primary] = access.permissions;
    if (unit === undefined) {
      request.accessGrant = grantsWith(user, primary)[0] ?? null;
      return true;
    }
    const unitId = await this.locate(unit, request);
    if (unitId === null) {
      request.accessGrant = grantsWith(user, primary)[0] ?? null;
      return true;
    }
    const grant =
      (await this.grantOn(user, access.permissions, unitId)) ??
      (isRead(request.method)
        ? await this.concernedGrant(unit, request, user, access.permissions)
        : null);
    if (grant !== null) {
      request.accessGrant = grant;
      return true;
    }
    throw await this.denial(unit, request, user, unitId);
  }

  /** The grant that carries every permission on the unit, or null. */
  private async grantOn(
    user: AuthenticatedUser,
    permissions: readonly Permission[],
    unitId: string,
  ): Promise<RoleGrant | null> {
    const grants = await Promise.all(
      permissions.map((permission) => this.access.grantFor(user, permission, unitId)),
    );
    return grants.every((grant): grant is RoleGrant => grant !== null) ? (grants[0] ?? null) : null;
  }

  /**
   * A grant on a unit the addressed resource concerns (a school reading the decision that awards its
   * teacher), or null. Only for reads: the owner's people alone act on a resource.
   */
  private async concernedGrant(
    locator: UnitLocator,
    request: AuthenticatedRequest,
    user: AuthenticatedUser,
    permissions: readonly Permission[],
  ): Promise<RoleGrant | null> {
    if (locator.from !== 'param') return null;
    const id = request.params[locator.name];
    if (typeof id !== 'string') return null;
    for (const unitId of await this.resources.concernedUnitsOf(locator.resource, id)) {
      const grant = await this.grantOn(user, permissions, unitId);
      if (grant !== null) return grant;
    }
    return null;
  }

  /** The unit the route acts on; null for an absent optional query filter. */
  private async locate(
    locator: UnitLocator,
    request: AuthenticatedRequest,
  ): Promise<string | null> {
    switch (locator.from) {
      case 'param': {
        const id = await this.idOf(locator, request);
        const unitId = await this.resources.unitOf(locator.resource, id);
        if (unitId === null) throw new AppError(locator.resource.notFound);
        return unitId;
      }
      case 'body': {
        const value: unknown = (request.body as Record<string, unknown> | undefined)?.[
          locator.field
        ];
        if (typeof value !== 'string' || !UUID.test(value)) throw notAUuid(locator.field);
        return value;
      }
      case 'query': {
        const value: unknown = request.query[locator.field];
        if (value === undefined) return null;
        if (typeof value !== 'string' || !UUID.test(value)) throw notAUuid(locator.field);
        return value;
      }
    }
  }

  /**
   * The id in the path; a business code (e.g. `HS-2024-000001`) is looked up and replaced by the id,
   * so that the route and everything after it read the id alone.
   */
  private async idOf(
    locator: Extract<UnitLocator, { from: 'param' }>,
    request: AuthenticatedRequest,
  ): Promise<string> {
    const value = request.params[locator.name];
    if (typeof value === 'string' && UUID.test(value)) return value;
    const code = locator.resource.code;
    if (typeof value !== 'string' || code === undefined || !code.pattern.test(value))
      throw notAUuid(locator.name);
    const id = await this.resources.idByCode(locator.resource, value.toUpperCase());
    if (id === null) throw new AppError(locator.resource.notFound);
    request.params[locator.name] = id;
    return id;
  }

  private async denial(
    locator: UnitLocator,
    request: AuthenticatedRequest,
    user: AuthenticatedUser,
    unitId: string,
  ): Promise<AppError> {
    const notFound = locator.from === 'param' ? locator.resource.notFound : 'NOT_FOUND';
    if (isRead(request.method)) return new AppError(notFound);
    if (locator.from !== 'param') return new AppError('FORBIDDEN');
    const read = [locator.resource.readPermission] as const;
    const canSee =
      (await this.grantOn(user, read, unitId)) ??
      (await this.concernedGrant(locator, request, user, read));
    return new AppError(canSee === null ? notFound : 'FORBIDDEN');
  }
}

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}
