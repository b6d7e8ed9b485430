import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Council meetings (members, attendance, agenda with ballot counts: never who voted how), initiatives
 * and the one-use rule, numbered decisions with their awardees and a gapless counter per issuer and
 * year, and generated documents with their SHA-256.
 */
export class CouncilsInitiativesDecisions1796000000000 implements MigrationInterface {
  name = 'CouncilsInitiativesDecisions1796000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_type varchar(32) NOT NULL,
        owner_id uuid NOT NULL,
        kind varchar(32) NOT NULL,
        unit_id uuid NOT NULL CONSTRAINT fk_documents_unit REFERENCES units(id) ON DELETE RESTRICT,
        title text NOT NULL,
        file_name text NOT NULL,
        content_type varchar(128) NOT NULL,
        size_bytes int NOT NULL,
        sha256 char(64) NOT NULL,
        idempotency_key text NOT NULL CONSTRAINT uq_documents_idempotency_key UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX idx_documents_owner ON documents (owner_type, owner_id)`);
    await db.query(`
      CREATE TABLE document_contents (
        document_id uuid PRIMARY KEY CONSTRAINT fk_document_contents_document REFERENCES documents(id) ON DELETE CASCADE,
        content bytea NOT NULL
      )`);

    await db.query(`
      CREATE TABLE initiatives (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL CONSTRAINT fk_initiatives_unit REFERENCES units(id) ON DELETE RESTRICT,
        title text NOT NULL,
        description text NOT NULL,
        author_ids uuid[] NOT NULL,
        status varchar(16) NOT NULL,
        rule_set_id varchar(32) NOT NULL,
        received_on date NOT NULL,
        due_date date NOT NULL,
        scope varchar(16) NULL,
        reasons text NULL,
        votes_for int NULL,
        members_total int NULL,
        decided_on date NULL,
        decided_by uuid NULL CONSTRAINT fk_initiatives_decided_by REFERENCES users(id) ON DELETE RESTRICT,
        workflow_id text NOT NULL CONSTRAINT uq_initiatives_workflow UNIQUE,
        applied_by uuid NOT NULL CONSTRAINT fk_initiatives_applied_by REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_initiatives_status CHECK (status IN ('RECEIVED', 'RECOGNIZED', 'REFUSED')),
        CONSTRAINT ck_initiatives_scope CHECK (scope IS NULL OR scope IN ('unit', 'province', 'national'))
      )`);
    await db.query(`CREATE INDEX idx_initiatives_unit_status ON initiatives (unit_id, status)`);
    // The one-use rule lives here: an initiative has at most one row, so it backs one award only.
    await db.query(`
      CREATE TABLE initiative_uses (
        initiative_id uuid PRIMARY KEY CONSTRAINT fk_initiative_uses_initiative REFERENCES initiatives(id) ON DELETE RESTRICT,
        dossier_id uuid NOT NULL CONSTRAINT fk_initiative_uses_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX idx_initiative_uses_dossier ON initiative_uses (dossier_id)`);

    await db.query(`
      CREATE TABLE council_meetings (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL CONSTRAINT fk_council_meetings_unit REFERENCES units(id) ON DELETE RESTRICT,
        level varchar(32) NOT NULL,
        rule_set_id varchar(32) NOT NULL,
        title text NOT NULL,
        scheduled_at timestamptz NOT NULL,
        location text NOT NULL,
        status varchar(16) NOT NULL,
        corrects_meeting_id uuid NULL CONSTRAINT fk_council_meetings_corrects REFERENCES council_meetings(id) ON DELETE RESTRICT,
        workflow_id text NOT NULL CONSTRAINT uq_council_meetings_workflow UNIQUE,
        created_by uuid NOT NULL CONSTRAINT fk_council_meetings_created_by REFERENCES users(id) ON DELETE RESTRICT,
        last_event_seq int NOT NULL DEFAULT 0,
        opened_at timestamptz NULL,
        closed_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_council_meetings_status CHECK (status IN ('SCHEDULED', 'OPEN', 'CLOSED'))
      )`);
    await db.query(
      `CREATE INDEX idx_council_meetings_unit_scheduled ON council_meetings (unit_id, scheduled_at)`,
    );
    await db.query(`
      CREATE TABLE council_meeting_members (
        meeting_id uuid NOT NULL CONSTRAINT fk_council_meeting_members_meeting REFERENCES council_meetings(id) ON DELETE RESTRICT,
        user_id uuid NOT NULL CONSTRAINT fk_council_meeting_members_user REFERENCES users(id) ON DELETE RESTRICT,
        full_name text NOT NULL,
        position varchar(16) NOT NULL,
        present boolean NULL,
        CONSTRAINT pk_council_meeting_members PRIMARY KEY (meeting_id, user_id),
        CONSTRAINT ck_council_meeting_members_position CHECK (position IN ('chair', 'vice-chair', 'secretary', 'member'))
      )`);
    // Ballot counts only: how each member voted is not stored (secret ballot).
    await db.query(`
      CREATE TABLE council_agenda_items (
        meeting_id uuid NOT NULL CONSTRAINT fk_council_agenda_items_meeting REFERENCES council_meetings(id) ON DELETE RESTRICT,
        dossier_id uuid NOT NULL CONSTRAINT fk_council_agenda_items_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        added_at timestamptz NOT NULL,
        removed_at timestamptz NULL,
        ballots_cast int NULL,
        votes_for int NULL,
        votes_required int NULL,
        passed boolean NULL,
        CONSTRAINT pk_council_agenda_items PRIMARY KEY (meeting_id, dossier_id)
      )`);
    await db.query(
      `CREATE INDEX idx_council_agenda_items_dossier ON council_agenda_items (dossier_id)`,
    );

    await db.query(`
      CREATE TABLE decision_number_counters (
        issuer_unit_id uuid NOT NULL CONSTRAINT fk_decision_number_counters_unit REFERENCES units(id) ON DELETE RESTRICT,
        year int NOT NULL,
        last_value int NOT NULL,
        CONSTRAINT pk_decision_number_counters PRIMARY KEY (issuer_unit_id, year)
      )`);
    await db.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY,
        issuer_unit_id uuid NOT NULL CONSTRAINT fk_decisions_issuer REFERENCES units(id) ON DELETE RESTRICT,
        level varchar(32) NOT NULL,
        year int NOT NULL,
        sequence int NOT NULL,
        number varchar(64) NOT NULL,
        signed_on date NOT NULL,
        signed_by uuid NOT NULL CONSTRAINT fk_decisions_signed_by REFERENCES users(id) ON DELETE RESTRICT,
        title text NOT NULL,
        idempotency_key text NOT NULL CONSTRAINT uq_decisions_idempotency_key UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_decisions_issuer_year_sequence UNIQUE (issuer_unit_id, year, sequence)
      )`);
    await db.query(
      `CREATE INDEX idx_decisions_issuer_signed ON decisions (issuer_unit_id, signed_on)`,
    );
    await db.query(`
      CREATE TABLE decision_awardees (
        decision_id uuid NOT NULL CONSTRAINT fk_decision_awardees_decision REFERENCES decisions(id) ON DELETE RESTRICT,
        dossier_id uuid NOT NULL CONSTRAINT fk_decision_awardees_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        position int NOT NULL,
        nominee_name text NOT NULL,
        nominee_kind varchar(16) NOT NULL,
        nominee_title text NULL,
        unit_name text NOT NULL,
        award_code varchar(64) NOT NULL,
        award_name text NOT NULL,
        coefficient_thousandths int NOT NULL,
        bonus_vnd bigint NOT NULL,
        CONSTRAINT pk_decision_awardees PRIMARY KEY (decision_id, dossier_id),
        CONSTRAINT uq_decision_awardees_dossier UNIQUE (dossier_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE decision_awardees`);
    await db.query(`DROP TABLE decisions`);
    await db.query(`DROP TABLE decision_number_counters`);
    await db.query(`DROP TABLE council_agenda_items`);
    await db.query(`DROP TABLE council_meeting_members`);
    await db.query(`DROP TABLE council_meetings`);
    await db.query(`DROP TABLE initiative_uses`);
    await db.query(`DROP TABLE initiatives`);
    await db.query(`DROP TABLE document_contents`);
    await db.query(`DROP TABLE documents`);
  }
}
