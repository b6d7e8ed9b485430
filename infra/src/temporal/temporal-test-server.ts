import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../paths';
import { JavaToolsUnavailableError, javaExecutable, mavenClasspath } from '../java/maven-classpath';

/**
 * JVM settings for a quick start: the SDK gives the server 5 s to answer, which a loaded 2-core
 * machine can miss with the JIT's full tiers and a parallel collector warming up.
 */
const FAST_START_JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto';

/** The Java time-skipping test server from Maven Central. */
export const TEMPORAL_TEST_SERVER_VERSION = '1.38.0';

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
  let classpath: string;
  try {
    classpath = await mavenClasspath(
      folder,
      [
        {
          groupId: 'io.temporal',
          artifactId: 'temporal-test-server',
          version: TEMPORAL_TEST_SERVER_VERSION,
        },
      ],
      'Time-skipping tests',
    );
  } catch (error) {
    if (error instanceof JavaToolsUnavailableError)
      throw new TemporalTestServerUnavailableError(
        `${error.message} Or set TEMPORAL_TEST_SERVER_PATH to a test server.`,
      );
    throw error;
  }
  // `exec` matters: the SDK kills the wrapper's pid on teardown, which must be the JVM itself.
  const script = `#!/bin/sh\nexec "${javaExecutable()}" ${FAST_START_JVM_OPTIONS} -cp '${classpath}' io.temporal.testserver.TestServer "$@"\n`;
  if (!existsSync(wrapper) || readFileSync(wrapper, 'utf8') !== script) {
    // Per process: concurrent test files never see a half-written script.
    const partial = `${wrapper}.${process.pid}.tmp`;
    writeFileSync(partial, script);
    chmodSync(partial, 0o755);
    renameSync(partial, wrapper);
  }
  return wrapper;
}
