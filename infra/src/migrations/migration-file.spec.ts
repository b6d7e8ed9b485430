import { migrationFile, withMigrationListed } from './migration-file';

describe('migrationFile', () => {
  const createdAt = new Date('2026-12-07T15:00:00.000Z');
  const difference = {
    up: [
      { query: `ALTER TABLE "plans" ADD "owner" text NOT NULL DEFAULT ''` },
      { query: `COMMENT ON COLUMN "plans"."owner" IS $1`, parameters: ['who `owns` ${it}'] },
    ],
    down: [{ query: `ALTER TABLE "plans" DROP COLUMN "owner"` }],
  };

  it('names the file and the class after the name and the moment it was generated', () => {
    const file = migrationFile('plan owners', createdAt, difference);
    expect(file.fileName).toBe(`${createdAt.getTime()}-plan-owners.ts`);
    expect(file.className).toBe(`PlanOwners${createdAt.getTime()}`);
    expect(file.source).toContain(`name = 'PlanOwners${createdAt.getTime()}';`);
  });

  it('writes up and down as template literals, escaping what a template would interpret', () => {
    const { source } = migrationFile('plan-owners', createdAt, difference);
    expect(source).toContain(
      'await db.query(`ALTER TABLE "plans" ADD "owner" text NOT NULL DEFAULT \'\'`);',
    );
    expect(source).toContain(
      'await db.query(`COMMENT ON COLUMN "plans"."owner" IS $1`, ["who `owns` ${it}"]);',
    );
    expect(source).toContain('await db.query(`ALTER TABLE "plans" DROP COLUMN "owner"`);');
    const up = source.indexOf('async up');
    const down = source.indexOf('async down');
    expect(source.indexOf('ADD "owner"')).toBeGreaterThan(up);
    expect(source.indexOf('ADD "owner"')).toBeLessThan(down);
    expect(source.indexOf('DROP COLUMN')).toBeGreaterThan(down);
  });

  it.each(['', '  ', '2026-owners', '--'])('refuses the name %j', (name) => {
    expect(() => migrationFile(name, createdAt, difference)).toThrow(/start with a letter/);
  });
});

describe('withMigrationListed', () => {
  const index = `import { Foundation1 } from './1-foundation';
import { Identity2 } from './2-identity';

/** Every migration, in timestamp order. */
export const MIGRATIONS = [
  Foundation1,
  Identity2,
];
`;

  it('imports the migration after the others and lists it last', () => {
    const file = { fileName: '3-plan-owners.ts', className: 'PlanOwners3', source: '' };
    expect(withMigrationListed(index, file)).toBe(`import { Foundation1 } from './1-foundation';
import { Identity2 } from './2-identity';
import { PlanOwners3 } from './3-plan-owners';

/** Every migration, in timestamp order. */
export const MIGRATIONS = [
  Foundation1,
  Identity2,
  PlanOwners3,
];
`);
  });

  it('refuses an index without the MIGRATIONS list', () => {
    const file = { fileName: '3-x.ts', className: 'X3', source: '' };
    expect(() => withMigrationListed('export const ALL = [];\n', file)).toThrow(/MIGRATIONS/);
  });
});
