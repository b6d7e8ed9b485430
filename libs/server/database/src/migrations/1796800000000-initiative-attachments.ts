import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The files of an initiative's application (the description, drawings, proof of its effect), checked
 * by their bytes as a dossier's are; the bytes in their own column, never read by listings.
 */
export class InitiativeAttachments1796800000000 implements MigrationInterface {
  name = 'InitiativeAttachments1796800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE initiative_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL CONSTRAINT fk_initiative_attachments_initiative REFERENCES initiatives(id) ON DELETE RESTRICT,
        file_name text NOT NULL,
        content_type varchar(128) NOT NULL,
        size_bytes int NOT NULL,
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid NULL CONSTRAINT fk_initiative_attachments_uploader REFERENCES users(id) ON DELETE RESTRICT,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX idx_initiative_attachments_initiative ON initiative_attachments (initiative_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE initiative_attachments`);
  }
}
