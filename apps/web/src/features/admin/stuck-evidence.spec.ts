import type { StuckFinding } from '@tdkt/contracts';
import { durationSince, evidenceLines, holderText, suggestedRepairs } from './stuck-evidence';

const roleName = (role: string) => (role === 'REVIEWER' ? 'Chuyên viên thẩm định' : role);

describe('stuck workflows as an administrator reads them', () => {
  it('shows what held work was doing, why it stopped and since when', () => {
    const finding: StuckFinding = {
      reason: 'held-for-administrator',
      since: '2026-12-07T01:00:00.000Z',
      summary: { vi: 'Tạm dừng chờ quản trị viên', en: 'held' },
      evidence: {
        activityType: 'openTask',
        failureType: 'INPUT_REJECTED_BY_DATABASE',
        message: 'new row violates check constraint (SQLSTATE 23514)',
        heldSince: '2026-12-07T01:00:00.000Z',
      },
    };
    expect(evidenceLines(finding, roleName)).toEqual([
      { label: 'activity', value: 'openTask', code: true },
      { label: 'failureType', value: 'INPUT_REJECTED_BY_DATABASE', code: true },
      { label: 'message', value: 'new row violates check constraint (SQLSTATE 23514)', code: true },
      { label: 'heldSince', value: '2026-12-07T01:00:00.000Z', instant: true },
    ]);
  });

  it('counts attempts against the limit only when there is one', () => {
    const retrying = (maximumAttempts: number): StuckFinding => ({
      reason: 'activity-retrying',
      since: null,
      summary: { vi: '', en: '' },
      evidence: {
        activityId: '3',
        activityType: 'recordDossier',
        attempt: 5,
        maximumAttempts,
        lastFailure: 'connect ECONNREFUSED 127.0.0.1:5432',
        lastAttemptAt: null,
        nextAttemptAt: null,
      },
    });
    expect(evidenceLines(retrying(0), roleName)[1]).toEqual({ label: 'attempt', value: '5' });
    expect(evidenceLines(retrying(10), roleName)[1]).toEqual({ label: 'attempt', value: '5/10' });
  });

  it('names who holds a task by person or by role on a unit', () => {
    expect(holderText({ kind: 'person', userId: 'u', name: 'Lê Văn Tâm' }, roleName)).toBe(
      'Lê Văn Tâm',
    );
    expect(
      holderText(
        {
          kind: 'role',
          role: 'REVIEWER',
          unitId: 'x',
          unitName: 'Phòng Nội vụ huyện Cẩm Mỹ',
          people: ['Lê Văn Tâm', 'Hà Thị Mai'],
        },
        roleName,
      ),
    ).toBe('Chuyên viên thẩm định – Phòng Nội vụ huyện Cẩm Mỹ (Lê Văn Tâm, Hà Thị Mai)');
  });

  it.each([
    [30, { count: 30, unit: 'seconds' }],
    [600, { count: 10, unit: 'minutes' }],
    [3 * 3600, { count: 3, unit: 'hours' }],
    [5 * 86_400, { count: 5, unit: 'days' }],
  ])('says %i seconds as %j', (seconds, expected) => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(durationSince(new Date(now - seconds * 1000).toISOString(), now)).toEqual(expected);
  });

  it('suggests retrying held work first and reminding for an overdue task', () => {
    expect(suggestedRepairs(['held-for-administrator'])[0]).toBe('retry');
    expect(suggestedRepairs(['task-overdue'])[0]).toBe('remind');
    expect(suggestedRepairs(['workflow-task-failing'])).toEqual(['reset', 'cancel', 'terminate']);
  });
});
