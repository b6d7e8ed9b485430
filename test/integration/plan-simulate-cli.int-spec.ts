import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT } from '@tdkt/infra';
import { TEST_ENV, testEnv } from '../support/test-env';

const run = promisify(execFile);

/** Runs the CLI as a planner would (`npm run plan:simulate -- …` runs the same entry point). */
async function tdkt(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'apps/cli/src/main.ts'), ...args],
      {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, WORKFLOW_BUNDLE_PATH: testEnv(TEST_ENV.workflowBundle) },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('tdkt plan simulate', () => {
  it('prints the 2024 plan’s year: reminders on working days, overdue notices, windows, four summaries and the 2025 draft', async () => {
    const { code, stdout } = await tdkt('plan', 'simulate', '--year', '2024');

    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const about = (key: string) =>
      lines.filter((line) => line.includes(` ${key} `)).map((line) => line.slice(0, 36).trimEnd());
    expect(about('q2-june-11-anniversary')).toEqual([
      '2024-05-28 T3 08:00  reminder',
      '2024-06-06 T5 08:00  reminder',
      '2024-06-12 T4 08:00  overdue',
    ]);
    expect(about('q2-education-dossiers')).toEqual([
      '2024-04-01 T2 08:00  window-opens',
      '2024-06-17 T2 08:00  reminder',
      '2024-06-26 T4 08:00  reminder',
      '2024-07-01 T2 00:00  window-closes',
      '2024-07-01 T2 08:00  overdue',
    ]);
    expect(
      lines.filter((line) => line.includes('quarter-summary')).map((line) => line.slice(0, 19)),
    ).toEqual([
      '2024-04-01 T2 08:00',
      '2024-07-01 T2 08:00',
      '2024-10-01 T3 08:00',
      '2025-01-02 T5 08:00',
    ]);
    expect(stdout).toContain(
      '2025-01-02 T5 08:00  next-year-draft dự thảo kế hoạch năm 2025: 23 nhiệm vụ chuyển sang',
    );
    expect(stdout).toContain('→ UNIT_HEAD@Phòng Nội vụ huyện, REVIEWER@Phòng Nội vụ huyện');
    expect(stdout).toContain(
      '46 reminders, 23 overdue notices, 4 quarter summaries, 5 windows, 1 next-year draft.',
    );
  });

  it('refuses an invalid plan with one line per field and a non-zero exit', async () => {
    const file = join(tmpdir(), `tdkt-bad-plan-${process.pid}.yaml`);
    writeFileSync(
      file,
      'plan:\n  year: 2024\n  issuer: X\n  standing_body: Y\n  quarters:\n    Q2:\n      - { id: a, kind: party, owner: Z, vi: a, en: b, due: 2024-07-01 }\n',
    );
    const { code, stderr } = await tdkt('plan', 'simulate', '--file', file);

    expect(code).toBe(1);
    expect(stderr).toContain('plan.quarters.Q2[0].kind (item-kind)');
    expect(stderr).toContain('plan.quarters.Q2[0].due (due-in-quarter)');
  });
});
