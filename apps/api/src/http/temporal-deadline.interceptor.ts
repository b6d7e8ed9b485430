import {
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Client } from '@temporalio/client';
import { from, lastValueFrom, type Observable } from 'rxjs';

const TEMPORAL_DEADLINE = 'tdkt:temporal-deadline';

/** What an operator's scan or repair, or a batch of submissions, may take on Temporal. */
export const LONG_TEMPORAL_DEADLINE_SECONDS = 60;

/**
 * Gives a route (or a controller's routes) more time on Temporal than API_TEMPORAL_TIMEOUT_SECONDS,
 * e.g. a stuck scan that describes every running workflow.
 */
export const TemporalDeadline = (seconds: number): MethodDecorator & ClassDecorator =>
  SetMetadata(TEMPORAL_DEADLINE, seconds);

/**
 * Every Temporal call a request makes shares one deadline, so that no request waits on Temporal (or on
 * a worker that does not take an update) longer than that: the call fails with DEADLINE_EXCEEDED and
 * the request answers 503 instead of hanging.
 */
export class TemporalDeadlineInterceptor implements NestInterceptor {
  private readonly reflector = new Reflector();

  constructor(
    private readonly temporal: Client,
    private readonly defaultSeconds: number,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const seconds =
      this.reflector.getAllAndOverride<number | undefined>(TEMPORAL_DEADLINE, [
        context.getHandler(),
        context.getClass(),
      ]) ?? this.defaultSeconds;
    return from(
      this.temporal.withDeadline(Date.now() + seconds * 1000, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
