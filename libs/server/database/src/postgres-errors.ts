import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/** SQLSTATE codes the application reacts to. */
export const PgErrorCode = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  insufficientPrivilege: '42501',
} as const;

/** The SQLSTATE of a pg driver error (TypeORM wraps it in QueryFailedError, which keeps `code`). */
export function pgErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined;
  }
  return undefined;
}

/**
 * True for errors that mean the database cannot be reached or does not answer in time right now
 * (worth retrying later): a lost or refused connection, a query cancelled by statement_timeout
 * (57014) or given up by the driver (query_timeout), a server shutting down, or a transaction whose
 * connection the pool dropped under it when the server went away (or that was closed after a timeout).
 */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const code = pgErrorCode(error);
  if (
    code !== undefined &&
    (code.startsWith('08') || ['57P01', '57P02', '57P03', '57014'].includes(code))
  )
    return true;
  const message = error instanceof Error ? error.message : '';
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable/i.test(
    message,
  );
}

/**
 * True when PostgreSQL refused the values themselves: a data exception (class 22: bad text, a number
 * out of range, malformed json), a NOT NULL or a CHECK violation. The same input fails the same way
 * every time, so retrying cannot help; a unique or foreign-key violation may be a race and is not one.
 */
export function isDataException(error: unknown): boolean {
  const code = pgErrorCode(error);
  return (
    code !== undefined &&
    /^[0-9A-Z]{5}$/.test(code) &&
    (code.startsWith('22') || code === '23502' || code === '23514')
  );
}
