import { basename, dirname, join } from 'node:path';
import { goInstall, isExecutable } from '../go/go-install';
import { cacheDir } from '../paths';
import { commandExists } from '../process/run-command';

/** The Temporal CLI release the project pins; v1.5.1 is the newest that `go install pkg@version` accepts. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const TEMPORAL_CLI_PACKAGE = 'github.com/temporalio/cli/cmd/temporal';

export class TemporalCliUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemporalCliUnavailableError';
  }
}

/** Where the pinned CLI is cached once built. */
export function cachedTemporalCliPath(): string {
  return join(cacheDir(), 'temporal-cli', TEMPORAL_CLI_VERSION, 'temporal');
}

/**
 * Returns a path to the Temporal CLI (which embeds the dev server), in this order:
 * TEMPORAL_CLI_PATH; the cached build of the pinned version; a fresh `go install` into the cache.
 * Nothing is downloaded from outside the Go module proxy.
 */
export async function ensureTemporalCli(): Promise<string> {
  const explicit = process.env.TEMPORAL_CLI_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) {
      throw new TemporalCliUnavailableError(
        `TEMPORAL_CLI_PATH=${explicit} is not an executable file. Point it at a Temporal CLI binary, or unset it to build one with Go.`,
      );
    }
    return explicit;
  }
  const cached = cachedTemporalCliPath();
  if (isExecutable(cached)) return cached;
  return buildWithGo(cached);
}

async function buildWithGo(target: string): Promise<string> {
  if (!(await commandExists('go', ['version']))) {
    throw new TemporalCliUnavailableError(
      [
        'The Temporal server is needed but no Temporal CLI was found, and Go is not installed to build one.',
        'Do one of:',
        '  - install Go 1.22 or newer (https://go.dev/dl/ or your package manager: apt install golang) and run again;',
        '  - set TEMPORAL_CLI_PATH to a Temporal CLI binary (https://docs.temporal.io/cli#install);',
        '  - set TEMPORAL_ADDRESS to an existing Temporal server.',
      ].join('\n'),
    );
  }
  await goInstall({
    what: `the Temporal CLI ${TEMPORAL_CLI_VERSION}`,
    packages: [`${TEMPORAL_CLI_PACKAGE}@${TEMPORAL_CLI_VERSION}`],
    targetDir: dirname(target),
    binaries: { temporal: basename(target) },
    minutes: 3,
    failure: (message) =>
      new TemporalCliUnavailableError(
        `${message}\nSet TEMPORAL_CLI_PATH to a Temporal CLI binary to skip the build.`,
      ),
  });
  return target;
}
