import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stuck monitor's census, kept: the count of stuck workflows per reason at each round, so that
 * administrators see how it evolves (the charts page). One row per round; a retried census activity
 * finds its row by key and writes nothing.
 */
export class StuckCensus1796350000000 implements MigrationInterface {
  name = 'StuckCensus1796350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stuck_census (
        census_key text PRIMARY KEY,
        taken_at timestamptz NOT NULL,
        counts jsonb NOT NULL,
        scanned int NOT NULL CONSTRAINT ck_stuck_census_scanned CHECK (scanned >= 0)
      )`);
    await db.query(`CREATE INDEX idx_stuck_census_taken_at ON stuck_census (taken_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stuck_census`);
  }
}
