import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { activityFailureOf } from '@tdkt/activities';

/**
 * One place for every activity of the worker: a failure no retry can fix (a typed error, values
 * PostgreSQL refused) becomes non-retryable, so that no activity retries for ever on its input; the
 * workflow then holds the work for an administrator. Outages stay retryable.
 */
export function activityFailuresInterceptor(): ActivityInterceptorsFactory {
  return () => ({
    inbound: {
      async execute(input, next) {
        try {
          return await next(input);
        } catch (error) {
          throw activityFailureOf(error);
        }
      },
    },
  });
}
