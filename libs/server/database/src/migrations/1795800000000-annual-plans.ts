import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Yearly plans and their items, quarter summaries, work windows, and units' emulation registrations. */
export class AnnualPlans1795800000000 implements MigrationInterface {
  name = 'AnnualPlans1795800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL CONSTRAINT ck_plans_year CHECK (year BETWEEN 2000 AND 2100),
        number varchar(64) NULL,
        issued_on date NULL,
        issuer_unit_id uuid NOT NULL CONSTRAINT fk_plans_issuer_unit REFERENCES units(id) ON DELETE RESTRICT,
        issuer_name text NOT NULL,
        signer text NULL,
        standing_body_unit_id uuid NOT NULL CONSTRAINT fk_plans_standing_body_unit REFERENCES units(id) ON DELETE RESTRICT,
        legal_basis jsonb NOT NULL DEFAULT '[]'::jsonb,
        goals jsonb NOT NULL DEFAULT '[]'::jsonb,
        standing_duties jsonb NOT NULL DEFAULT '[]'::jsonb,
        recipients jsonb NOT NULL DEFAULT '[]'::jsonb,
        reminder_offsets int[] NOT NULL,
        status varchar(16) NOT NULL CONSTRAINT ck_plans_status CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
        workflow_id text NULL CONSTRAINT uq_plans_workflow_id UNIQUE,
        source_plan_id uuid NULL CONSTRAINT fk_plans_source_plan REFERENCES plans(id) ON DELETE RESTRICT
          CONSTRAINT uq_plans_source_plan UNIQUE,
        content_hash char(64) NULL,
        created_by uuid NULL CONSTRAINT fk_plans_created_by REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One plan per number, year and issuer; drafts have no number until they are issued.
    await db.query(
      `CREATE UNIQUE INDEX uq_plans_issuer_year_number ON plans (issuer_unit_id, year, number) WHERE number IS NOT NULL`,
    );
    await db.query(`CREATE INDEX idx_plans_year_status ON plans (year, status)`);

    await db.query(`
      CREATE TABLE plan_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL CONSTRAINT fk_plan_items_plan REFERENCES plans(id) ON DELETE CASCADE,
        item_key varchar(64) NOT NULL,
        position int NOT NULL,
        quarter smallint NOT NULL CONSTRAINT ck_plan_items_quarter CHECK (quarter BETWEEN 1 AND 4),
        due_on date NOT NULL,
        due_explicit boolean NOT NULL,
        owner_unit_id uuid NOT NULL CONSTRAINT fk_plan_items_owner_unit REFERENCES units(id) ON DELETE RESTRICT,
        kind varchar(32) NOT NULL CONSTRAINT ck_plan_items_kind CHECK (kind IN
          ('evaluation', 'cluster', 'document', 'council', 'event', 'dossier-batch', 'inspection', 'registration')),
        text_vi text NOT NULL,
        text_en text NOT NULL,
        recurring boolean NOT NULL DEFAULT true,
        participant_unit_ids uuid[] NOT NULL DEFAULT '{}',
        status varchar(16) NOT NULL CONSTRAINT ck_plan_items_status CHECK (status IN ('OPEN', 'DONE')),
        completed_at timestamptz NULL,
        completed_by uuid NULL CONSTRAINT fk_plan_items_completed_by REFERENCES users(id) ON DELETE RESTRICT,
        evidence jsonb NULL,
        completion_note text NULL,
        revision int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_plan_items_plan_key UNIQUE (plan_id, item_key),
        CONSTRAINT ck_plan_items_completion CHECK (
          (status = 'DONE') = (completed_at IS NOT NULL AND evidence IS NOT NULL)
        )
      )`);
    await db.query(
      `CREATE INDEX idx_plan_items_plan_quarter ON plan_items (plan_id, quarter, position)`,
    );
    await db.query(
      `CREATE INDEX idx_plan_items_owner_status ON plan_items (owner_unit_id, status)`,
    );

    await db.query(`
      CREATE TABLE plan_quarter_summaries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL CONSTRAINT fk_plan_quarter_summaries_plan REFERENCES plans(id) ON DELETE CASCADE,
        quarter smallint NOT NULL CONSTRAINT ck_plan_quarter_summaries_quarter CHECK (quarter BETWEEN 1 AND 4),
        as_of date NOT NULL,
        totals jsonb NOT NULL,
        owners jsonb NOT NULL,
        items jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_plan_quarter_summaries_plan_quarter UNIQUE (plan_id, quarter)
      )`);

    await db.query(`
      CREATE TABLE plan_windows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL CONSTRAINT fk_plan_windows_plan REFERENCES plans(id) ON DELETE CASCADE,
        item_key varchar(64) NOT NULL,
        kind varchar(32) NOT NULL CONSTRAINT ck_plan_windows_kind CHECK (kind IN ('dossier-collection', 'emulation-registration')),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        status varchar(16) NOT NULL CONSTRAINT ck_plan_windows_status CHECK (status IN ('OPEN', 'CLOSED')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_plan_windows_plan_item UNIQUE (plan_id, item_key)
      )`);
    await db.query(
      `CREATE INDEX idx_plan_windows_open ON plan_windows (kind, closes_at) WHERE status = 'OPEN'`,
    );

    await db.query(`
      CREATE TABLE emulation_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL CONSTRAINT fk_emulation_registrations_plan REFERENCES plans(id) ON DELETE RESTRICT,
        year int NOT NULL,
        unit_id uuid NOT NULL CONSTRAINT fk_emulation_registrations_unit REFERENCES units(id) ON DELETE RESTRICT,
        award_code varchar(64) NOT NULL,
        nominee_kind varchar(16) NOT NULL CONSTRAINT ck_emulation_registrations_nominee_kind
          CHECK (nominee_kind IN ('individual', 'collective')),
        nominee_name text NOT NULL,
        registered_by uuid NULL CONSTRAINT fk_emulation_registrations_registered_by REFERENCES users(id) ON DELETE RESTRICT,
        registered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_emulation_registrations_entry UNIQUE (year, unit_id, award_code, nominee_kind, nominee_name)
      )`);
    await db.query(
      `CREATE INDEX idx_emulation_registrations_plan ON emulation_registrations (plan_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE emulation_registrations`);
    await db.query(`DROP TABLE plan_windows`);
    await db.query(`DROP TABLE plan_quarter_summaries`);
    await db.query(`DROP TABLE plan_items`);
    await db.query(`DROP TABLE plans`);
  }
}
