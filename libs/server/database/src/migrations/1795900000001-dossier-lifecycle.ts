import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dossier lifecycle's read model: drafts, the pinned rule set and approval path, the current level
 * and deadline, the outcome; the numbered timeline; attachments (content in its own table so that
 * listings never load it) and comments. Units may point at another system that runs their level.
 */
export class DossierLifecycle1795900000001 implements MigrationInterface {
  name = 'DossierLifecycle1795900000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE units ADD COLUMN external_endpoint_url text NULL`);

    await db.query(`ALTER TABLE dossiers ALTER COLUMN submitted_at DROP NOT NULL`);
    await db.query(`
      ALTER TABLE dossiers
        ADD COLUMN author_id uuid NULL CONSTRAINT fk_dossiers_author REFERENCES users(id) ON DELETE RESTRICT,
        ADD COLUMN nominee_search text NOT NULL DEFAULT '',
        ADD COLUMN rule_set_id varchar(32) NULL,
        ADD COLUMN deciding_level varchar(32) NULL,
        ADD COLUMN approval_path jsonb NULL,
        ADD COLUMN current_level varchar(32) NULL,
        ADD COLUMN current_unit_id uuid NULL CONSTRAINT fk_dossiers_current_unit REFERENCES units(id) ON DELETE RESTRICT,
        ADD COLUMN stage_due_at timestamptz NULL,
        ADD COLUMN last_event_seq int NOT NULL DEFAULT 0,
        ADD COLUMN initiative_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN outcome_reason text NULL,
        ADD COLUMN decision_number varchar(64) NULL,
        ADD COLUMN decided_on date NULL,
        ADD COLUMN closed_at timestamptz NULL`);
    await db.query(`UPDATE dossiers SET nominee_search = lower(nominee_name)`);
    await db.query(
      `CREATE INDEX idx_dossiers_current_unit_stage ON dossiers (current_unit_id, stage)`,
    );
    await db.query(
      `CREATE INDEX idx_dossiers_stage_due ON dossiers (stage_due_at) WHERE closed_at IS NULL`,
    );
    await db.query(`CREATE INDEX idx_dossiers_award_year ON dossiers (award_code, year)`);

    await db.query(`
      CREATE TABLE dossier_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        dossier_id uuid NOT NULL CONSTRAINT fk_dossier_events_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        seq int NOT NULL,
        workflow_id text NOT NULL,
        type varchar(64) NOT NULL,
        stage varchar(32) NOT NULL,
        level varchar(32) NULL,
        actor_id uuid NULL,
        occurred_at timestamptz NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT uq_dossier_events_seq UNIQUE (dossier_id, seq)
      )`);

    await db.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL CONSTRAINT fk_attachments_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        document_code varchar(64) NULL,
        file_name text NOT NULL,
        content_type varchar(128) NOT NULL,
        size_bytes int NOT NULL,
        sha256 char(64) NOT NULL,
        uploaded_by uuid NULL CONSTRAINT fk_attachments_uploader REFERENCES users(id) ON DELETE RESTRICT,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz NULL,
        removed_by uuid NULL
      )`);
    await db.query(`CREATE INDEX idx_attachments_dossier ON attachments (dossier_id)`);
    await db.query(`
      CREATE TABLE attachment_contents (
        attachment_id uuid PRIMARY KEY CONSTRAINT fk_attachment_contents_attachment REFERENCES attachments(id) ON DELETE CASCADE,
        content bytea NOT NULL
      )`);

    await db.query(`
      CREATE TABLE dossier_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL CONSTRAINT fk_dossier_comments_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        author_id uuid NULL CONSTRAINT fk_dossier_comments_author REFERENCES users(id) ON DELETE RESTRICT,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX idx_dossier_comments_dossier ON dossier_comments (dossier_id, created_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE dossier_comments`);
    await db.query(`DROP TABLE attachment_contents`);
    await db.query(`DROP TABLE attachments`);
    await db.query(`DROP TABLE dossier_events`);
    await db.query(`DROP INDEX idx_dossiers_award_year`);
    await db.query(`DROP INDEX idx_dossiers_stage_due`);
    await db.query(`DROP INDEX idx_dossiers_current_unit_stage`);
    await db.query(`
      ALTER TABLE dossiers
        DROP COLUMN author_id, DROP COLUMN nominee_search, DROP COLUMN rule_set_id, DROP COLUMN deciding_level,
        DROP COLUMN approval_path, DROP COLUMN current_level, DROP COLUMN current_unit_id, DROP COLUMN stage_due_at,
        DROP COLUMN last_event_seq, DROP COLUMN initiative_ids, DROP COLUMN outcome_reason,
        DROP COLUMN decision_number, DROP COLUMN decided_on, DROP COLUMN closed_at`);
    await db.query(`DELETE FROM dossiers WHERE submitted_at IS NULL`);
    await db.query(`ALTER TABLE dossiers ALTER COLUMN submitted_at SET NOT NULL`);
    await db.query(`ALTER TABLE units DROP COLUMN external_endpoint_url`);
  }
}
