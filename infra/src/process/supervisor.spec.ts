import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManagedProcess } from './managed-process';
import type { RestartPolicy } from './restart-policy';
import { type SupervisedProcess, Supervisor, type SupervisorStatus } from './supervisor';

const FAST: RestartPolicy = {
  initialDelayMs: 20,
  maxDelayMs: 80,
  healthyAfterMs: 60_000,
  maxRestarts: 3,
  windowMs: 60_000,
};

/** A real child that lives `ms` milliseconds, then exits with `code`. */
function child(folder: string, ms: number, code = 3): ManagedProcess {
  return new ManagedProcess(
    'svc',
    process.execPath,
    ['-e', `setTimeout(() => process.exit(${code}), ${ms})`],
    { logFile: join(folder, 'svc.log') },
  );
}

describe('Supervisor', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tdkt-supervisor-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function supervise(lifetimes: number[], failingRestarts = 0) {
    const log: string[] = [];
    let gaveUp: string | null = null;
    let current = child(folder, lifetimes[0] ?? 10_000);
    let restarts = 0;
    const service: SupervisedProcess = {
      name: 'svc',
      logFile: join(folder, 'svc.log'),
      current: () => current,
      restart: () => {
        restarts += 1;
        if (restarts <= failingRestarts)
          return Promise.reject(new Error('port 1234 is taken\nmore'));
        current = child(folder, lifetimes[restarts] ?? 10_000);
        return Promise.resolve(current);
      },
    };
    const statusFile = join(folder, 'supervisor.json');
    const supervisor = new Supervisor(FAST, {
      log: (line) => log.push(line),
      giveUp: (_service, reason) => {
        gaveUp = reason;
      },
      statusFile,
    });
    supervisor.watch(service);
    const status = () => JSON.parse(readFileSync(statusFile, 'utf8')) as SupervisorStatus;
    return { supervisor, log, status, gaveUp: () => gaveUp, current: () => current };
  }

  const until = async (check: () => boolean) => {
    const deadline = Date.now() + 5_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('starts a process that ended on its own again, with a growing wait, and says so', async () => {
    const run = supervise([10, 10, 10_000]);
    await until(
      () =>
        run.status().services.svc?.restarts === 2 && run.status().services.svc?.state === 'running',
    );
    expect(run.log).toEqual([
      `svc exited unexpectedly (code 3); restarting it in 0.02 s (restart 1); see ${join(folder, 'svc.log')}`,
      'svc is running again (restart 1)',
      `svc exited unexpectedly (code 3); restarting it in 0.04 s (restart 2); see ${join(folder, 'svc.log')}`,
      'svc is running again (restart 2)',
    ]);
    expect(run.status().services.svc?.lastExit?.code).toBe(3);
    await run.supervisor.stop();
    await run.current().stop('SIGKILL');
    expect(run.gaveUp()).toBeNull();
  });

  it('gives up once restarts keep failing, naming why', async () => {
    const run = supervise([10], 10);
    await until(() => run.gaveUp() !== null);
    expect(run.gaveUp()).toBe(
      'did not start again (port 1234 is taken); restarted 3 times within 60 s',
    );
    expect(run.status().services.svc).toMatchObject({ state: 'gave-up', restarts: 3 });
    expect(run.log.filter((line) => line.includes('restarting it in'))).toHaveLength(3);
  });

  it('restarts nothing once stopped', async () => {
    const run = supervise([50]);
    await run.supervisor.stop();
    await run.current().waitForExit();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(run.log).toEqual([]);
    expect(run.status().services.svc?.restarts).toBe(0);
  });
});
