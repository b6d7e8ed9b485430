import { renameSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import type { ManagedProcess } from './managed-process';
import { type RestartHistory, type RestartPolicy, restartDecision } from './restart-policy';

/** A process the launcher keeps running. */
export interface SupervisedProcess {
  name: string;
  logFile: string;
  /** The process running now. */
  current(): ManagedProcess;
  /** Starts it again and waits until it is ready; throws when it does not come up. */
  restart(): Promise<ManagedProcess>;
}

export interface ServiceStatus {
  state: 'running' | 'restarting' | 'gave-up';
  restarts: number;
  lastExit: { code: number | null; at: string } | null;
  lastRestartAt: string | null;
}

/** What the status file holds, for the API's health and metrics. */
export interface SupervisorStatus {
  updatedAt: string;
  policy: { maxRestarts: number; windowSeconds: number };
  services: Record<string, ServiceStatus>;
}

export interface SupervisorHooks {
  /** A line for the person at the terminal. */
  log(line: string): void;
  /** Restarts keep failing: the launcher stops everything. */
  giveUp(service: SupervisedProcess, reason: string): void;
  /** Where the status is kept as JSON (written whole on each change). */
  statusFile?: string;
}

/**
 * Keeps the launcher's processes running: one that ends on its own is started again after a delay that
 * grows while it keeps ending (RestartPolicy), each step logged and kept in the status file; once
 * restarts keep failing, the hooks' giveUp is called.
 */
export class Supervisor {
  private stopped = false;
  private readonly statuses = new Map<string, ServiceStatus>();
  private readonly histories = new Map<string, RestartHistory>();
  private readonly restarting = new Set<Promise<void>>();

  constructor(
    private readonly policy: RestartPolicy,
    private readonly hooks: SupervisorHooks,
  ) {}

  watch(service: SupervisedProcess): void {
    this.statuses.set(service.name, {
      state: 'running',
      restarts: 0,
      lastExit: null,
      lastRestartAt: null,
    });
    this.histories.set(service.name, { attempts: [], lastDelayMs: null });
    this.writeStatus();
    this.follow(service, service.current());
  }

  /** Stops restarting, and waits for restarts under way to settle (their process is stopped). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.restarting]);
  }

  private follow(service: SupervisedProcess, process: ManagedProcess): void {
    const startedAt = Date.now();
    void process.waitForExit().then((code) => {
      if (this.stopped) return;
      const restart = this.bringBack(service, code, Date.now() - startedAt);
      this.restarting.add(restart);
      void restart.finally(() => this.restarting.delete(restart));
    });
  }

  private async bringBack(
    service: SupervisedProcess,
    code: number | null,
    ranForMs: number,
  ): Promise<void> {
    const status = this.statuses.get(service.name) as ServiceStatus;
    const history = this.histories.get(service.name) as RestartHistory;
    status.lastExit = { code, at: new Date().toISOString() };
    let ran = ranForMs;
    let failure = `exited unexpectedly (code ${String(code)})`;
    for (;;) {
      const decision = restartDecision(history, Date.now(), ran, this.policy);
      if (!decision.restart) {
        status.state = 'gave-up';
        this.writeStatus();
        this.hooks.giveUp(service, `${failure}; ${decision.reason}`);
        return;
      }
      status.state = 'restarting';
      this.writeStatus();
      this.hooks.log(
        `${service.name} ${failure}; restarting it in ${decision.delayMs / 1000} s (restart ${status.restarts + 1}); see ${service.logFile}`,
      );
      await delay(decision.delayMs);
      if (this.stopped) return;
      history.attempts.push(Date.now());
      history.lastDelayMs = decision.delayMs;
      status.restarts += 1;
      status.lastRestartAt = new Date().toISOString();
      try {
        const next = await service.restart();
        if (this.stopped) {
          await next.stop();
          return;
        }
        status.state = 'running';
        this.writeStatus();
        this.hooks.log(`${service.name} is running again (restart ${status.restarts})`);
        this.follow(service, next);
        return;
      } catch (error) {
        failure = `did not start again (${firstLine(error)})`;
        ran = 0;
      }
    }
  }

  private writeStatus(): void {
    const file = this.hooks.statusFile;
    if (file === undefined) return;
    const status: SupervisorStatus = {
      updatedAt: new Date().toISOString(),
      policy: {
        maxRestarts: this.policy.maxRestarts,
        windowSeconds: Math.round(this.policy.windowMs / 1000),
      },
      services: Object.fromEntries(this.statuses),
    };
    // Whole or not at all: the API may read it at any moment.
    writeFileSync(`${file}.tmp`, `${JSON.stringify(status, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
