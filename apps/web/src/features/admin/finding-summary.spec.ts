import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StuckFinding } from '@tdkt/contracts';
import i18n from '../../i18n/i18n';
import vi from '../../i18n/locales/vi.json';
import { findingSummary } from './finding-summary';

const person = { kind: 'person', userId: 'u', name: 'Lê Văn Tâm' } as const;

const findings: [string, StuckFinding, string, string][] = [
  [
    'held work',
    {
      reason: 'held-for-administrator',
      since: '2026-12-07T18:30:14Z',
      summary: { vi: '', en: '' },
      evidence: {
        activityType: 'openTask',
        failureType: 'INPUT_REJECTED_BY_DATABASE',
        message: 'new row violates check constraint (SQLSTATE 23514)',
        heldSince: '2026-12-07T18:30:14Z',
      },
    },
    'Tạm dừng khi giao việc thẩm định, xử lý: cơ sở dữ liệu từ chối dữ liệu đầu vào. Từ 08/12/2026 01:30. Sửa nguyên nhân (chi tiết ở bảng bên dưới) rồi chọn “Thử lại ngay”.',
    'Held while opening a review or handling task: the database refused the input. Since 08/12/2026 01:30. Fix the cause (details in the table below), then choose “Retry now”.',
  ],
  [
    'a retrying activity',
    {
      reason: 'activity-retrying',
      since: '2026-12-07T09:00:00Z',
      summary: { vi: '', en: '' },
      evidence: {
        activityId: '7',
        activityType: 'projectDossier',
        attempt: 6,
        maximumAttempts: 0,
        lastFailure: 'connect ECONNREFUSED 127.0.0.1:5432',
        lastAttemptAt: '2026-12-07T09:04:00Z',
        nextAttemptAt: '2026-12-07T09:05:30Z',
      },
    },
    'Lỗi khi cập nhật hồ sơ, đã thử 6 lần. Lỗi từ 07/12/2026 16:00. Lần thử tiếp theo lúc 07/12/2026 16:05.',
    'Failing while updating the dossier, 6 attempts so far. Failing since 07/12/2026 16:00. Next attempt at 07/12/2026 16:05.',
  ],
  [
    'an overdue task',
    {
      reason: 'task-overdue',
      since: '2026-11-30T10:00:00Z',
      summary: { vi: '', en: '' },
      evidence: {
        taskId: 't',
        taskKey: 'k',
        taskType: 'dossier.review',
        dueAt: '2026-11-30T10:00:00Z',
        workingDaysOverdue: 5,
        allowedWorkingDays: 2,
        heldBy: person,
      },
    },
    `${i18n.t('taskTypes.dossier_review', { lng: 'vi' })} quá hạn 5 ngày làm việc — Lê Văn Tâm. Hạn xử lý: 30/11/2026 17:00.`,
    `${i18n.t('taskTypes.dossier_review', { lng: 'en' })} 5 working days late — Lê Văn Tâm. Due 30/11/2026 17:00.`,
  ],
  [
    'failing workflow code',
    {
      reason: 'workflow-task-failing',
      since: '2026-12-07T00:00:00Z',
      summary: { vi: '', en: '' },
      evidence: {
        attempt: 4,
        cause: 'NON_DETERMINISTIC_ERROR',
        message: 'Nondeterminism error',
        failingSince: '2026-12-07T00:00:00Z',
      },
    },
    'Mã quy trình không chạy được (lần thử 4). Lỗi từ 07/12/2026 07:00; sửa mã quy trình rồi chọn “Đặt lại quy trình”.',
    'The workflow code cannot run (attempt 4). Failing since 07/12/2026 07:00; fix the workflow code, then choose “Reset the workflow”.',
  ],
  [
    'no progress',
    {
      reason: 'no-progress',
      since: '2026-12-01T02:00:00Z',
      summary: { vi: '', en: '' },
      evidence: {
        lastEventAt: '2026-12-01T02:00:00Z',
        idleSeconds: 500_000,
        allowedSeconds: 259_200,
      },
    },
    'Không có diễn biến nào từ 01/12/2026 09:00.',
    'Nothing has happened since 01/12/2026 09:00.',
  ],
  [
    'a closed meeting awaited',
    {
      reason: 'awaited-workflow-closed',
      since: '2026-12-05T03:00:00Z',
      summary: { vi: '', en: '' },
      evidence: {
        awaited: 'council-meeting',
        id: 'm',
        workflowId: 'council-meeting-m',
        status: 'TERMINATED',
        closedAt: '2026-12-05T03:00:00Z',
      },
    },
    'Chờ kết quả một phiên họp Hội đồng đã kết thúc. Quy trình đó kết thúc lúc 05/12/2026 10:00.',
    'Waiting for a council meeting that has ended. That workflow ended at 05/12/2026 10:00.',
  ],
];

/** Every activity the worker registers, read from its source (the web cannot import the worker). */
function registeredActivities(): string[] {
  const root = join(__dirname, '../../../../../activities/src');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.activities.ts'))
    .flatMap((path) =>
      [...readFileSync(join(root, path), 'utf8').matchAll(/^ {4}(?:async )?(\w+)(?::|\()/gm)].map(
        (match) => match[1] ?? '',
      ),
    );
}

describe('a stuck workflow explained in the drawer', () => {
  it.each(findings)('%s reads in business words and Vietnam time', async (_, finding, vi, en) => {
    await i18n.changeLanguage('vi');
    expect(findingSummary(i18n.t, finding)).toBe(vi);
    await i18n.changeLanguage('en');
    expect(findingSummary(i18n.t, finding)).toBe(en);
  });

  it('names every activity the worker runs, so no code reaches the summary', () => {
    const activities = registeredActivities();
    expect(activities.length).toBeGreaterThan(25);
    const named = Object.keys(vi.activities);
    expect(activities.filter((activity) => !named.includes(activity))).toEqual([]);
  });
});
