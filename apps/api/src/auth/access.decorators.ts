import {
  applyDecorators,
  type CanActivate,
  SetMetadata,
  type Type,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Permission } from '@tdkt/contracts';
import type { UnitLocator } from './scoped-resource';

/** What a route requires of its caller. Every route declares one; the guard refuses the rest. */
export type AccessDeclaration =
  | { kind: 'public' }
  | { kind: 'signed' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permissions: readonly [Permission, ...Permission[]] };

/** A route handler or controller class, as Nest's Reflector takes it. */
type MetadataTarget = Parameters<Reflector['get']>[1];

const ACCESS = 'tdkt:access';
const UNIT_SCOPE = 'tdkt:unit-scope';
const reflector = new Reflector();

/** Anyone may call the route, signed in or not (health, docs, log-in). */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS, { kind: 'public' } satisfies AccessDeclaration);

/**
 * Another system calls the route, not a person: it carries no token, and `guard` checks the request's
 * own signature before anything else of it (its body included) is looked at.
 */
export const Signed = (guard: Type<CanActivate>): MethodDecorator =>
  applyDecorators(
    SetMetadata(ACCESS, { kind: 'signed' } satisfies AccessDeclaration),
    UseGuards(guard),
  );

/** Any signed-in person may call the route; it is about the caller themselves (e.g. "who am I"). */
export const Authenticated = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS, { kind: 'authenticated' } satisfies AccessDeclaration),
    ApiBearerAuth(),
  );

/**
 * The caller needs every one of these permissions. With @UnitScope they must hold them on the
 * route's unit (through a grant on it or an ancestor); without, on some unit, and the route itself
 * answers only within the caller's scope (lists).
 */
export const RequirePermission = (
  ...permissions: [Permission, ...Permission[]]
): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS, { kind: 'permission', permissions } satisfies AccessDeclaration),
    ApiBearerAuth(),
  );

/** Where the route finds the unit @RequirePermission is checked on. */
export const UnitScope = (locator: UnitLocator): MethodDecorator =>
  SetMetadata(UNIT_SCOPE, locator);

/** What a handler (or its controller) declares, or undefined when it declares nothing. */
export function accessDeclarationOf(
  handler: MetadataTarget,
  controller: MetadataTarget,
): { access: AccessDeclaration | undefined; unit: UnitLocator | undefined } {
  return {
    access: reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS, [
      handler,
      controller,
    ]),
    unit: reflector.get<UnitLocator | undefined>(UNIT_SCOPE, handler),
  };
}
