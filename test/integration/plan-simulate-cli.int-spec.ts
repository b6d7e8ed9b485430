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
  it('prints the 2024 plan’s year in Vietnamese, dd/mm/yyyy, within 80 columns and without the JVM’s output: reminders on working days, overdue notices, windows, four summaries and the 2025 draft', async () => {
    const { code, stdout, stderr } = await tdkt('plan', 'simulate', '--year', '2024');

    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    for (const line of lines) expect([line, line.length <= 80]).toEqual([line, true]);
    const about = (key: string) =>
      lines.filter((line) => line.endsWith(` ${key}`)).map((line) => line.slice(0, 36).trimEnd());
    expect(about('q2-june-11-anniversary')).toEqual([
      '28/05/2024 T3 08:00  Nhắc hạn',
      '06/06/2024 T5 08:00  Nhắc hạn',
      '12/06/2024 T4 08:00  Quá hạn',
    ]);
    // Due at the end of Q2, 30/06/2024, a Sunday: the time limit ends on Monday 01/07.
    expect(about('q2-education-dossiers')).toEqual([
      '01/04/2024 T2 08:00  Mở đợt',
      '17/06/2024 T2 08:00  Nhắc hạn',
      '26/06/2024 T4 08:00  Nhắc hạn',
      '02/07/2024 T3 00:00  Đóng đợt',
      '02/07/2024 T3 08:00  Quá hạn',
    ]);
    expect(stdout).toContain('    Hạn 01/07/2024, còn 10 ngày làm việc: Hướng dẫn, tổng hợp hồ sơ');
    expect(
      lines.filter((line) => line.includes('Tổng kết quý')).map((line) => line.slice(0, 19)),
    ).toEqual([
      '02/04/2024 T3 08:00',
      '02/07/2024 T3 08:00',
      '01/10/2024 T3 08:00',
      '02/01/2025 T5 08:00',
    ]);
    expect(stdout).toContain(
      '02/01/2025 T5 08:00  Dự thảo năm sau\n    Dự thảo kế hoạch năm 2025: 23 nhiệm vụ chuyển sang.',
    );
    expect(stdout).toContain('→ Thủ trưởng đơn vị · Phòng Nội vụ huyện; Chuyên viên thẩm định');
    expect(stdout).not.toMatch(/UNIT_HEAD|REVIEWER|UNIT_OFFICER|SLF4J/);
    expect(stdout).toContain('46 lần nhắc hạn, 23 thông báo quá hạn, 4 tổng kết quý');
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
