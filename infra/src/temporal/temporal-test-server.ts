import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cacheDir } from '../paths';
import { step } from '../log';
import { commandExists, runCommand } from '../process/run-command';

/** The Java time-skipping test server from Maven Central, and the plugin that resolves its classpath. */
export const TEMPORAL_TEST_SERVER_VERSION = '1.38.0';
const MAVEN_DEPENDENCY_PLUGIN_VERSION = '3.11.0';

export class TemporalTestServerUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemporalTestServerUnavailableError';
  }
}

/**
 * Returns an executable that starts the Java time-skipping test server with the arguments the SDK
 * passes (`<port> [--enable-time-skipping]`): TEMPORAL_TEST_SERVER_PATH, else a wrapper around a
 * classpath resolved once with Maven and cached.
 */
export async function ensureTemporalTestServer(): Promise<string> {
  const explicit = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (explicit) {
    if (!existsSync(explicit)) {
      throw new TemporalTestServerUnavailableError(
        `TEMPORAL_TEST_SERVER_PATH=${explicit} does not exist.`,
      );
    }
    return explicit;
  }
  const folder = join(cacheDir(), 'temporal-test-server', TEMPORAL_TEST_SERVER_VERSION);
  const wrapper = join(folder, 'temporal-test-server');
  const classpathFile = join(folder, 'classpath.txt');
  if (!classpathIsComplete(classpathFile)) await resolveClasspath(folder, classpathFile);
  writeWrapper(wrapper, readFileSync(classpathFile, 'utf8').trim());
  return wrapper;
}

async function resolveClasspath(folder: string, classpathFile: string): Promise<void> {
  for (const tool of ['java', 'mvn']) {
    if (!(await commandExists(tool, ['-version']))) {
      throw new TemporalTestServerUnavailableError(
        `Time-skipping tests need the Java test server, built from Maven Central: install a JDK (17+) and Maven (apt install default-jdk maven), or set TEMPORAL_TEST_SERVER_PATH. '${tool}' was not found.`,
      );
    }
  }
  mkdirSync(folder, { recursive: true });
  step(
    `Resolving io.temporal:temporal-test-server:${TEMPORAL_TEST_SERVER_VERSION} from Maven Central (first run only)`,
  );
  writeFileSync(join(folder, 'pom.xml'), pom());
  const partial = `${classpathFile}.partial`;
  const result = await runCommand(
    'mvn',
    ['-q', '-B', `-Dmdep.outputFile=${partial}`, 'dependency:build-classpath'],
    { cwd: folder },
  );
  if (result.code !== 0 || !existsSync(partial)) {
    throw new TemporalTestServerUnavailableError(
      `Maven could not resolve the Temporal test server (exit ${result.code}):\n${result.output.split('\n').slice(-20).join('\n')}`,
    );
  }
  renameSync(partial, classpathFile);
}

function classpathIsComplete(classpathFile: string): boolean {
  if (!existsSync(classpathFile)) return false;
  const entries = readFileSync(classpathFile, 'utf8').trim().split(delimiter);
  return entries.length > 0 && entries.every((entry) => existsSync(entry));
}

/**
 * JVM settings for a quick start: the SDK gives the server 5 s to answer, which a loaded 2-core
 * machine can miss with the JIT's full tiers and a parallel collector warming up.
 */
const FAST_START_JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto';

/**
 * `exec` matters: the SDK kills the wrapper's pid on teardown, which must be the JVM itself. Rewritten
 * only when its content changes, so concurrent test files never see a half-written script.
 */
function writeWrapper(wrapper: string, classpath: string): void {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const script = `#!/bin/sh\nexec "${java}" ${FAST_START_JVM_OPTIONS} -cp '${classpath}' io.temporal.testserver.TestServer "$@"\n`;
  if (existsSync(wrapper) && readFileSync(wrapper, 'utf8') === script) return;
  const partial = `${wrapper}.${process.pid}.tmp`;
  writeFileSync(partial, script);
  chmodSync(partial, 0o755);
  renameSync(partial, wrapper);
}

function pom(): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.tdkt</groupId>
  <artifactId>temporal-test-server-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${TEMPORAL_TEST_SERVER_VERSION}</version>
    </dependency>
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
