import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a submission checked, kept on the dossier for its reviewer, and one claim per nominee, award
 * and year: a second dossier for someone already proposed (or awarded) that year is refused, even
 * under a race. Dossiers already on their way or awarded take their claims, the earliest first.
 */
export class SubmissionChecks1796100000001 implements MigrationInterface {
  name = 'SubmissionChecks1796100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE dossiers ADD COLUMN submission_checks jsonb`);
    await db.query(`
      CREATE TABLE nomination_claims (
        award_code varchar(64) NOT NULL,
        year int NOT NULL,
        proposing_unit_id uuid NOT NULL CONSTRAINT fk_nomination_claims_unit REFERENCES units(id) ON DELETE RESTRICT,
        nominee_key text NOT NULL,
        dossier_id uuid NOT NULL CONSTRAINT fk_nomination_claims_dossier REFERENCES dossiers(id) ON DELETE RESTRICT
          CONSTRAINT uq_nomination_claims_dossier UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_nomination_claims PRIMARY KEY (award_code, year, proposing_unit_id, nominee_key)
      )`);
    await db.query(`
      INSERT INTO nomination_claims (award_code, year, proposing_unit_id, nominee_key, dossier_id)
      SELECT DISTINCT ON (award_code, year, proposing_unit_id, nominee_key)
             award_code, year, proposing_unit_id, nominee_key, id
        FROM (SELECT id, award_code, year, proposing_unit_id, submitted_at,
                     concat_ws('|', nominee->>'kind', nominee_search, COALESCE(nominee->>'birthYear', '')) AS nominee_key
                FROM dossiers
               WHERE stage NOT IN ('DRAFT', 'WITHDRAWN', 'REJECTED', 'NOT_APPROVED')) held
       ORDER BY award_code, year, proposing_unit_id, nominee_key, submitted_at`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE nomination_claims`);
    await db.query(`ALTER TABLE dossiers DROP COLUMN submission_checks`);
  }
}
