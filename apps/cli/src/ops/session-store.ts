import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** What the CLI keeps between commands: the tokens of one person's session on one deployment. */
export interface StoredSession {
  api: string;
  username: string;
  accessToken: string;
  /** When the access token stops working (epoch milliseconds). */
  accessExpiresAt: number;
  refreshToken: string;
}

/** A lock older than this was left by a command that died; it is taken over. */
const STALE_LOCK_MS = 30_000;

/**
 * The session file of a person on a deployment, readable by its owner only (mode 0600, in a 0700
 * folder): `TDKT_SESSION_FILE`, else `$XDG_CONFIG_HOME/tdkt/` (`~/.config/tdkt/`), one file per API
 * and username. It holds a refresh token, which is as good as a password for its 7 days: nobody else
 * on the machine may read it.
 */
export class SessionStore {
  readonly path: string;

  constructor(api: string, username: string, env: NodeJS.ProcessEnv = process.env) {
    const explicit = env.TDKT_SESSION_FILE;
    if (explicit !== undefined && explicit !== '') {
      this.path = explicit;
      return;
    }
    const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
    const key = createHash('sha256').update(`${api}\n${username}`).digest('hex').slice(0, 16);
    this.path = join(base, 'tdkt', `session-${key}.json`);
  }

  /** The stored session for this API and person, or null (none, unreadable, or someone else's). */
  read(api: string, username: string): StoredSession | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return null;
    }
    try {
      const session = JSON.parse(text) as Partial<StoredSession>;
      if (
        session.api !== api ||
        session.username !== username ||
        typeof session.accessToken !== 'string' ||
        typeof session.refreshToken !== 'string' ||
        typeof session.accessExpiresAt !== 'number'
      )
        return null;
      return session as StoredSession;
    } catch {
      return null;
    }
  }

  /** Writes the session atomically, for its owner's eyes only. */
  write(session: StoredSession): void {
    const folder = dirname(this.path);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(session)}\n`, { mode: 0o600 });
    // A umask cannot widen 0600, but an existing file keeps its mode through writeFileSync.
    chmodSync(temporary, 0o600);
    renameSync(temporary, this.path);
  }

  /** Forgets the session. */
  remove(): void {
    rmSync(this.path, { force: true });
  }

  /**
   * Runs `work` while holding the session's lock, so that two commands started together do not both
   * present the same refresh token (a refresh token works once; presenting it twice ends the session).
   */
  async locked<T>(work: () => Promise<T>): Promise<T> {
    const lock = `${this.path}.lock`;
    mkdirSync(dirname(lock), { recursive: true, mode: 0o700 });
    const deadline = Date.now() + STALE_LOCK_MS;
    for (;;) {
      try {
        closeSync(openSync(lock, 'wx', 0o600));
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (Date.now() > deadline || isStale(lock)) rmSync(lock, { force: true });
        else await delay(100);
      }
    }
    try {
      return await work();
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false;
  }
}
