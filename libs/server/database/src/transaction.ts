import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in the caller's transaction when there is one (several writes of one step committed
 * together), else in a transaction of its own.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  outer: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return outer === undefined ? dataSource.transaction(work) : work(outer);
}
