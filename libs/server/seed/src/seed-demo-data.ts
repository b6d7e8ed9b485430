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
      const [created] = await manager.query<{ id: string; parent_id: string | null }[]>(
        `INSERT INTO units (code, name, level, parent_id, valid_from, valid_to)
         VALUES ($1, $2, $3, (SELECT id FROM units WHERE code = $4), $5, $6)
         ON CONFLICT (code) DO NOTHING RETURNING id, parent_id`,
        [unit.code, unit.name, unit.level, unit.parentCode, unit.validFrom, unit.validTo ?? null],
      );
      if (created === undefined) continue;
      await manager.query(
        `INSERT INTO unit_parent_periods (unit_id, parent_id, valid_from, valid_to) VALUES ($1, $2, $3, $4)`,
        [created.id, created.parent_id, unit.validFrom, unit.validTo ?? null],
      );
      unitsCreated += 1;
    }
    return { unitsCreated };
  });
}
