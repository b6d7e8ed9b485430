import { phaseStates } from './stages';

type Row = [string, string[], string[], string[]];

/** The stepper as letters: f finished, p in progress, e stopped there, w to come, s skipped. */
function letters(stage: string, stages: string[], types: string[] = []): string {
  return phaseStates({
    stage,
    timeline: stages.map((value, index) => ({ stage: value, type: types[index] })),
  })
    .map((state) => (state.skipped ? 's' : state.status[0]))
    .join('');
}

describe('the stepper of a dossier', () => {
  it('marks the council and the disclosure as not applying to an ad-hoc dossier from the start', () => {
    const states = phaseStates({
      stage: 'UNIT_REVIEW',
      timeline: [{ stage: 'SUBMITTED' }, { stage: 'UNIT_REVIEW' }],
      procedure: { councilVote: false, publicDisclosure: false },
    });
    expect(states.map((state) => (state.skipped ? 's' : state.status[0])).join('')).toBe('fpwssww');
  });

  it.each<Row>([
    // stage now, stages of its timeline, event types, expected (submission…escalation)
    ['DRAFT', [], [], ['wwwwwww']],
    ['UNIT_REVIEW', ['SUBMITTED', 'UNIT_REVIEW'], [], ['fpwwwww']],
    ['SUPPLEMENTING', ['SUBMITTED', 'UNIT_REVIEW', 'SUPPLEMENTING'], [], ['fpwwwww']],
    ['COUNCIL_PENDING', ['SUBMITTED', 'UNIT_REVIEW', 'COUNCIL_PENDING'], [], ['ffspwww']],
    [
      'DECISION_PENDING',
      [
        'SUBMITTED',
        'UNIT_REVIEW',
        'INITIATIVE_PENDING',
        'COUNCIL_PENDING',
        'DISCLOSURE',
        'DECISION_PENDING',
      ],
      [],
      ['fffffpw'],
    ],
    [
      'APPROVED',
      ['SUBMITTED', 'UNIT_REVIEW', 'COUNCIL_PENDING', 'DECISION_PENDING', 'APPROVED'],
      [],
      ['ffsfsfs'],
    ],
    [
      'UNIT_REVIEW',
      ['SUBMITTED', 'UNIT_REVIEW', 'COUNCIL_PENDING', 'UNIT_REVIEW'],
      ['dossier.submitted', 'review.started', 'council.awaited', 'dossier.escalated'],
      ['ffsfssp'],
    ],
    ['REJECTED', ['SUBMITTED', 'UNIT_REVIEW', 'REJECTED'], [], ['fewwwww']],
    [
      'NOT_APPROVED',
      ['SUBMITTED', 'UNIT_REVIEW', 'COUNCIL_PENDING', 'NOT_APPROVED'],
      [],
      ['ffsewww'],
    ],
  ])('%s after %j (%j) reads %j', (stage, stages, types, [expected]) => {
    expect(letters(stage, stages, types)).toBe(expected);
  });
});
