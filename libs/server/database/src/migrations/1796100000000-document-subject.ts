import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dossier a generated document is about (a certificate names one awardee), so that the unit that
 * proposed the dossier reads its own certificate and its detail lists it. Certificates already stored
 * are linked through the awardee position their idempotency key carries.
 */
export class DocumentSubject1796100000000 implements MigrationInterface {
  name = 'DocumentSubject1796100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE documents ADD COLUMN dossier_id uuid
        CONSTRAINT fk_documents_dossier REFERENCES dossiers(id) ON DELETE RESTRICT`);
    await db.query(`CREATE INDEX idx_documents_dossier ON documents (dossier_id)`);
    await db.query(`
      UPDATE documents doc SET dossier_id = a.dossier_id
        FROM decision_awardees a
       WHERE doc.owner_type = 'decision' AND doc.kind = 'certificate-pdf'
         AND a.decision_id = doc.owner_id
         AND doc.idempotency_key = 'decision:' || a.decision_id || ':certificate:' || a.position || ':pdf'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX idx_documents_dossier`);
    await db.query(`ALTER TABLE documents DROP COLUMN dossier_id`);
  }
}
