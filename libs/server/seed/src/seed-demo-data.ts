import { vietnamDateOfEpochMillis } from '@tdkt/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_UNITS, type DemoUnit } from './demo-organisations';

export interface SeedReport {
  unitsCreated: number;
  /** Dated names recorded by this run (e.g. the province becoming Thành phố Đồng Nai). */
  renamesRecorded: number;
}

/**
 * Loads the demo organisations and their dated names. Safe to run on every start: existing rows
 * (matched by code, or by unit and date for names) are left as they are, so edits made through the
 * API survive restarts; a database seeded before a rename gets it on its next start.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    let unitsCreated = 0;
    let renamesRecorded = 0;
    for (const unit of DEMO_UNITS) {
      const [created] = await manager.query<{ id: string; parent_id: string | null }[]>(
        `INSERT INTO units (code, name, level, parent_id, valid_from, valid_to)
         VALUES ($1, $2, $3, (SELECT id FROM units WHERE code = $4), $5, $6)
         ON CONFLICT (code) DO NOTHING RETURNING id, parent_id`,
        [unit.code, unit.name, unit.level, unit.parentCode, unit.validFrom, unit.validTo ?? null],
      );
      if (created !== undefined) {
        await manager.query(
          `INSERT INTO unit_parent_periods (unit_id, parent_id, valid_from, valid_to) VALUES ($1, $2, $3, $4)`,
          [created.id, created.parent_id, unit.validFrom, unit.validTo ?? null],
        );
        await manager.query(
          `INSERT INTO unit_names (unit_id, name, valid_from) VALUES ($1, $2, $3)`,
          [created.id, unit.name, unit.validFrom],
        );
        unitsCreated += 1;
      }
      renamesRecorded += await recordRenames(manager, unit);
    }
    return { unitsCreated, renamesRecorded };
  });
}

/** The unit's later names not yet recorded; its current name follows them. */
async function recordRenames(manager: EntityManager, unit: DemoUnit): Promise<number> {
  let recorded = 0;
  for (const rename of unit.renamed ?? []) {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO unit_names (unit_id, name, valid_from, legal_basis)
       SELECT id, $2, $3, $4 FROM units WHERE code = $1
       ON CONFLICT (unit_id, valid_from) DO NOTHING RETURNING id`,
      [unit.code, rename.name, rename.from, rename.legalBasis],
    );
    recorded += inserted.length;
  }
  if (recorded > 0) {
    await manager.query(
      `UPDATE units SET name = unit_name_on(id, $2::date), updated_at = now() WHERE code = $1`,
      [unit.code, vietnamDateOfEpochMillis(Date.now())],
    );
  }
  return recorded;
}
