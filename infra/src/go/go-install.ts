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
import { heartbeat, step } from '../log';
import { runCommand } from '../process/run-command';

export interface GoInstallRequest {
  /** What is built, for people: "the Temporal CLI v1.5.1". */
  what: string;
  /** `module/path/cmd@version` arguments of `go install`, all of one module version. */
  packages: string[];
  /** The cache folder the binaries end up in. */
  targetDir: string;
  /** Go's binary name (the package's last path element) → its name in `targetDir`. */
  binaries: Record<string, string>;
  /** How long the first build takes on 2 cores, for the progress line. */
  minutes: number;
  /** The error to throw when the build fails, from its explanation. */
  failure: (message: string) => Error;
}

/**
 * `go install` through the Go module proxy into a cache folder. It builds into a private folder and
 * renames, so a concurrent or interrupted build never leaves half a binary; at low CPU priority, since
 * the machine is usually doing other work meanwhile.
 */
export async function goInstall(request: GoInstallRequest): Promise<void> {
  step(
    `Building ${request.what} with Go (first run only; about ${request.minutes} minutes on 2 cores, then cached in ${request.targetDir})`,
  );
  mkdirSync(request.targetDir, { recursive: true });
  const buildDir = mkdtempSync(join(request.targetDir, '.build-'));
  const stopHeartbeat = heartbeat(`still building ${request.what}`);
  let downloaded = 0;
  try {
    const result = await runCommand('nice', ['-n', '10', 'go', 'install', ...request.packages], {
      env: { ...process.env, GOBIN: buildDir, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
      onLine: (line) => {
        if (line.startsWith('go: downloading')) {
          downloaded += 1;
          if (downloaded % 40 === 1) step(`  downloading Go modules (${downloaded} so far)…`);
        }
      },
    });
    if (result.code !== 0) {
      throw request.failure(
        `go install ${request.packages.join(' ')} failed (exit ${result.code}):\n${result.output
          .split('\n')
          .slice(-20)
          .join('\n')}`,
      );
    }
    for (const [built, cached] of Object.entries(request.binaries))
      renameSync(join(buildDir, built), join(request.targetDir, cached));
    step(`${request.what} ready in ${request.targetDir}`);
  } finally {
    stopHeartbeat();
    rmSync(buildDir, { recursive: true, force: true });
  }
}

/** Whether `path` is a file this process may run (a cached build). */
export function isExecutable(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
