import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Task subject types are spelled one way (`TaskSubjectType` in libs/contracts, kebab-case like
 * `plan-item`): a council meeting's tasks were opened as `council_meeting`.
 */
export class CouncilMeetingTaskSubject1796657598580 implements MigrationInterface {
  name = 'CouncilMeetingTaskSubject1796657598580';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE tasks SET subject_type = 'council-meeting' WHERE subject_type = 'council_meeting'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE tasks SET subject_type = 'council_meeting' WHERE subject_type = 'council-meeting'`,
    );
  }
}
