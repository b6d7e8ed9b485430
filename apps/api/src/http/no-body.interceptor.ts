import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { AppError } from '@tdkt/contracts';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { fieldMessage } from '../errors/field-messages';

/**
 * Routes that take no body (submit, claim, issue, delete, ...) refuse one with fields, as routes with a
 * body DTO refuse unknown fields: 400 VALIDATION_FAILED naming each field. Without this, anything sent
 * to them was silently ignored. An absent or empty JSON body (`{}`) is fine. Runs after the guard, so
 * callers who may not call the route learn nothing from it.
 */
export class RejectBodyWhereNoneIsTakenInterceptor implements NestInterceptor {
  private readonly takesBody = new WeakMap<object, boolean>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http' && !this.routeTakesBody(context)) {
      const body = context.switchToHttp().getRequest<Request>().body as unknown;
      const fields = unexpectedFields(body);
      if (fields.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          fields.map((field) => ({
            field,
            rule: 'whitelistValidation',
            message: fieldMessage('whitelistValidation', field, [], `${field} is not allowed`),
          })),
        );
      }
    }
    return next.handle();
  }

  private routeTakesBody(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    const known = this.takesBody.get(handler);
    if (known !== undefined) return known;
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ??
      {}) as Record<string, unknown>;
    const takes = Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`));
    this.takesBody.set(handler, takes);
    return takes;
  }
}

/** The fields of a body that should have been empty; `body` itself for one that is not an object. */
function unexpectedFields(body: unknown): string[] {
  if (body === undefined || body === null) return [];
  if (typeof body === 'object' && !Array.isArray(body)) return Object.keys(body);
  if (Array.isArray(body) && body.length === 0) return [];
  return ['body'];
}
