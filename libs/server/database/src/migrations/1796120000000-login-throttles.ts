import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Log-in failures counted per account and client address, so that a stranger's wrong passwords lock
 * only the stranger out (with a wait that grows); and the request counters of the rate limits, shared
 * by every API process. The account-wide counter and lock they replace go.
 */
export class LoginThrottles1796120000000 implements MigrationInterface {
  name = 'LoginThrottles1796120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE login_failures (
        user_id uuid NOT NULL CONSTRAINT fk_login_failures_user REFERENCES users(id) ON DELETE CASCADE,
        client_address text NOT NULL,
        failures int NOT NULL DEFAULT 0,
        lockouts int NOT NULL DEFAULT 0,
        blocked_until timestamptz NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_login_failures PRIMARY KEY (user_id, client_address)
      )`);
    await db.query(`
      CREATE TABLE rate_limit_windows (
        key text PRIMARY KEY,
        hits int NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz NULL
      )`);
    await db.query(
      `CREATE INDEX idx_rate_limit_windows_ends ON rate_limit_windows (window_ends_at)`,
    );
    await db.query(`
      ALTER TABLE users
        DROP CONSTRAINT ck_users_failed_login_count,
        DROP COLUMN failed_login_count,
        DROP COLUMN locked_until`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN failed_login_count int NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz NULL,
        ADD CONSTRAINT ck_users_failed_login_count CHECK (failed_login_count >= 0)`);
    await db.query(`DROP TABLE rate_limit_windows`);
    await db.query(`DROP TABLE login_failures`);
  }
}
