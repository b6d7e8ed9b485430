import { AppError } from '../errors';
import {
  assertSeparationOfDuties,
  type SeparationOfDutiesCheck,
  separationOfDutiesViolation,
} from './separation-of-duties';

const AUTHOR = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'b0000000-0000-4000-8000-000000000002';

describe('separation of duties', () => {
  it.each<[string, SeparationOfDutiesCheck, string | null]>([
    [
      'the author reviews',
      { actorId: AUTHOR, action: 'review', dossierAuthorId: AUTHOR },
      'AUTHOR_CANNOT_REVIEW',
    ],
    [
      'the author decides',
      { actorId: AUTHOR, action: 'decide', dossierAuthorId: AUTHOR },
      'AUTHOR_CANNOT_DECIDE',
    ],
    ['someone else reviews', { actorId: OTHER, action: 'review', dossierAuthorId: AUTHOR }, null],
    ['someone else decides', { actorId: OTHER, action: 'decide', dossierAuthorId: AUTHOR }, null],
    [
      'review of a dossier without a known author',
      { actorId: OTHER, action: 'review', dossierAuthorId: null },
      null,
    ],
    [
      'a member votes on a dossier citing their initiative',
      {
        actorId: OTHER,
        action: 'vote',
        dossierAuthorId: AUTHOR,
        initiativeAuthorIds: [AUTHOR, OTHER],
      },
      'INITIATIVE_AUTHOR_CANNOT_VOTE',
    ],
    [
      'a member votes on a dossier citing others’ initiatives',
      { actorId: OTHER, action: 'vote', dossierAuthorId: AUTHOR, initiativeAuthorIds: [AUTHOR] },
      null,
    ],
    [
      'a member votes on a dossier citing no initiative',
      { actorId: OTHER, action: 'vote', dossierAuthorId: AUTHOR },
      null,
    ],
  ])('%s → %s', (_label, check, reason) => {
    expect(separationOfDutiesViolation(check)).toBe(reason);
  });

  it('throws a 403 naming the rule, with the bilingual reason', () => {
    expect(() =>
      assertSeparationOfDuties({ actorId: OTHER, action: 'review', dossierAuthorId: AUTHOR }),
    ).not.toThrow();
    try {
      assertSeparationOfDuties({ actorId: AUTHOR, action: 'decide', dossierAuthorId: AUTHOR });
      throw new Error('expected a violation');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.status).toBe(403);
      expect(appError.code).toBe('SEPARATION_OF_DUTIES');
      expect(appError.errors[0]?.rule).toBe('AUTHOR_CANNOT_DECIDE');
      expect(appError.localizedMessage.vi).toContain('Người lập hồ sơ');
    }
  });
});
