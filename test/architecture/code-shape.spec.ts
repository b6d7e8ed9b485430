import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import ts from 'typescript';

// The shape docs/architecture.md ("Use cases and DTOs") describes, checked on the files themselves:
// a use case is a folder `<name>/` holding `<name>.use-case.ts`, whose one class exposes `execute`;
// an API module's DTOs live in its `dtos/` folder.

const ROOT = join(__dirname, '..', '..');
const FEATURES = join(ROOT, 'libs', 'server');
const API = join(ROOT, 'apps', 'api', 'src');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const featureLibraries = readdirSync(FEATURES).filter((name) => name.startsWith('feature-'));
const featureFiles = featureLibraries.flatMap((library) =>
  filesUnder(join(FEATURES, library, 'src')).filter((file) => !file.endsWith('.spec.ts')),
);

interface DeclaredClass {
  file: string;
  name: string;
  publicMethods: string[];
}

function classesOf(file: string): DeclaredClass[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const hidden = (member: ts.ClassElement) =>
    ts.canHaveModifiers(member) &&
    (ts.getModifiers(member) ?? []).some(
      (m) =>
        m.kind === ts.SyntaxKind.PrivateKeyword ||
        m.kind === ts.SyntaxKind.ProtectedKeyword ||
        m.kind === ts.SyntaxKind.StaticKeyword,
    );
  return source.statements.filter(ts.isClassDeclaration).map((declaration) => ({
    file: relative(ROOT, file),
    name: declaration.name?.text ?? '(anonymous)',
    publicMethods: declaration.members
      .filter(
        (member) =>
          (ts.isMethodDeclaration(member) ||
            ts.isGetAccessorDeclaration(member) ||
            (ts.isPropertyDeclaration(member) &&
              member.initializer !== undefined &&
              ts.isArrowFunction(member.initializer))) &&
          !hidden(member) &&
          !(member.name !== undefined && ts.isPrivateIdentifier(member.name)),
      )
      .map((member) => member.name?.getText(source) ?? '(computed)'),
  }));
}

const useCaseFiles = featureFiles.filter((file) => file.endsWith('.use-case.ts'));
const useCases = featureFiles
  .flatMap(classesOf)
  .filter((declared) => declared.name.endsWith('UseCase'));

describe('use cases in the feature libraries', () => {
  it('finds the use cases it checks', () => {
    expect(useCaseFiles.length).toBeGreaterThan(50);
  });

  it('keeps each use case in a folder named after it', () => {
    const misplaced = useCaseFiles
      .filter((file) => basename(dirname(file)) !== basename(file, '.use-case.ts'))
      .map((file) => relative(ROOT, file));
    expect(misplaced).toEqual([]);
  });

  it('declares a use-case class only in a .use-case.ts file, one per file', () => {
    const outside = useCases
      .filter((declared) => !declared.file.endsWith('.use-case.ts'))
      .map(({ file, name }) => `${file}: ${name}`);
    expect(outside).toEqual([]);
    const crowded = useCaseFiles
      .map((file) => relative(ROOT, file))
      .filter((file) => useCases.filter((declared) => declared.file === file).length !== 1);
    expect(crowded).toEqual([]);
  });

  it('gives each use case one public method, execute', () => {
    const offShape = useCases
      .filter(({ publicMethods }) => publicMethods.join() !== 'execute')
      .map(({ name, publicMethods }) => `${name}: ${publicMethods.join(', ')}`);
    expect(offShape).toEqual([]);
  });
});

describe('DTOs of the API', () => {
  const apiFiles = filesUnder(API).filter((file) => !file.endsWith('.spec.ts'));

  it('keeps every DTO file in its module’s dtos/ folder (shared ones in http/)', () => {
    const loose = apiFiles
      .filter((file) => file.endsWith('.dto.ts'))
      .map((file) => relative(API, file))
      .filter((file) => !file.startsWith('http/') && basename(dirname(file)) !== 'dtos');
    expect(loose).toEqual([]);
  });

  it('declares DTO classes only in DTO files', () => {
    const elsewhere = apiFiles
      .filter((file) => !file.endsWith('.dto.ts'))
      .flatMap(classesOf)
      .filter((declared) => declared.name.endsWith('Dto'))
      .map(({ file, name }) => `${file}: ${name}`);
    expect(elsewhere).toEqual([]);
  });
});
