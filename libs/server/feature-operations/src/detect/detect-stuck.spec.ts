import type { OperationsSettings } from '../settings/operations-settings';
import { detectStuck, matchingFindings } from './detect-stuck';
import type { WorkflowFacts } from './workflow-facts';

const settings: OperationsSettings = {
  namespace: 'tdkt',
  taskQueue: 'tdkt-main',
  temporalUiUrl: null,
  overdueAllowance: { byTaskType: { 'dossier.decision': 5 }, default: 2 },
  activityRetryAttempts: 3,
  noProgressAfterSeconds: 3600,
  scanConcurrency: 4,
  alertThresholds: {},
  monitorIntervalSeconds: 300,
};

/** Wednesday 2024-06-19, 10:00 in Vietnam. */
const NOW = new Date('2024-06-19T03:00:00Z');

function facts(overrides: Partial<WorkflowFacts> = {}): WorkflowFacts {
  return {
    workflowId: 'HS-2024-000001',
    runId: 'run-1',
    workflowType: 'dossierWorkflow',
    startedAt: new Date('2024-06-01T03:00:00Z'),
    dossier: null,
    pendingActivities: [],
    pendingWorkflowTask: null,
    heldWork: [],
    openTasks: [],
    awaited: [],
    lastProgressAt: new Date('2024-06-19T02:30:00Z'),
    pendingTimers: 0,
    ...overrides,
  };
}

const reviewTask = (dueAt: string, taskType = 'dossier.review') => ({
  taskId: 't-1',
  taskKey: 'review:district#1',
  taskType,
  dueAt: new Date(dueAt),
  heldBy: { kind: 'person' as const, userId: 'u-1', name: 'Chuyên viên A' },
});

