import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every inbox request leaves out the review and decision tasks of dossiers the caller drafted or
 * submitted (separation of duties); without these indexes that check read the whole dossiers table,
 * about 60 ms at 200,000 dossiers and growing with every year kept.
 */
export class InboxAuthorIndexes1796300000000 implements MigrationInterface {
  name = 'InboxAuthorIndexes1796300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX idx_dossiers_author ON dossiers (author_id)`);
    await db.query(`CREATE INDEX idx_dossiers_submitted_by ON dossiers (submitted_by)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX idx_dossiers_submitted_by`);
    await db.query(`DROP INDEX idx_dossiers_author`);
  }
}
