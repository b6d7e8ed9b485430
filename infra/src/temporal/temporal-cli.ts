import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../paths';
import { heartbeat, step } from '../log';
import { commandExists, runCommand } from '../process/run-command';

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
  step(
    `Building the Temporal CLI ${TEMPORAL_CLI_VERSION} with Go (first run only; about 3 minutes on 2 cores, then cached in ${target})`,
  );
  const installDir = join(target, '..');
  mkdirSync(installDir, { recursive: true });
  // Build into a private folder and rename, so a concurrent or interrupted build never leaves half a binary.
  const buildDir = mkdtempSync(join(installDir, '.build-'));
  const stopHeartbeat = heartbeat('still building the Temporal CLI');
  let downloaded = 0;
  try {
    const result = await runCommand(
      'go',
      ['install', `${TEMPORAL_CLI_PACKAGE}@${TEMPORAL_CLI_VERSION}`],
      {
        env: { ...process.env, GOBIN: buildDir, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
        onLine: (line) => {
          if (line.startsWith('go: downloading')) {
            downloaded += 1;
            if (downloaded % 40 === 1) step(`  downloading Go modules (${downloaded} so far)…`);
          }
        },
      },
    );
    if (result.code !== 0) {
      throw new TemporalCliUnavailableError(
        `go install ${TEMPORAL_CLI_PACKAGE}@${TEMPORAL_CLI_VERSION} failed (exit ${result.code}):\n${result.output
          .split('\n')
          .slice(-20)
          .join('\n')}\nSet TEMPORAL_CLI_PATH to a Temporal CLI binary to skip the build.`,
      );
    }
    renameSync(join(buildDir, 'temporal'), target);
    step(`Temporal CLI ready: ${target}`);
    return target;
  } finally {
    stopHeartbeat();
    rmSync(buildDir, { recursive: true, force: true });
  }
}

function isExecutable(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
