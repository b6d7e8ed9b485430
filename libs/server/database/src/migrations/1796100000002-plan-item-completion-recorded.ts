import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a plan item's completion was recorded, beside when the work was done: work done on time can be
 * recorded later (a plan loaded after its dates, a closed plan), and both dates stay visible.
 */
export class PlanItemCompletionRecorded1796100000002 implements MigrationInterface {
  name = 'PlanItemCompletionRecorded1796100000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE plan_items ADD COLUMN completion_recorded_at timestamptz`);
    await db.query(
      `UPDATE plan_items SET completion_recorded_at = completed_at WHERE completed_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE plan_items DROP COLUMN completion_recorded_at`);
  }
}
