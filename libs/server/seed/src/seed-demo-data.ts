import type { DataSource } from 'typeorm';
import { DEMO_UNITS } from './demo-organisations';

export interface SeedReport {
  unitsCreated: number;
}

/**
 * Loads the demo organisations. Safe to run on every start: existing rows (matched by code) are left
 * as they are, so edits made through the API survive restarts.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    let unitsCreated = 0;
    for (const unit of DEMO_UNITS) {
      const rows = await manager.query<unknown[]>(
        `INSERT INTO units (code, name, level, parent_id, valid_from, valid_to)
         VALUES ($1, $2, $3, (SELECT id FROM units WHERE code = $4), $5, $6)
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [unit.code, unit.name, unit.level, unit.parentCode, unit.validFrom, unit.validTo ?? null],
      );
      unitsCreated += rows.length;
    }
    return { unitsCreated };
  });
}
