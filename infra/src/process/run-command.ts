import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number;
  output: string;
}

/**
 * Runs a command to completion, streaming nothing but keeping the tail of its output so that a
 * failure can be explained. `onLine` sees every line (e.g. to print progress).
 */
export function runCommand(
  command: string,
  args: string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    onLine?: (line: string) => void;
    uid?: number;
    gid?: number;
  } = {},
): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      uid: options.uid,
      gid: options.gid,
    });
    const lines: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        lines.push(line);
        if (lines.length > 200) lines.shift();
        options.onLine?.(line);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output: lines.join('\n') }));
  });
}

/** True when `command` can be run (found on PATH and executable). */
export async function commandExists(
  command: string,
  versionArgs = ['--version'],
): Promise<boolean> {
  try {
    const result = await runCommand(command, versionArgs);
    return result.code === 0;
  } catch {
    return false;
  }
}
