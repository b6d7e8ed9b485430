import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emulation clusters and blocks (cụm, khối thi đua) by year: members, leader and deputy, the pact each
 * member signs, versioned scoring tables, self-scores with evidence, the review's scores and ranking,
 * the leader's proposals and the handover of the leadership.
 */
export class EmulationClusters1796910000000 implements MigrationInterface {
  name = 'EmulationClusters1796910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE emulation_clusters (
        id uuid PRIMARY KEY,
        code varchar(32) NOT NULL CONSTRAINT uq_emulation_clusters_code UNIQUE,
        name text NOT NULL,
        kind varchar(8) NOT NULL,
        organizer_unit_id uuid NOT NULL CONSTRAINT fk_emulation_clusters_organizer REFERENCES units(id) ON DELETE RESTRICT,
        created_by uuid NULL CONSTRAINT fk_emulation_clusters_created_by REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_emulation_clusters_kind CHECK (kind IN ('cluster', 'block'))
      )`);
    await db.query(`
      CREATE TABLE cluster_years (
        id uuid PRIMARY KEY,
        cluster_id uuid NOT NULL CONSTRAINT fk_cluster_years_cluster REFERENCES emulation_clusters(id) ON DELETE RESTRICT,
        year int NOT NULL,
        organizer_unit_id uuid NOT NULL CONSTRAINT fk_cluster_years_organizer REFERENCES units(id) ON DELETE RESTRICT,
        leader_unit_id uuid NOT NULL CONSTRAINT fk_cluster_years_leader REFERENCES units(id) ON DELETE RESTRICT,
        deputy_unit_id uuid NULL CONSTRAINT fk_cluster_years_deputy REFERENCES units(id) ON DELETE RESTRICT,
        status varchar(16) NOT NULL,
        scoring_version int NULL,
        workflow_id text NULL CONSTRAINT uq_cluster_years_workflow UNIQUE,
        pact_signed_at timestamptz NULL,
        review jsonb NULL,
        next_leader_unit_id uuid NULL CONSTRAINT fk_cluster_years_next_leader REFERENCES units(id) ON DELETE RESTRICT,
        handed_over_at timestamptz NULL,
        created_by uuid NULL CONSTRAINT fk_cluster_years_created_by REFERENCES users(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_cluster_years_cluster_year UNIQUE (cluster_id, year),
        CONSTRAINT ck_cluster_years_status CHECK (status IN ('FORMED', 'PACT_SIGNING', 'PACT_SIGNED', 'SCORING', 'REVIEWING', 'REVIEWED', 'HANDED_OVER'))
      )`);
    await db.query(`
      CREATE TABLE cluster_members (
        cluster_year_id uuid NOT NULL CONSTRAINT fk_cluster_members_year REFERENCES cluster_years(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL CONSTRAINT fk_cluster_members_unit REFERENCES units(id) ON DELETE RESTRICT,
        pact_signed_by uuid NULL CONSTRAINT fk_cluster_members_pact_signer REFERENCES users(id) ON DELETE RESTRICT,
        pact_signed_at timestamptz NULL,
        self_scores jsonb NULL,
        evidence jsonb NOT NULL DEFAULT '[]',
        self_scored_by uuid NULL CONSTRAINT fk_cluster_members_self_scorer REFERENCES users(id) ON DELETE RESTRICT,
        self_scored_at timestamptz NULL,
        self_score_missed boolean NOT NULL DEFAULT false,
        final_scores jsonb NULL,
        total numeric(8,2) NULL,
        rank int NULL,
        tied_with uuid[] NOT NULL DEFAULT '{}',
        proposed_award_code varchar(64) NULL,
        proposal_dossier_id uuid NULL CONSTRAINT fk_cluster_members_dossier REFERENCES dossiers(id) ON DELETE RESTRICT,
        CONSTRAINT pk_cluster_members PRIMARY KEY (cluster_year_id, unit_id)
      )`);
    await db.query(`CREATE INDEX idx_cluster_members_unit ON cluster_members (unit_id)`);
    await db.query(`
      CREATE TABLE cluster_scoring_tables (
        cluster_year_id uuid NOT NULL CONSTRAINT fk_cluster_scoring_tables_year REFERENCES cluster_years(id) ON DELETE RESTRICT,
        version int NOT NULL,
        criteria jsonb NOT NULL,
        adopted_by uuid NULL CONSTRAINT fk_cluster_scoring_tables_adopted_by REFERENCES users(id) ON DELETE RESTRICT,
        adopted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cluster_scoring_tables PRIMARY KEY (cluster_year_id, version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE cluster_scoring_tables`);
    await db.query(`DROP TABLE cluster_members`);
    await db.query(`DROP TABLE cluster_years`);
    await db.query(`DROP TABLE emulation_clusters`);
  }
}
