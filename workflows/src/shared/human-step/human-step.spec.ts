import { ApplicationFailure } from '@temporalio/workflow';
import { DossierTaskType, Role, type TaskActor, type TaskCompletion } from '@tdkt/contracts';
import { isCandidate } from './candidates';
import { validateCompletion } from './completion';
import { type OpenStepChange, OpenSteps } from './open-steps';
import { TaskHolders } from './reassignment';
import { closeTaskCommand } from './task';

const reviewer: TaskActor = { userId: 'u-1', roles: [Role.REVIEWER] };
const completion = (taskKey: string, actor = reviewer): TaskCompletion => ({
  taskKey,
  actor,
  outcome: { decision: 'accept' },
});

/** The error code a validator rejected with, or null when it accepted. */
function rejection(validate: () => unknown): string | null {
  try {
    validate();
    return null;
  } catch (error) {
    if (error instanceof ApplicationFailure) return error.type ?? null;
    throw error;
  }
}

describe('closing a task, for every way a step ends', () => {
  it.each([
    [
      'completed',
      { kind: 'completed', completion: completion('review#1') },
      { status: 'COMPLETED', closedBy: 'u-1', outcome: { decision: 'accept' } },
    ],
    [
      'expired',
      { kind: 'expired' },
      { status: 'CANCELLED', closedBy: null, outcome: { expired: true } },
    ],
    [
      'superseded',
      { kind: 'superseded' },
      { status: 'COMPLETED', closedBy: null, outcome: { superseded: true } },
    ],
    ['cancelled', { kind: 'cancelled' }, { status: 'CANCELLED', closedBy: null }],
    [
      'cancelled with a reason',
      { kind: 'cancelled', outcome: { reason: 'window-closed' } },
      { status: 'CANCELLED', closedBy: null, outcome: { reason: 'window-closed' } },
    ],
  ] as const)('%s', (_name, end, expected) => {
    expect(closeTaskCommand('wf-1', 'review#1', end)).toEqual({
      workflowId: 'wf-1',
      taskKey: 'review#1',
      ...expected,
    });
  });
});

describe('candidates', () => {
  it.each([
    [{ userId: 'u-1' }, reviewer, true],
    [{ userId: 'u-2' }, reviewer, false],
    [{ role: Role.REVIEWER, unitId: 'unit-1' }, reviewer, true],
    [{ role: Role.LEADER, unitId: 'unit-1' }, reviewer, false],
  ] as const)('%j may be taken by %j: %s', (candidates, actor, allowed) => {
    expect(isCandidate(candidates, { ...actor, roles: [...actor.roles] })).toBe(allowed);
  });
});

describe('the shared completeTask validator', () => {
  const steps = new OpenSteps();
  steps.add({
    taskKey: 'review#1',
    type: DossierTaskType.review,
    candidates: { role: Role.REVIEWER, unitId: 'unit-1' },
    dueAt: null,
  });
  const rules = {
    separationOfDuties: (_step: unknown, actor: { userId: string }) => {
      if (actor.userId === 'author')
        throw ApplicationFailure.create({ type: 'SEPARATION_OF_DUTIES', nonRetryable: true });
    },
    outcomeProblems: (_step: unknown, outcome: Record<string, unknown>) =>
      outcome.decision === 'accept'
        ? []
        : [{ field: 'outcome.decision', rule: 'isIn', message: { vi: 'x', en: 'x' } }],
  };

  it.each([
    ['accepts a candidate with a valid outcome', completion('review#1'), null],
    ['a task that is not open', completion('review#2'), 'TASK_NOT_OPEN'],
    [
      'someone the task is not for',
      completion('review#1', { userId: 'u-9', roles: [Role.UNIT_OFFICER] }),
      'NOT_A_CANDIDATE',
    ],
    [
      'the author reviewing their own dossier',
      completion('review#1', { userId: 'author', roles: [Role.REVIEWER] }),
      'SEPARATION_OF_DUTIES',
    ],
    [
      'an outcome not valid for the task',
      { ...completion('review#1'), outcome: { decision: 'maybe' } },
      'INVALID_OUTCOME',
    ],
  ])('%s', (_name, given, code) => {
    expect(rejection(() => validateCompletion(steps, given, rules))).toBe(code);
  });

  it('refuses a second completion of the same task', () => {
    const once = new OpenSteps();
    once.add({
      taskKey: 'a',
      type: DossierTaskType.review,
      candidates: { userId: 'u-1' },
      dueAt: null,
    });
    once.complete(completion('a'));
    expect(rejection(() => validateCompletion(once, completion('a'), rules))).toBe('TASK_NOT_OPEN');
  });
});

describe('open steps and who holds them', () => {
  it('reports each change, so a workflow can refresh its query and search attributes', () => {
    const changes: OpenStepChange[] = [];
    const steps = new OpenSteps((change) => changes.push(change));
    steps.add({
      taskKey: 'a',
      type: DossierTaskType.review,
      candidates: { userId: 'u-1' },
      dueAt: null,
    });
    steps.move('a', '2026-12-10T10:00:00.000Z');
    steps.move('missing', '2026-12-10T10:00:00.000Z');
    steps.remove('a');
    expect(changes).toEqual([
      { kind: 'opened', taskKey: 'a' },
      { kind: 'moved', taskKey: 'a' },
      { kind: 'closed', taskKey: 'a' },
    ]);
  });

  it('shows the holder of the first open task, the later of racing changes winning', () => {
    const steps = new OpenSteps();
    const holders = new TaskHolders();
    expect(holders.currentAssignee(steps)).toBeNull();
    steps.add({
      taskKey: 'a',
      type: DossierTaskType.review,
      candidates: { role: Role.REVIEWER, unitId: 'unit-1' },
      dueAt: null,
    });
    expect(holders.currentAssignee(steps)).toBe(`${Role.REVIEWER}@unit-1`);
    expect(holders.note('a', 'u-2', '2026-12-07T10:00:00.000Z')).toBe(true);
    expect(holders.note('a', 'u-3', '2026-12-07T09:00:00.000Z')).toBe(false);
    expect(holders.currentAssignee(steps)).toBe('u-2');
    expect(holders.note('a', null, '2026-12-07T11:00:00.000Z')).toBe(true);
    expect(holders.currentAssignee(steps)).toBe(`${Role.REVIEWER}@unit-1`);
  });
});
