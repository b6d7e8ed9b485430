import { PHASES, phaseProgress } from './stages';

const path = [{ level: 'district' }, { level: 'province' }];

describe('where the stepper stands', () => {
  it.each([
    ['DRAFT', 'district', [], 'submission', 'wait'],
    ['UNIT_REVIEW', 'district', [], 'review', 'process'],
    ['SUPPLEMENTING', 'district', [], 'review', 'process'],
    ['COUNCIL_PENDING', 'district', [], 'council', 'process'],
    ['DECISION_PENDING', 'district', [], 'decision', 'process'],
    ['UNIT_REVIEW', 'province', [], 'escalation', 'process'],
    ['APPROVED', 'district', [], 'escalation', 'finish'],
    ['REJECTED', 'district', ['SUBMITTED', 'UNIT_REVIEW', 'REJECTED'], 'review', 'error'],
    [
      'NOT_APPROVED',
      'district',
      ['UNIT_REVIEW', 'COUNCIL_PENDING', 'NOT_APPROVED'],
      'council',
      'error',
    ],
    ['WITHDRAWN', 'district', ['SUPPLEMENTING', 'WITHDRAWN'], 'review', 'error'],
  ])('%s at the %s level (after %j) is at %s, %s', (stage, level, stages, phase, status) => {
    expect(
      phaseProgress({
        stage,
        currentLevel: level,
        approvalPath: path,
        timeline: stages.map((value) => ({ stage: value })),
      }),
    ).toEqual({ current: PHASES.indexOf(phase as (typeof PHASES)[number]), status });
  });
});
