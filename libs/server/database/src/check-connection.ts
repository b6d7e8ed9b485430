import { Client } from 'pg';
import { redact } from '@tdkt/server-config';

/** A database that cannot be reached at boot, named by the variable that points at it. */
export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    super(
      `Cannot connect to PostgreSQL at DATABASE_URL=${redact('DATABASE_URL', url)}: ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
    this.name = 'DatabaseUnreachableError';
  }
}

/** Opens and closes one connection, so a process can fail fast with a clear message before it starts. */
export async function checkDatabaseConnection(url: string, timeoutMs = 10_000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new DatabaseUnreachableError(url, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
