import type { SchemaDifference, SchemaStatement } from '@tdkt/server-database';

/** A generated migration: where it goes, its class, and its source. */
export interface MigrationFile {
  fileName: string;
  className: string;
  source: string;
}

/**
 * Writes the TypeScript of a migration that applies `difference` (and reverts it in `down`), named
 * `<timestamp>-<name>` with the timestamp taken when it was generated, so migrations written on
 * different branches keep the order they were written in.
 */
export function migrationFile(
  name: string,
  createdAt: Date,
  difference: SchemaDifference,
): MigrationFile {
  const words = name
    .trim()
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
  if (!/^[A-Za-z]/.test(words[0] ?? '')) {
    throw new Error(
      `a migration name needs words that start with a letter, e.g. "plan-owners": got "${name}"`,
    );
  }
  const timestamp = createdAt.getTime();
  const className = `${words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}${timestamp}`;
  const fileName = `${timestamp}-${words.map((word) => word.toLowerCase()).join('-')}.ts`;
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

/** TODO(${fileName}): say why the schema changes. */
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(db: QueryRunner): Promise<void> {
${statements(difference.up)}
  }

  async down(db: QueryRunner): Promise<void> {
${statements(difference.down)}
  }
}
`;
  return { fileName, className, source };
}

function statements(list: readonly SchemaStatement[]): string {
  return list
    .map(({ query, parameters }) => {
      const args = parameters && parameters.length > 0 ? `, ${JSON.stringify(parameters)}` : '';
      return `    await db.query(${templateLiteral(query)}${args});`;
    })
    .join('\n');
}

/** SQL as a template literal, the way the hand-written migrations quote it. */
function templateLiteral(sql: string): string {
  return `\`${sql.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${')}\``;
}

/** Adds a generated migration to the migrations index: its import, and its place last in MIGRATIONS. */
export function withMigrationListed(index: string, file: MigrationFile): string {
  const module = `./${file.fileName.replace(/\.ts$/, '')}`;
  const listEnd = index.lastIndexOf('\n];');
  const listStart = index.indexOf('export const MIGRATIONS = [');
  if (listStart < 0 || listEnd < listStart) {
    throw new Error('the migrations index has no "export const MIGRATIONS = [ … ];" list');
  }
  const lastImport = index.lastIndexOf('\nimport ', listStart);
  const importEnd = lastImport < 0 ? -1 : index.indexOf('\n', lastImport + 1);
  return (
    index.slice(0, importEnd + 1) +
    `import { ${file.className} } from '${module}';\n` +
    index.slice(importEnd + 1, listEnd) +
    `\n  ${file.className},` +
    index.slice(listEnd)
  );
}
