import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Legal data published by administrators without a release (a year's holiday schedule, a
 * base-salary step), kept as an append-only log of publications: the latest publication of a key is
 * in effect, earlier ones stay for the record. And the organisation tree's dated names, so documents
 * carry a unit's name on their own date (UBND tỉnh Đồng Nai until 29/4/2026, UBND Thành phố Đồng Nai
 * from 30/4/2026).
 */
export class LegalDataAndUnitNames1796140000000 implements MigrationInterface {
  name = 'LegalDataAndUnitNames1796140000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE legal_data_publications (
        revision bigserial PRIMARY KEY,
        kind varchar(32) NOT NULL CONSTRAINT ck_legal_data_publications_kind
          CHECK (kind IN ('holiday-schedule', 'base-salary-step')),
        key varchar(16) NOT NULL,
        payload jsonb NOT NULL,
        source jsonb NOT NULL,
        published_by uuid NOT NULL CONSTRAINT fk_legal_data_publications_user REFERENCES users(id) ON DELETE RESTRICT,
        published_at timestamptz NOT NULL DEFAULT now(),
        request_id text NULL
      )`);
    await db.query(
      `CREATE INDEX idx_legal_data_publications_key ON legal_data_publications (kind, key, revision DESC)`,
    );
    await db.query(`
      CREATE FUNCTION legal_data_publications_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'legal_data_publications is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER trg_legal_data_publications_append_only
        BEFORE UPDATE OR DELETE ON legal_data_publications
        FOR EACH ROW EXECUTE FUNCTION legal_data_publications_reject_change()`);

    await db.query(`
      CREATE TABLE unit_names (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL CONSTRAINT fk_unit_names_unit REFERENCES units(id) ON DELETE CASCADE,
        name text NOT NULL,
        valid_from date NOT NULL,
        legal_basis text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_unit_names_period UNIQUE (unit_id, valid_from)
      )`);
    await db.query(
      `INSERT INTO unit_names (unit_id, name, valid_from) SELECT id, name, valid_from FROM units`,
    );
    await db.query(`
      CREATE FUNCTION unit_name_on(p_unit uuid, p_day date) RETURNS text STABLE LANGUAGE sql AS $$
        SELECT COALESCE(
          (SELECT name FROM unit_names WHERE unit_id = p_unit AND valid_from <= p_day
            ORDER BY valid_from DESC LIMIT 1),
          (SELECT name FROM units WHERE id = p_unit))
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION unit_name_on(uuid, date)`);
    await db.query(`DROP TABLE unit_names`);
    await db.query(
      `DROP TRIGGER trg_legal_data_publications_append_only ON legal_data_publications`,
    );
    await db.query(`DROP TABLE legal_data_publications`);
    await db.query(`DROP FUNCTION legal_data_publications_reject_change()`);
  }
}
