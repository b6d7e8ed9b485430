import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the statistics, spreadsheet imports and the public disclosure page need:
 * - nominee categories as typed columns derived from the dossier's nominee (so they can never
 *   disagree with it), and the remote-area classification of units, snapshotted on a dossier at
 *   submission; existing dossiers stay valid (an unstated category is NULL);
 * - the targets a plan sets for the share of awards to groups;
 * - spreadsheet imports and their rows (idempotent by file content and by row);
 * - request counters for the public pages, shared by every API process.
 */
export class SheetsStatisticsDisclosure1796400000000 implements MigrationInterface {
  name = 'SheetsStatisticsDisclosure1796400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE units
        ADD COLUMN remote_area boolean NOT NULL DEFAULT false,
        ADD COLUMN remote_area_basis text NULL`);
    await db.query(`
      ALTER TABLE dossiers
        ADD COLUMN nominee_female boolean GENERATED ALWAYS AS (
          CASE nominee->>'gender' WHEN 'female' THEN true WHEN 'male' THEN false END) STORED,
        ADD COLUMN nominee_direct_worker boolean GENERATED ALWAYS AS (
          CASE nominee->>'directWorker' WHEN 'true' THEN true WHEN 'false' THEN false END) STORED,
        ADD COLUMN nominee_ethnic_minority boolean GENERATED ALWAYS AS (
          CASE nominee->>'ethnicMinority' WHEN 'true' THEN true WHEN 'false' THEN false END) STORED,
        ADD COLUMN nominee_leader boolean GENERATED ALWAYS AS (
          CASE nominee->>'leaderOrManager' WHEN 'true' THEN true WHEN 'false' THEN false END) STORED,
        ADD COLUMN remote_area boolean NULL`);
    await db.query(`
      UPDATE dossiers d SET remote_area = u.remote_area
        FROM units u WHERE u.id = d.proposing_unit_id AND d.stage <> 'DRAFT'`);
    await db.query(
      `CREATE INDEX idx_dossiers_year_stage_unit ON dossiers (year, stage, proposing_unit_id)`,
    );
    await db.query(`CREATE INDEX idx_tasks_type_closed ON tasks (type, closed_at)`);
    await db.query(`ALTER TABLE plans ADD COLUMN targets jsonb NOT NULL DEFAULT '[]'::jsonb`);

    await db.query(`
      CREATE TABLE dossier_imports (
        id uuid PRIMARY KEY,
        proposing_unit_id uuid NOT NULL CONSTRAINT fk_dossier_imports_unit REFERENCES units(id) ON DELETE RESTRICT,
        file_name text NOT NULL,
        content_sha256 char(64) NOT NULL,
        status varchar(16) NOT NULL CONSTRAINT ck_dossier_imports_status
          CHECK (status IN ('INVALID', 'VALIDATED', 'IMPORTING', 'DONE', 'FAILED')),
        total_rows int NOT NULL CONSTRAINT ck_dossier_imports_total CHECK (total_rows >= 0),
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        workflow_id text NULL CONSTRAINT uq_dossier_imports_workflow UNIQUE,
        created_by uuid NOT NULL CONSTRAINT fk_dossier_imports_user REFERENCES users(id) ON DELETE RESTRICT,
        created_as jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        validated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz NULL,
        finished_at timestamptz NULL,
        CONSTRAINT uq_dossier_imports_unit_content UNIQUE (proposing_unit_id, content_sha256)
      )`);
    await db.query(`
      CREATE TABLE dossier_import_rows (
        import_id uuid NOT NULL CONSTRAINT fk_dossier_import_rows_import REFERENCES dossier_imports(id) ON DELETE CASCADE,
        row_number int NOT NULL,
        row_key text NOT NULL,
        item jsonb NOT NULL,
        status varchar(16) NOT NULL CONSTRAINT ck_dossier_import_rows_status
          CHECK (status IN ('PENDING', 'DRAFTED', 'SUBMITTED', 'FAILED')),
        dossier_id uuid NULL CONSTRAINT fk_dossier_import_rows_dossier REFERENCES dossiers(id) ON DELETE SET NULL,
        error jsonb NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_dossier_import_rows PRIMARY KEY (import_id, row_number),
        CONSTRAINT uq_dossier_import_rows_key UNIQUE (import_id, row_key)
      )`);

    await db.query(`
      CREATE TABLE public_request_counters (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        hits int NOT NULL,
        CONSTRAINT pk_public_request_counters PRIMARY KEY (bucket, window_start)
      )`);
    await db.query(
      `CREATE INDEX idx_public_request_counters_window ON public_request_counters (window_start)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE public_request_counters`);
    await db.query(`DROP TABLE dossier_import_rows`);
    await db.query(`DROP TABLE dossier_imports`);
    await db.query(`ALTER TABLE plans DROP COLUMN targets`);
    await db.query(`DROP INDEX idx_tasks_type_closed`);
    await db.query(`DROP INDEX idx_dossiers_year_stage_unit`);
    await db.query(`
      ALTER TABLE dossiers
        DROP COLUMN remote_area,
        DROP COLUMN nominee_leader,
        DROP COLUMN nominee_ethnic_minority,
        DROP COLUMN nominee_direct_worker,
        DROP COLUMN nominee_female`);
    await db.query(`ALTER TABLE units DROP COLUMN remote_area_basis, DROP COLUMN remote_area`);
  }
}
