import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { type AccessDeclaration, accessDeclarationOf } from './access.decorators';
import type { UnitLocator } from './scoped-resource';

/** One HTTP route of the application and what it declares about access. */
export interface RouteInfo {
  /** GET, POST, ... */
  method: string;
  /** Express-style path, e.g. /api/v1/dossiers/:id. */
  path: string;
  /** Controller.method, to name the route in messages. */
  handler: string;
  access: AccessDeclaration | undefined;
  unit: UnitLocator | undefined;
  /** The DTO class of the @Body(), if the handler takes one. */
  body: Type | undefined;
  /** The DTO class of the @Query(), if the handler takes one. */
  query: Type | undefined;
}

/** Every route of every controller the application registered, found through Nest's module container. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (controller === null) continue;
      const prefixes = asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[]);
      const prototype = controller.prototype as Record<string, (...args: never[]) => unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (handler === undefined) continue;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const { access, unit } = accessDeclarationOf(handler, controller);
        const body = parameterType(controller, name, RouteParamtypes.BODY);
        const query = parameterType(controller, name, RouteParamtypes.QUERY);
        for (const prefix of prefixes)
          for (const path of asArray(paths))
            routes.push({
              method: method ?? 'UNKNOWN',
              path: joinPath(prefix, path),
              handler: `${controller.name}.${name}`,
              access,
              unit,
              body,
              query,
            });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** What is wrong with a route's access declaration, or null when it is sound. */
export function accessProblem(route: RouteInfo): string | null {
  if (route.access === undefined)
    return 'declares neither @RequirePermission, @Authenticated, @Signed nor @Public';
  if (route.unit !== undefined && route.access.kind !== 'permission')
    return '@UnitScope needs @RequirePermission';
  if (route.unit?.from === 'param' && !route.path.includes(`:${route.unit.name}`))
    return `@UnitScope names path parameter "${route.unit.name}", which the path does not have`;
  return null;
}

/** Refuses to start an application with a route whose access is undeclared or inconsistent. */
export function assertEveryRouteDeclaresAccess(app: INestApplication): void {
  const problems = listRoutes(app).flatMap((route) => {
    const problem = accessProblem(route);
    return problem === null ? [] : [`${route.method} ${route.path} (${route.handler}) ${problem}`];
  });
  if (problems.length > 0)
    throw new Error(`Routes without a sound access declaration:\n  ${problems.join('\n  ')}`);
}

/** The declared class of a handler's whole-object @Body() or @Query() parameter. */
function parameterType(controller: Type, method: string, kind: RouteParamtypes): Type | undefined {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) ??
    []) as Type[];
  const entry = Object.entries(args).find(
    ([key, arg]) => key.startsWith(`${kind}:`) && arg.data === undefined,
  );
  return entry === undefined ? undefined : types[entry[1].index];
}

function asArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [value];
}

function joinPath(prefix: string, path: string): string {
  const joined = `/${[prefix, path]
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
  return joined;
}
