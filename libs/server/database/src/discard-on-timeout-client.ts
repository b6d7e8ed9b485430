import { Client, type ClientConfig } from 'pg';

const READ_TIMEOUT = /Query read timeout/;

/**
 * A pooled PostgreSQL connection that closes itself once the driver gives up waiting for a query
 * (query_timeout, e.g. while the server is frozen). Its state is unknown from then on: the query may
 * still run when the server wakes, and a ROLLBACK queued behind it is dropped unsent, so the
 * connection would go back to the pool inside an open or failed transaction and fail every later
 * borrower with "current transaction is aborted". A closed client is dropped by the pool on release.
 */
export class DiscardOnTimeoutClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const last = args.at(-1);
      if (typeof last === 'function') {
        args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
          this.discardAfter(error);
          return (last as (...a: unknown[]) => unknown)(error, ...rest);
        };
      }
      const result = query(...args);
      if (result instanceof Promise) result.catch((error: unknown) => this.discardAfter(error));
      return result;
    }) as Client['query'];
  }

  private discardAfter(error: unknown): void {
    if (error instanceof Error && READ_TIMEOUT.test(error.message)) {
      this.end().catch(() => undefined);
    }
  }
}
