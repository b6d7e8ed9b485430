import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dossier's nominee categories are columns PostgreSQL computes from the nominee (1796400000000).
 * TypeORM keeps the expression of a generated column in its own `typeorm_metadata` table and reads it
 * when it compares the schema with the entities; without the table it cannot compare at all. The rows
 * name the database: a copy restored under another name updates them (`UPDATE typeorm_metadata SET
 * database = current_database()`), as the test harness does for its clones.
 */
export const NOMINEE_CATEGORY_EXPRESSIONS = {
  nominee_female: `CASE nominee->>'gender' WHEN 'female' THEN true WHEN 'male' THEN false END`,
  nominee_direct_worker: `CASE nominee->>'directWorker' WHEN 'true' THEN true WHEN 'false' THEN false END`,
  nominee_ethnic_minority: `CASE nominee->>'ethnicMinority' WHEN 'true' THEN true WHEN 'false' THEN false END`,
  nominee_leader: `CASE nominee->>'leaderOrManager' WHEN 'true' THEN true WHEN 'false' THEN false END`,
} as const;

export class GeneratedColumnsMetadata1796700000000 implements MigrationInterface {
  name = 'GeneratedColumnsMetadata1796700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE IF NOT EXISTS typeorm_metadata (
        type varchar NOT NULL,
        database varchar DEFAULT NULL,
        schema varchar DEFAULT NULL,
        "table" varchar DEFAULT NULL,
        name varchar DEFAULT NULL,
        value text
      )`);
    for (const [column, expression] of Object.entries(NOMINEE_CATEGORY_EXPRESSIONS))
      await db.query(
        `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
         VALUES ('GENERATED_COLUMN', current_database(), 'public', 'dossiers', $1, $2)`,
        [column, expression],
      );
  }

  async down(db: QueryRunner): Promise<void> {
    // The table stays: TypeORM creates it before running migrations once an entity has a generated column.
    await db.query(
      `DELETE FROM typeorm_metadata WHERE type = 'GENERATED_COLUMN' AND "table" = 'dossiers' AND name = ANY($1)`,
      [Object.keys(NOMINEE_CATEGORY_EXPRESSIONS)],
    );
  }
}
