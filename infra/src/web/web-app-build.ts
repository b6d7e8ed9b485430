import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { WORKSPACE_ROOT } from '../paths';
import { runCommand } from '../process/run-command';

/** The web application's sources (apps/web) and where its build goes, which the API serves at `/`. */
export const WEB_APP_ROOT = join(WORKSPACE_ROOT, 'apps', 'web');
export const WEB_APP_DIST = join(WEB_APP_ROOT, 'dist');

const FINGERPRINT_FILE = '.build-fingerprint';
const LOCK_DIR = join(WEB_APP_ROOT, '.build-lock');
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 10 * 60_000;
const SOURCES = ['index.html', 'vite.config.mts', 'package.json', 'public', 'src'];
const IS_TEST = /\.spec\.tsx?$/;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

/**
 * What the build depends on: every source file of the app (tests aside) and the lock file of the
 * dependencies. A build whose recorded fingerprint equals this one is current.
 */
export function webAppFingerprint(): string {
  const hash = createHash('sha256');
  const files = SOURCES.flatMap((source) => filesUnder(join(WEB_APP_ROOT, source)))
    .filter((file) => !IS_TEST.test(file))
    .concat(join(WORKSPACE_ROOT, 'package-lock.json'));
  for (const file of files) {
    hash
      .update(relative(WORKSPACE_ROOT, file))
      .update('\0')
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/** True when the build exists and was made from the sources as they are now. */
export function webAppBuildIsCurrent(fingerprint = webAppFingerprint()): boolean {
  try {
    return (
      existsSync(join(WEB_APP_DIST, 'index.html')) &&
      readFileSync(join(WEB_APP_DIST, FINGERPRINT_FILE), 'utf8').trim() === fingerprint
    );
  } catch {
    return false;
  }
}

export interface WebAppBuildResult {
  /** False when the existing build was current and nothing ran. */
  built: boolean;
  seconds: number;
}

/**
 * Builds the web app with Vite when its build is missing or stale; `progress` hears what happens and,
 * every few seconds, that it still runs. Concurrent callers (two launchers, test files) wait for one
 * build instead of writing the same folder at once.
 */
export async function ensureWebAppBuilt(
  progress: (message: string) => void = () => undefined,
): Promise<WebAppBuildResult> {
  const started = Date.now();
  const fingerprint = webAppFingerprint();
  if (webAppBuildIsCurrent(fingerprint)) return { built: false, seconds: 0 };
  await acquireLock(progress);
  try {
    if (webAppBuildIsCurrent(webAppFingerprint())) return { built: false, seconds: 0 };
    progress('building the web app with Vite (first run, or its sources changed)');
    const ticker = setInterval(
      () => progress(`still building the web app (${Math.round((Date.now() - started) / 1000)}s)`),
      10_000,
    );
    ticker.unref();
    const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
    const result = await runCommand(
      process.execPath,
      [vite, 'build', '--config', join(WEB_APP_ROOT, 'vite.config.mts'), '--logLevel', 'warn'],
      { cwd: WORKSPACE_ROOT, env: { ...process.env, NODE_ENV: 'production' } },
    ).finally(() => clearInterval(ticker));
    if (result.code !== 0)
      throw new Error(`the web app's build failed (vite exited ${result.code}):\n${result.output}`);
    writeFileSync(join(WEB_APP_DIST, FINGERPRINT_FILE), `${webAppFingerprint()}\n`);
    return { built: true, seconds: Math.round((Date.now() - started) / 1000) };
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

async function acquireLock(progress: (message: string) => void): Promise<void> {
  let told = false;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS) {
        rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
    } catch {
      continue;
    }
    if (!told) progress('another process is building the web app; waiting for it');
    told = true;
    await delay(500);
  }
}
