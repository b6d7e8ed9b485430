import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

export interface ManagedProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Every line of output is appended here. */
  logFile: string;
  /** What to show of a line on the console (prefixed with the name), or undefined to keep it in the log file only. */
  consoleLine?: (line: string) => string | undefined;
  /** Run as another OS user (PostgreSQL refuses to run as root). */
  uid?: number;
  gid?: number;
}

/**
 * A long-running child (a server) in its own process group, so that Ctrl-C reaches only the launcher,
 * which then stops children in order: applications first, then Temporal, then PostgreSQL.
 */
export class ManagedProcess {
  private readonly child: ChildProcess;
  private readonly log: WriteStream;
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private readonly tail: string[] = [];
  private readonly lineListeners = new Set<(line: string) => void>();

  constructor(
    readonly name: string,
    command: string,
    args: string[],
    options: ManagedProcessOptions,
  ) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    this.log = createWriteStream(options.logFile, { flags: 'a' });
    this.child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      uid: options.uid,
      gid: options.gid,
    });
    const onData = (chunk: Buffer) => {
      this.log.write(chunk);
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        this.tail.push(line);
        if (this.tail.length > 40) this.tail.shift();
        const shown = options.consoleLine?.(line);
        if (shown !== undefined) process.stdout.write(`[${name}] ${shown}\n`);
        for (const listener of this.lineListeners) listener(line);
      }
    };
    this.child.stdout?.on('data', onData);
    this.child.stderr?.on('data', onData);
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.tail.push(String(error));
        this.exitCode = 127;
        resolve(127);
      });
      this.child.on('exit', (code, signal) => {
        this.exitCode = code ?? (signal ? 128 : null);
        resolve(this.exitCode);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** The last lines of output, to explain a failure. */
  recentOutput(): string {
    return this.tail.join('\n');
  }

  /** Calls `listener` with every line of output from now on; the answer unsubscribes it. */
  onLine(listener: (line: string) => void): () => void {
    this.lineListeners.add(listener);
    return () => this.lineListeners.delete(listener);
  }

  /** Resolves at the first output line matching `pattern`; rejects if the process exits or time runs out. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const finish = (error?: Error) => {
        clearTimeout(timer);
        this.lineListeners.delete(listener);
        if (error) reject(error);
        else resolve();
      };
      const listener = (line: string) => {
        if (pattern.test(line)) finish();
      };
      const timer = setTimeout(
        () =>
          finish(
            new Error(
              `${this.name} did not report ready within ${timeoutMs / 1000} s:\n${this.recentOutput()}`,
            ),
          ),
        timeoutMs,
      );
      this.lineListeners.add(listener);
      void this.exited.then(() =>
        finish(new Error(`${this.name} exited while starting:\n${this.recentOutput()}`)),
      );
    });
  }

  waitForExit(): Promise<number | null> {
    return this.exited;
  }

  /** Sends SIGTERM (or `signal`) to the process group, then SIGKILL if it has not exited in time. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<void> {
    if (!this.running) {
      this.log.end();
      return;
    }
    this.signalGroup(signal);
    const timer = setTimeout(() => this.signalGroup('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
    this.log.end();
  }

  /** Last-resort cleanup when the launcher itself is exiting. */
  kill(): void {
    if (this.running) this.signalGroup('SIGKILL');
  }

  private signalGroup(signal: NodeJS.Signals): void {
    if (this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}