describe('stuck detection', () => {
  it('finds nothing wrong with a workflow waiting on a task within its time', () => {
    expect(
      detectStuck(facts({ openTasks: [reviewTask('2024-06-24T10:00:00Z')] }), NOW, settings),
    ).toEqual([]);
  });

  it.each([
    // Due Friday 14 June: Mon 17, Tue 18, Wed 19 are three working days late.
    ['2024-06-14T10:00:00Z', 'dossier.review', 3, true],
    // Due Monday 17 June: two working days late is within the default allowance of two.
    ['2024-06-17T10:00:00Z', 'dossier.review', 2, false],
    // Decisions are allowed five working days.
    ['2024-06-14T10:00:00Z', 'dossier.decision', 3, false],
  ])('counts a task due %s (%s) as %i working days late: stuck %s', (dueAt, type, late, stuck) => {
    const found = detectStuck(facts({ openTasks: [reviewTask(dueAt, type)] }), NOW, settings);
    expect(found.length > 0).toBe(stuck);
    if (stuck) {
      expect(found[0]).toMatchObject({
        reason: 'task-overdue',
        since: new Date(dueAt).toISOString(),
        evidence: {
          workingDaysOverdue: late,
          allowedWorkingDays: 2,
          heldBy: { name: 'Chuyên viên A' },
        },
      });
      expect(found[0]?.summary.en).toContain('held by Chuyên viên A');
    }
  });

  it('reports an activity retried from the configured attempt on, with its failure and next attempt', () => {
    const activity = (attempt: number) => ({
      activityId: '7',
      activityType: 'projectDossier',
      attempt,
      maximumAttempts: 0,
      lastFailure: 'connect ECONNREFUSED 127.0.0.1:5432',
      lastAttemptAt: new Date('2024-06-19T02:59:00Z'),
      nextAttemptAt: new Date('2024-06-19T03:01:00Z'),
      scheduledAt: new Date('2024-06-19T02:50:00Z'),
    });
    expect(detectStuck(facts({ pendingActivities: [activity(2)] }), NOW, settings)).toEqual([]);
    const [finding] = detectStuck(facts({ pendingActivities: [activity(3)] }), NOW, settings);
    expect(finding).toMatchObject({
      reason: 'activity-retrying',
      evidence: {
        activityType: 'projectDossier',
        attempt: 3,
        lastFailure: 'connect ECONNREFUSED 127.0.0.1:5432',
        nextAttemptAt: '2024-06-19T03:01:00.000Z',
      },
    });
    // The CLI prints the summary: the work in words and the time in Vietnam time.
    expect(finding?.summary).toEqual({
      vi: 'Hoạt động cập nhật hồ sơ (projectDossier) đang thử lại (lần 3): connect ECONNREFUSED 127.0.0.1:5432; lần tới 19/06/2024 10:01 (giờ Việt Nam)',
      en: 'Activity updating the dossier (projectDossier) retrying (attempt 3): connect ECONNREFUSED 127.0.0.1:5432; next attempt 19/06/2024 10:01 (Vietnam time)',
    });
  });

  it('tells a failing workflow task from a worker restart', () => {
    const task = (attempt: number, cause: string) => ({
      attempt,
      originalScheduledAt: new Date('2024-06-19T02:00:00Z'),
      lastProblem: {
        cause,
        message: cause === 'TIMED_OUT' ? null : '[TMPRL1100] Nondeterminism error',
        at: null,
      },
    });
    expect(
      detectStuck(facts({ pendingWorkflowTask: task(2, 'TIMED_OUT') }), NOW, settings),
    ).toEqual([]);
    expect(
      detectStuck(facts({ pendingWorkflowTask: task(3, 'TIMED_OUT') }), NOW, settings)[0]?.reason,
    ).toBe('workflow-task-failing');
    expect(
      detectStuck(
        facts({ pendingWorkflowTask: task(2, 'NON_DETERMINISTIC_ERROR') }),
        NOW,
        settings,
      )[0],
    ).toMatchObject({
      reason: 'workflow-task-failing',
      evidence: { cause: 'NON_DETERMINISTIC_ERROR', message: '[TMPRL1100] Nondeterminism error' },
    });
  });

  it('calls a workflow idle past the allowance stuck only when it waits on nothing legitimate', () => {
    const idle = { lastProgressAt: new Date('2024-06-18T03:00:00Z') };
    expect(detectStuck(facts(idle), NOW, settings)).toMatchObject([
      { reason: 'no-progress', evidence: { idleSeconds: 86_400, allowedSeconds: 3600 } },
    ]);
    expect(detectStuck(facts(idle), NOW, settings)[0]?.summary.vi).toContain(
      'từ 18/06/2024 10:00 (giờ Việt Nam, 24 giờ)',
    );
    expect(detectStuck(facts({ ...idle, pendingTimers: 1 }), NOW, settings)).toEqual([]);
    expect(detectStuck(facts({ ...idle, pendingTimers: null }), NOW, settings)).toEqual([]);
    const meeting = {
      awaited: 'council-meeting' as const,
      id: 'HD-1',
      workflowId: 'council-meeting-HD-1',
      closedAt: null,
    };
    expect(
      detectStuck(facts({ ...idle, awaited: [{ ...meeting, status: 'RUNNING' }] }), NOW, settings),
    ).toEqual([]);
  });

  it('names a closed awaited workflow instead of "no progress", and leaves unknown ones alone', () => {
    const idle = { lastProgressAt: new Date('2024-06-18T03:00:00Z') };
    const initiative = {
      awaited: 'initiative' as const,
      id: 'SK-9',
      workflowId: 'initiative-SK-9',
    };
    const closed = detectStuck(
      facts({
        ...idle,
        awaited: [
          { ...initiative, status: 'TERMINATED', closedAt: new Date('2024-06-18T05:00:00Z') },
        ],
      }),
      NOW,
      settings,
    );
    expect(closed.map((finding) => finding.reason)).toEqual(['awaited-workflow-closed']);
    expect(closed[0]?.summary.en).toBe(
      'Initiative SK-9 closed (TERMINATED) while the dossier still waits for it',
    );
    expect(
      detectStuck(
        facts({ awaited: [{ ...initiative, status: 'NOT_FOUND', closedAt: null }] }),
        NOW,
        settings,
      ),
    ).toEqual([]);
  });

  it('says what held work was doing and why it stopped, instead of "no progress"', () => {
    const idle = { lastProgressAt: new Date('2024-06-18T03:00:00Z') };
    const held = (failureType: string, activityType: string, message: string) => ({
      activityType,
      failureType,
      message,
      since: '2024-06-18T03:00:05.000Z',
    });
    const found = detectStuck(
      facts({
        ...idle,
        heldWork: [
          held(
            'INPUT_REJECTED_BY_DATABASE',
            'projectDossier',
            "PostgreSQL refused the activity's input (SQLSTATE 22021): invalid byte sequence",
          ),
          held('DOCUMENT_TEXT_NOT_RENDERABLE', 'renderDecisionDocuments', 'bad text'),
          held('SOMETHING_NEW', 'futureActivity', 'boom'),
        ],
      }),
      NOW,
      settings,
    );
    expect(found.map((finding) => finding.reason)).toEqual([
      'held-for-administrator',
      'held-for-administrator',
      'held-for-administrator',
    ]);
    expect(found[0]).toMatchObject({
      since: '2024-06-18T03:00:05.000Z',
      evidence: { activityType: 'projectDossier', failureType: 'INPUT_REJECTED_BY_DATABASE' },
    });
    expect(found[0]?.summary.en).toBe(
      "Held for an administrator while updating the dossier (projectDossier): the database refused the input — PostgreSQL refused the activity's input (SQLSTATE 22021): invalid byte sequence. Fix the cause, then retry.",
    );
    expect(found[1]?.summary.vi).toContain('tạo văn bản quyết định');
    expect(found[1]?.summary.vi).toContain('Không tạo được văn bản');
    expect(found[2]?.summary.en).toContain('futureActivity (futureActivity): error SOMETHING_NEW');
  });

  it('keeps the findings of the reason asked for, held at least the age asked for', () => {
    const found = detectStuck(
      facts({
        openTasks: [reviewTask('2024-06-10T10:00:00Z'), reviewTask('2024-06-14T10:00:00Z')],
      }),
      NOW,
      settings,
    );
    expect(found).toHaveLength(2);
    expect(matchingFindings(found, { reason: 'no-progress' }, NOW)).toEqual([]);
    expect(
      matchingFindings(found, { minAgeSeconds: 7 * 86_400 }, NOW).map((finding) => finding.since),
    ).toEqual(['2024-06-10T10:00:00.000Z']);
  });
});
