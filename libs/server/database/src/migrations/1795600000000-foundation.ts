import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation tree, users, the append-only audit log, dossiers and request idempotency. */
export class Foundation1795600000000 implements MigrationInterface {
  name = 'Foundation1795600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL CONSTRAINT uq_units_code UNIQUE,
        name text NOT NULL,
        level varchar(32) NOT NULL,
        parent_id uuid NULL CONSTRAINT fk_units_parent REFERENCES units(id) ON DELETE RESTRICT,
        valid_from date NOT NULL,
        valid_to date NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_units_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await db.query(`CREATE INDEX idx_units_parent ON units (parent_id)`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL CONSTRAINT uq_users_username UNIQUE,
        full_name text NOT NULL,
        email text NULL,
        unit_id uuid NOT NULL CONSTRAINT fk_users_unit REFERENCES units(id) ON DELETE RESTRICT,
        disabled_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX idx_users_unit ON users (unit_id)`);

    await db.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid NULL,
        actor_kind varchar(16) NOT NULL DEFAULT 'user',
        actor_role varchar(32) NULL,
        unit_id uuid NULL,
        action varchar(64) NOT NULL,
        entity_type varchar(32) NOT NULL,
        entity_id text NOT NULL,
        before jsonb NULL,
        after jsonb NULL,
        request_id text NULL,
        workflow_id text NULL,
        idempotency_key text NULL CONSTRAINT uq_audit_log_idempotency_key UNIQUE
      )`);
    await db.query(`CREATE INDEX idx_audit_log_occurred_at ON audit_log (occurred_at)`);
    await db.query(`CREATE INDEX idx_audit_log_entity ON audit_log (entity_type, entity_id)`);
    await db.query(`CREATE INDEX idx_audit_log_actor ON audit_log (actor_id)`);
    // History must not be rewritten, not even by the application's own database user.
    await db.query(`
      CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await db.query(`
      CREATE TRIGGER trg_audit_log_append_only
        BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()`);
    await db.query(`
      CREATE TRIGGER trg_audit_log_no_truncate
        BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`);

    await db.query(`
      CREATE TABLE dossiers (
        id uuid PRIMARY KEY,
        code varchar(32) NOT NULL CONSTRAINT uq_dossiers_code UNIQUE,
        year int NOT NULL,
        award_code varchar(64) NOT NULL,
        proposing_unit_id uuid NOT NULL CONSTRAINT fk_dossiers_unit REFERENCES units(id) ON DELETE RESTRICT,
        nominee jsonb NOT NULL,
        nominee_name text NOT NULL,
        achievements_summary text NOT NULL,
        stage varchar(32) NOT NULL,
        workflow_id text NOT NULL,
        submitted_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX idx_dossiers_unit_year ON dossiers (proposing_unit_id, year)`);
    await db.query(`CREATE INDEX idx_dossiers_stage ON dossiers (stage)`);

    await db.query(`
      CREATE TABLE dossier_code_counters (
        year int PRIMARY KEY,
        last_value int NOT NULL
      )`);

    await db.query(`
      CREATE TABLE idempotency_keys (
        scope varchar(128) NOT NULL,
        key varchar(128) NOT NULL,
        request_hash char(64) NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_idempotency_keys PRIMARY KEY (scope, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
    await db.query(`DROP TABLE dossier_code_counters`);
    await db.query(`DROP TABLE dossiers`);
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_reject_change()`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE units`);
  }
}
