import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity and the organisation's history: unit merges and parent periods, credentials and lock-out,
 * role grants on units, sign-in sessions with rotating refresh tokens, single sign-on links, the unit
 * an actor acted for in the audit log, and who submitted each dossier.
 */
export class Identity1795700000000 implements MigrationInterface {
  name = 'Identity1795700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE units
        ADD COLUMN merged_into_id uuid NULL
          CONSTRAINT fk_units_merged_into REFERENCES units(id) ON DELETE RESTRICT,
        ADD CONSTRAINT ck_units_not_merged_into_self CHECK (merged_into_id IS NULL OR merged_into_id <> id),
        ADD CONSTRAINT ck_units_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
        ADD CONSTRAINT ck_units_merged_is_retired CHECK (merged_into_id IS NULL OR valid_to IS NOT NULL)`);
    await db.query(`CREATE INDEX idx_units_merged_into ON units (merged_into_id)`);

    // Which parent a unit had when; units.parent_id is the current one, kept for fast tree queries.
    await db.query(`
      CREATE TABLE unit_parent_periods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL CONSTRAINT fk_unit_parent_periods_unit REFERENCES units(id) ON DELETE CASCADE,
        parent_id uuid NULL CONSTRAINT fk_unit_parent_periods_parent REFERENCES units(id) ON DELETE RESTRICT,
        valid_from date NOT NULL,
        valid_to date NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_unit_parent_periods_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await db.query(
      `CREATE INDEX idx_unit_parent_periods_unit ON unit_parent_periods (unit_id, valid_from)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX uq_unit_parent_periods_open ON unit_parent_periods (unit_id) WHERE valid_to IS NULL`,
    );
    await db.query(`
      INSERT INTO unit_parent_periods (unit_id, parent_id, valid_from)
      SELECT id, parent_id, valid_from FROM units`);

    await db.query(`
      ALTER TABLE users
        ADD COLUMN password_hash text NULL,
        ADD COLUMN password_changed_at timestamptz NULL,
        ADD COLUMN failed_login_count int NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz NULL,
        ADD CONSTRAINT ck_users_username_lowercase CHECK (username = lower(username)),
        ADD CONSTRAINT ck_users_failed_login_count CHECK (failed_login_count >= 0)`);

    await db.query(`
      CREATE TABLE role_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_role_grants_user REFERENCES users(id) ON DELETE RESTRICT,
        role varchar(32) NOT NULL CONSTRAINT ck_role_grants_role CHECK (role IN (
          'UNIT_OFFICER', 'UNIT_HEAD', 'REVIEWER', 'COUNCIL_SECRETARY', 'COUNCIL_MEMBER',
          'LEADER', 'ADMIN', 'AUDITOR')),
        unit_id uuid NOT NULL CONSTRAINT fk_role_grants_unit REFERENCES units(id) ON DELETE RESTRICT,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by uuid NULL CONSTRAINT fk_role_grants_granted_by REFERENCES users(id) ON DELETE RESTRICT,
        revoked_at timestamptz NULL,
        revoked_by uuid NULL CONSTRAINT fk_role_grants_revoked_by REFERENCES users(id) ON DELETE RESTRICT,
        revoke_reason text NULL
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_role_grants_active ON role_grants (user_id, role, unit_id) WHERE revoked_at IS NULL`,
    );
    await db.query(`CREATE INDEX idx_role_grants_unit ON role_grants (unit_id)`);

    await db.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_auth_sessions_user REFERENCES users(id) ON DELETE CASCADE,
        method varchar(16) NOT NULL CONSTRAINT ck_auth_sessions_method CHECK (method IN ('password', 'oidc')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        revoke_reason varchar(32) NULL
      )`);
    await db.query(`CREATE INDEX idx_auth_sessions_user ON auth_sessions (user_id)`);

    // One row per refresh token ever issued in a session (the token family); only the SHA-256 is kept.
    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL CONSTRAINT fk_refresh_tokens_session REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL CONSTRAINT uq_refresh_tokens_hash UNIQUE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL
      )`);
    await db.query(`CREATE INDEX idx_refresh_tokens_session ON refresh_tokens (session_id)`);

    await db.query(`
      CREATE TABLE external_identities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_external_identities_user REFERENCES users(id) ON DELETE CASCADE,
        issuer text NOT NULL,
        subject text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_external_identities_subject UNIQUE (issuer, subject)
      )`);
    await db.query(`CREATE INDEX idx_external_identities_user ON external_identities (user_id)`);

    // A single sign-on that has been started and not yet come back; consumed once by the callback.
    await db.query(`
      CREATE TABLE oidc_login_requests (
        state varchar(64) PRIMARY KEY,
        nonce varchar(64) NOT NULL,
        code_verifier varchar(128) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX idx_oidc_login_requests_expires_at ON oidc_login_requests (expires_at)`,
    );

    await db.query(`ALTER TABLE audit_log ADD COLUMN actor_unit_id uuid NULL`);
    await db.query(`CREATE INDEX idx_audit_log_unit ON audit_log (unit_id, occurred_at)`);
    await db.query(`CREATE INDEX idx_audit_log_action ON audit_log (action)`);

    await db.query(`
      ALTER TABLE dossiers ADD COLUMN submitted_by uuid NULL
        CONSTRAINT fk_dossiers_submitted_by REFERENCES users(id) ON DELETE RESTRICT`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE dossiers DROP COLUMN submitted_by`);
    await db.query(`DROP INDEX idx_audit_log_action`);
    await db.query(`DROP INDEX idx_audit_log_unit`);
    await db.query(`ALTER TABLE audit_log DROP COLUMN actor_unit_id`);
    await db.query(`DROP TABLE oidc_login_requests`);
    await db.query(`DROP TABLE external_identities`);
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE auth_sessions`);
    await db.query(`DROP TABLE role_grants`);
    await db.query(`
      ALTER TABLE users
        DROP CONSTRAINT ck_users_failed_login_count,
        DROP CONSTRAINT ck_users_username_lowercase,
        DROP COLUMN locked_until,
        DROP COLUMN failed_login_count,
        DROP COLUMN password_changed_at,
        DROP COLUMN password_hash`);
    await db.query(`DROP TABLE unit_parent_periods`);
    await db.query(`DROP INDEX idx_units_merged_into`);
    await db.query(`
      ALTER TABLE units
        DROP CONSTRAINT ck_units_merged_is_retired,
        DROP CONSTRAINT ck_units_not_own_parent,
        DROP CONSTRAINT ck_units_not_merged_into_self,
        DROP COLUMN merged_into_id`);
  }
}
