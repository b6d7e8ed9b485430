import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';
import { WORKSPACE_ROOT } from '@tdkt/infra';
import type { StuckReport } from '@tdkt/contracts';
import { hashPassword } from '@tdkt/server-feature-identity';
import { addPerson, type Person } from './people';
import { type ApiCaller, request, TEST_DEMO_PASSWORD, type TestSystem } from './system';

/** Polls until `check` returns a value (not undefined), or fails naming what was awaited. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(250);
  }
}

/** The admin stuck list with the given filters. */
export async function stuckList(
  admin: ApiCaller,
  query: Record<string, string> = {},
): Promise<StuckReport> {
  const response = await request<StuckReport>(
    admin,
    'GET',
    `/api/v1/admin/stuck?${new URLSearchParams(query).toString()}`,
  );
  if (response.status !== 200)
    throw new Error(`stuck list answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A second person with a role, who can sign in with the demo password. */
export async function addSignedInPerson(
  system: Pick<TestSystem, 'db'>,
  person: { username: string; unitCode: string; role: string },
): Promise<Person> {
  const added = await addPerson(system.db, person);
  await system.db.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [
    added.id,
    await hashPassword(TEST_DEMO_PASSWORD),
  ]);
  return added;
}

const run = promisify(execFile);

/** Where the CLI keeps its sessions in tests: a folder of this test process, never the home folder. */
const CLI_SESSIONS = mkdtempSync(join(tmpdir(), 'tdkt-cli-sessions-'));

/** The environment the CLI runs with against a test API: its own session file per API and user. */
export function cliEnv(apiUrl: string, username: string, password: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TDKT_API_URL: apiUrl,
    TDKT_USERNAME: username,
    TDKT_PASSWORD: password,
    XDG_CONFIG_HOME: CLI_SESSIONS,
  };
}

/** Runs the operator CLI against a test system, signed in as an administrator through its API. */
export async function tdkt(
  system: Pick<TestSystem, 'apiUrl'>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'apps/cli/src/main.ts'), ...args],
      {
        cwd: WORKSPACE_ROOT,
        env: cliEnv(system.apiUrl, 'demo.admin', TEST_DEMO_PASSWORD),
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
