import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox: every human step of every workflow, as a row people can list, claim and complete. */
export class Inbox1795900000000 implements MigrationInterface {
  name = 'Inbox1795900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workflow_id text NOT NULL,
        task_key varchar(128) NOT NULL,
        type varchar(64) NOT NULL,
        title jsonb NOT NULL,
        subject_type varchar(32) NOT NULL,
        subject_id text NOT NULL,
        subject_label text NOT NULL,
        unit_id uuid NOT NULL CONSTRAINT fk_tasks_unit REFERENCES units(id) ON DELETE RESTRICT,
        candidate_user_id uuid NULL CONSTRAINT fk_tasks_candidate_user REFERENCES users(id) ON DELETE RESTRICT,
        candidate_role varchar(32) NULL,
        candidate_unit_id uuid NULL CONSTRAINT fk_tasks_candidate_unit REFERENCES units(id) ON DELETE RESTRICT,
        assignee_id uuid NULL CONSTRAINT fk_tasks_assignee REFERENCES users(id) ON DELETE RESTRICT,
        status varchar(16) NOT NULL,
        due_at timestamptz NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        outcome jsonb NULL,
        closed_by uuid NULL,
        closed_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_tasks_workflow_key UNIQUE (workflow_id, task_key),
        CONSTRAINT ck_tasks_status CHECK (status IN ('OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED')),
        CONSTRAINT ck_tasks_candidates CHECK (
          candidate_user_id IS NOT NULL OR (candidate_role IS NOT NULL AND candidate_unit_id IS NOT NULL)
        )
      )`);
    // The inbox queries: open tasks by role and unit, by person, by due date; tasks of a subject.
    await db.query(
      `CREATE INDEX idx_tasks_open_by_role ON tasks (candidate_role, candidate_unit_id, due_at) WHERE status IN ('OPEN', 'CLAIMED')`,
    );
    await db.query(
      `CREATE INDEX idx_tasks_open_by_assignee ON tasks (assignee_id, due_at) WHERE status IN ('OPEN', 'CLAIMED')`,
    );
    await db.query(
      `CREATE INDEX idx_tasks_open_by_candidate_user ON tasks (candidate_user_id, due_at) WHERE status IN ('OPEN', 'CLAIMED')`,
    );
    await db.query(
      `CREATE INDEX idx_tasks_open_due ON tasks (due_at) WHERE status IN ('OPEN', 'CLAIMED')`,
    );
    await db.query(`CREATE INDEX idx_tasks_subject ON tasks (subject_type, subject_id)`);
    await db.query(`CREATE INDEX idx_tasks_unit ON tasks (unit_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tasks`);
  }
}
