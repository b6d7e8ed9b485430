import type { DataSource, EntityManager } from 'typeorm';

/**
 * The rows a statement with RETURNING gave back. TypeORM answers UPDATE and DELETE with
 * `[rows, affectedCount]` but INSERT with the rows alone, which destructuring silently gets wrong.
 */
export async function returningRows<T>(
  db: DataSource | EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const result = await db.query<[T[], number] | T[]>(sql, parameters);
  return Array.isArray(result[0]) ? result[0] : (result as T[]);
}
