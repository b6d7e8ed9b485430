import type { EntityManager } from 'typeorm';

/** Formats a dossier's business code: HS-<year>-<6-digit number>. */
export function formatDossierCode(year: number, number: number): string {
  return `HS-${year}-${String(number).padStart(6, '0')}`;
}

/**
 * Takes the next dossier number of the year. The counter row is locked until the caller's transaction
 * ends, so numbers never repeat; a rolled-back transaction gives its number back.
 */
export async function allocateDossierCode(manager: EntityManager, year: number): Promise<string> {
  const rows = await manager.query<{ last_value: number }[]>(
    `INSERT INTO dossier_code_counters (year, last_value) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_value = dossier_code_counters.last_value + 1
     RETURNING last_value`,
    [year],
  );
  const value = rows[0]?.last_value;
  if (value === undefined) throw new Error('dossier_code_counters returned no row');
  return formatDossierCode(year, value);
}
