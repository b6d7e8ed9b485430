import { updateReturning } from '@tdkt/server-database';
import type { EntityManager } from 'typeorm';
import { isPeoplesCommittee } from '../documents/vietnamese-format';

/** The official form of a decision number: 125/QĐ-UBND for a People's Committee, 125/QĐ otherwise. */
export function formatDecisionNumber(sequence: number, issuerUnitName: string): string {
  return `${sequence}/${isPeoplesCommittee(issuerUnitName) ? 'QĐ-UBND' : 'QĐ'}`;
}

/**
 * Locks the issuer's counter for the year until the caller's transaction ends, creating it at 0; the
 * caller then either finds its decision already issued or takes the next number with `nextNumber`.
 * Holding the lock across both makes numbers gapless (a rollback gives the number back) and unique.
 */
export async function lockDecisionCounter(
  manager: EntityManager,
  issuerUnitId: string,
  year: number,
): Promise<void> {
  await manager.query(
    `INSERT INTO decision_number_counters (issuer_unit_id, year, last_value) VALUES ($1, $2, 0)
     ON CONFLICT (issuer_unit_id, year) DO UPDATE SET last_value = decision_number_counters.last_value`,
    [issuerUnitId, year],
  );
}

/** Takes the next number of a counter locked by `lockDecisionCounter` in the same transaction. */
export async function nextDecisionSequence(
  manager: EntityManager,
  issuerUnitId: string,
  year: number,
): Promise<number> {
  const [row] = await updateReturning<{ last_value: number }>(
    manager,
    `UPDATE decision_number_counters SET last_value = last_value + 1
      WHERE issuer_unit_id = $1 AND year = $2 RETURNING last_value`,
    [issuerUnitId, year],
  );
  if (row === undefined) throw new Error('decision counter was not locked first');
  return row.last_value;
}
