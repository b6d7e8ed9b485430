import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications, the ledger that makes e-mail and webhook delivery exactly-once, and preferences. */
export class Notifications1795810000000 implements MigrationInterface {
  name = 'Notifications1795810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL,
        user_id uuid NOT NULL CONSTRAINT fk_notifications_user REFERENCES users(id) ON DELETE RESTRICT,
        template varchar(64) NOT NULL,
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        link text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz NULL,
        CONSTRAINT uq_notifications_key_user UNIQUE (idempotency_key, user_id)
      )`);
    await db.query(
      `CREATE INDEX idx_notifications_user_created ON notifications (user_id, created_at DESC)`,
    );
    await db.query(
      `CREATE INDEX idx_notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL,
        user_id uuid NOT NULL CONSTRAINT fk_notification_deliveries_user REFERENCES users(id) ON DELETE RESTRICT,
        channel varchar(16) NOT NULL CONSTRAINT ck_notification_deliveries_channel CHECK (channel IN ('email', 'webhook')),
        target text NOT NULL,
        status varchar(16) NOT NULL CONSTRAINT ck_notification_deliveries_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        last_error text NULL,
        sent_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_notification_deliveries_target UNIQUE (idempotency_key, user_id, channel, target)
      )`);
    await db.query(
      `CREATE INDEX idx_notification_deliveries_unsent ON notification_deliveries (created_at) WHERE status <> 'SENT'`,
    );

    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY CONSTRAINT fk_notification_preferences_user REFERENCES users(id) ON DELETE RESTRICT,
        in_app boolean NOT NULL DEFAULT true,
        email boolean NOT NULL DEFAULT true,
        webhook boolean NOT NULL DEFAULT false,
        locale varchar(2) NOT NULL DEFAULT 'vi' CONSTRAINT ck_notification_preferences_locale CHECK (locale IN ('vi', 'en')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_preferences`);
    await db.query(`DROP TABLE notification_deliveries`);
    await db.query(`DROP TABLE notifications`);
  }
}
