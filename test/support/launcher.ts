import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { freePort, WORKSPACE_ROOT } from '@tdkt/infra';

/**
 * The real `npm start` launcher as a child process, as a new user runs it: the tests that start the
 * whole system this way (npm-start, the browser journey) share it.
 */

/** What `npm start` runs, from package.json, with `node` being this Node. */
export function startCommand(): { command: string; args: string[] } {
  const scripts = (
    JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const [node, ...args] = (scripts.start ?? '').split(' ');
  if (node !== 'node' || !args.includes('infra/src/bin/start.ts'))
    throw new Error(`npm start no longer runs the launcher as this test expects: ${scripts.start}`);
  return { command: process.execPath, args };
}

/**
 * Settings of the system itself (what DATABASE_URL, TEMPORAL_ADDRESS, NODE_ENV=test… would change):
 * a new user has none of them, so the launcher gets none from the test runner. Where the built
 * Temporal CLI is cached (TDKT_CACHE_DIR, TEMPORAL_CLI_PATH) is a tool location, and is kept.
 */
const SYSTEM_SETTING =
  /^(NODE_ENV|LOG_LEVEL|DATABASE_|TEMPORAL_|JWT_|API_|WORKER_|PUBLIC_API_URL$|RULES_|DISCLOSURE_|INTEGRATION_|OPS_|LOGIN_|OIDC_|SMTP_|NOTIFICATION_|WORKFLOW_BUNDLE_PATH$|TDKT_)/;
const TOOL_LOCATIONS = new Set(['TDKT_CACHE_DIR', 'TEMPORAL_CLI_PATH']);

export function newUserEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!SYSTEM_SETTING.test(name) || TOOL_LOCATIONS.has(name)) env[name] = value;
  return { ...env, ...extra };
}

/** The launcher as a child process: its whole output, and how it ended. */
export class Launcher {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private ended = false;

  constructor(env: NodeJS.ProcessEnv) {
    const { command, args } = startCommand();
    this.child = spawn(command, args, {
      cwd: WORKSPACE_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code, signal) => {
        this.ended = true;
        resolve({ code, signal });
      }),
    );
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('the launcher did not start');
    return this.child.pid;
  }

  get running(): boolean {
    return !this.ended;
  }

  /** Resolves with the output once it matches; fails with the output if the launcher ends or time runs out. */
  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (!this.running)
        throw new Error(`the launcher ended before printing ${String(pattern)}:\n${this.output}`);
      if (Date.now() > deadline)
        throw new Error(
          `the launcher did not print ${String(pattern)} within ${timeoutMs / 1000} s:\n${this.output}`,
        );
      await delay(200);
    }
  }

  /** Ctrl-C: SIGINT to the launcher alone (its children run in their own process groups, as in a terminal). */
  interrupt(): void {
    if (this.running) this.child.kill('SIGINT');
  }

  /** Waits for the end within `timeoutMs`; fails with the output otherwise. */
  async waitForExit(timeoutMs: number) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`the launcher did not exit within ${timeoutMs / 1000} s:\n${this.output}`),
          ),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The process listening on a loopback TCP port (Linux: /proc/net/tcp, then the process holding that socket). */
export function pidListeningOn(port: number): number | undefined {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is IP:PORT in hex; state 0A is LISTEN; field 9 is the socket's inode.
      if (fields[1]?.endsWith(`:${portHex}`) && fields[3] === '0A' && fields[9])
        inodes.add(fields[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode !== undefined && inodes.has(inode)) return Number(entry);
      } catch {
        // The process or descriptor went away meanwhile.
      }
    }
  }
  return undefined;
}

export function parentOf(pid: number): number {
  // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}
