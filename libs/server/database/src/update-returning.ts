import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs an `UPDATE … RETURNING …` (or DELETE, or INSERT) and gives back the returned rows. TypeORM's raw `query()` answers an
 * UPDATE with `[rows, rowCount]` instead of the rows, so the statement is wrapped in a CTE whose
 * outer SELECT returns plain rows.
 */
export function updateReturning<T>(
  manager: DataSource | EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  return manager.query<T[]>(`WITH changed AS (${sql}) SELECT * FROM changed`, parameters);
}
