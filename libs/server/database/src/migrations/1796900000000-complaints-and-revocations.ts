import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints (khiếu nại) about a commendation decision or a refusal, as their workflows record them,
 * and revocations (hủy bỏ, Law 06/2022 Art. 93) of awards: one per awarded dossier, numbered in the
 * issuer's decision series.
 */
export class ComplaintsAndRevocations1796900000000 implements MigrationInterface {
  name = 'ComplaintsAndRevocations1796900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL CONSTRAINT uq_complaints_workflow UNIQUE,
        instance smallint NOT NULL CONSTRAINT ck_complaints_instance CHECK (instance IN (1, 2)),
        previous_complaint_id uuid NULL CONSTRAINT fk_complaints_previous REFERENCES complaints(id) ON DELETE RESTRICT,
        subject_kind varchar(16) NOT NULL,
        decision_id uuid NULL CONSTRAINT fk_complaints_decision REFERENCES decisions(id) ON DELETE RESTRICT,
        dossier_id uuid NOT NULL CONSTRAINT fk_complaints_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        handling_unit_id uuid NOT NULL CONSTRAINT fk_complaints_handling_unit REFERENCES units(id) ON DELETE RESTRICT,
        complainant_id uuid NOT NULL CONSTRAINT fk_complaints_complainant REFERENCES users(id) ON DELETE RESTRICT,
        label text NOT NULL,
        content text NOT NULL,
        known_on date NOT NULL,
        filed_on date NOT NULL,
        obstacle_days int NOT NULL DEFAULT 0,
        obstacle_reason text NULL,
        filing_last_day date NOT NULL,
        filed_late boolean NOT NULL,
        rules_id varchar(32) NOT NULL,
        remote boolean NOT NULL,
        complex boolean NULL,
        status varchar(16) NOT NULL,
        due_date date NULL,
        reasons text NULL,
        verification text NULL,
        remedy text NULL,
        accepted_on date NULL,
        settled_on date NULL,
        settled_by uuid NULL CONSTRAINT fk_complaints_settled_by REFERENCES users(id) ON DELETE RESTRICT,
        second_complaint_last_day date NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX idx_complaints_dossier ON complaints (dossier_id)`);
    await db.query(
      `CREATE INDEX idx_complaints_handling_unit ON complaints (handling_unit_id, status)`,
    );
    await db.query(`
      CREATE TABLE award_revocations (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL CONSTRAINT fk_award_revocations_decision REFERENCES decisions(id) ON DELETE RESTRICT,
        dossier_id uuid NOT NULL CONSTRAINT uq_award_revocations_dossier UNIQUE
          CONSTRAINT fk_award_revocations_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        issuer_unit_id uuid NOT NULL CONSTRAINT fk_award_revocations_issuer REFERENCES units(id) ON DELETE RESTRICT,
        year int NOT NULL,
        sequence int NOT NULL,
        number varchar(64) NOT NULL,
        signed_on date NOT NULL,
        signed_by uuid NOT NULL CONSTRAINT fk_award_revocations_signed_by REFERENCES users(id) ON DELETE RESTRICT,
        ground varchar(16) NOT NULL,
        reason text NOT NULL,
        conclusion text NULL,
        bonus_to_recover_vnd bigint NOT NULL,
        idempotency_key text NOT NULL CONSTRAINT uq_award_revocations_idempotency_key UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_award_revocations_issuer_year_sequence UNIQUE (issuer_unit_id, year, sequence)
      )`);
    await db.query(
      `CREATE INDEX idx_award_revocations_decision ON award_revocations (decision_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE award_revocations`);
    await db.query(`DROP TABLE complaints`);
  }
}
