import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { step } from '../log';
import { commandExists, runCommand } from '../process/run-command';

/** The plugin that writes a resolved classpath (Maven 3.8 defaults to a 2.x that lacks options). */
const MAVEN_DEPENDENCY_PLUGIN_VERSION = '3.11.0';

export interface MavenArtifact {
  groupId: string;
  artifactId: string;
  version: string;
}

export class JavaToolsUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JavaToolsUnavailableError';
  }
}

/**
 * The classpath of `artifacts` and everything they depend on, resolved once from Maven Central into
 * `folder` (a cache folder of the caller's) and read from there afterwards, without Maven. `purpose`
 * says in errors what needs Java (e.g. "Time-skipping tests").
 */
export async function mavenClasspath(
  folder: string,
  artifacts: readonly MavenArtifact[],
  purpose: string,
): Promise<string> {
  const classpathFile = join(folder, 'classpath.txt');
  if (!classpathIsComplete(classpathFile))
    await resolveClasspath(folder, classpathFile, artifacts, purpose);
  return readFileSync(classpathFile, 'utf8').trim();
}

/** `java` from JAVA_HOME when it is set, else from PATH. */
export function javaExecutable(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

async function resolveClasspath(
  folder: string,
  classpathFile: string,
  artifacts: readonly MavenArtifact[],
  purpose: string,
): Promise<void> {
  for (const tool of ['java', 'mvn']) {
    if (!(await commandExists(tool, ['-version']))) {
      throw new JavaToolsUnavailableError(
        `${purpose} need Java, with libraries resolved once from Maven Central: install a JDK (17+) and Maven (apt install default-jdk maven). '${tool}' was not found.`,
      );
    }
  }
  mkdirSync(folder, { recursive: true });
  step(
    `Resolving ${artifacts.map((a) => `${a.groupId}:${a.artifactId}:${a.version}`).join(', ')} from Maven Central (first run only)`,
  );
  writeFileSync(join(folder, 'pom.xml'), pom(artifacts));
  const partial = `${classpathFile}.partial`;
  const result = await runCommand(
    'mvn',
    ['-q', '-B', `-Dmdep.outputFile=${partial}`, 'dependency:build-classpath'],
    { cwd: folder },
  );
  if (result.code !== 0 || !existsSync(partial)) {
    throw new JavaToolsUnavailableError(
      `Maven could not resolve the libraries of ${purpose.toLowerCase()} (exit ${result.code}):\n${result.output.split('\n').slice(-20).join('\n')}`,
    );
  }
  renameSync(partial, classpathFile);
}

function classpathIsComplete(classpathFile: string): boolean {
  if (!existsSync(classpathFile)) return false;
  const entries = readFileSync(classpathFile, 'utf8').trim().split(delimiter);
  return entries.length > 0 && entries.every((entry) => existsSync(entry));
}

function pom(artifacts: readonly MavenArtifact[]): string {
  const dependencies = artifacts
    .map(
      (artifact) => `    <dependency>
      <groupId>${artifact.groupId}</groupId>
      <artifactId>${artifact.artifactId}</artifactId>
      <version>${artifact.version}</version>
    </dependency>`,
    )
    .join('\n');
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.tdkt</groupId>
  <artifactId>classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
${dependencies}
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>${MAVEN_DEPENDENCY_PLUGIN_VERSION}</version>
      </plugin>
    </plugins>
  </build>
</project>
`;
}
