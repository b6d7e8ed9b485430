import { Client, type ClientConfig } from 'pg';

const READ_TIMEOUT = /Query read timeout/;

/**
 * A pooled PostgreSQL connection that survives the server ending it while it is checked out, and closes itself once the driver gives up waiting for a query
 * (query_timeout, e.g. while the server is frozen). Its state is unknown from then on: the query may
 * still run when the server wakes, and a ROLLBACK queued behind it is dropped unsent, so the
 * connection would go back to the pool inside an open or failed transaction and fail every later
 * borrower with "current transaction is aborted". A closed client is dropped by the pool on release.
 */
export class DiscardOnTimeoutClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    // The pool listens for errors only on idle connections. One a request holds between two queries
    // (inside a transaction, while it calls Temporal) would turn the server's "terminating connection"
    // on a restart into an unhandled 'error' event, ending the whole process. The client is unusable
    // afterwards either way: its holder's next query fails and the pool drops it on release.
    this.on('error', () => undefined);
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
