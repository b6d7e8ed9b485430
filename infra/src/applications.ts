import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { WORKSPACE_ROOT } from './paths';
import { ManagedProcess } from './process/managed-process';

/** Errors of a child on the console, one short line each; everything else stays in its log file. */
function errorSummary(line: string): string | undefined {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line) as { level?: string; msg?: string; err?: { message?: string } };
    if (entry.level !== 'error' && entry.level !== 'fatal') return undefined;
    return `${entry.level}: ${entry.msg ?? ''}${entry.err?.message ? ` — ${entry.err.message}` : ''}`;
  } catch {
    return line;
  }
}

/** Starts a TypeScript entry point of this repository as a Node child process (`nodeArgs`: e.g. --cpu-prof). */
export function startNodeApp(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  logDir: string,
  nodeArgs: readonly string[] = [],
): ManagedProcess {
  return new ManagedProcess(
    name,
    process.execPath,
    [...nodeArgs, '-r', '@swc-node/register', join(WORKSPACE_ROOT, entry)],
    {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, ...env },
      logFile: join(logDir, `${name}.log`),
      consoleLine: errorSummary,
    },
  );
}

/** Polls a URL until it answers 200, or fails with the process's recent output if it exits first. */
export async function waitForHttpOk(
  url: string,
  app: ManagedProcess,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!app.running) {
      throw new Error(`${app.name} exited while starting:\n${app.recentOutput()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(300);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s:\n${app.recentOutput()}`);
}
