import { AppError } from '../errors';
import type { LocalizedText } from '../localized-text';

/** The steps where one person must not be on both sides. */
export type SeparationOfDutiesAction = 'review' | 'decide' | 'vote';

/** Why a person may not take a step. Stable codes: clients and audit rows carry them. */
export const SeparationOfDutiesReason = {
  AUTHOR_CANNOT_REVIEW: 'AUTHOR_CANNOT_REVIEW',
  AUTHOR_CANNOT_DECIDE: 'AUTHOR_CANNOT_DECIDE',
  INITIATIVE_AUTHOR_CANNOT_VOTE: 'INITIATIVE_AUTHOR_CANNOT_VOTE',
} as const;
export type SeparationOfDutiesReason =
  (typeof SeparationOfDutiesReason)[keyof typeof SeparationOfDutiesReason];

export interface SeparationOfDutiesCheck {
  /** The user about to act. */
  actorId: string;
  action: SeparationOfDutiesAction;
  /** The user who submitted the dossier; null for dossiers submitted before sign-in existed. */
  dossierAuthorId: string | null;
  /** Authors of the initiatives (sáng kiến) the dossier cites. */
  initiativeAuthorIds?: readonly string[];
}

export const SEPARATION_OF_DUTIES_MESSAGES: Readonly<
  Record<SeparationOfDutiesReason, LocalizedText>
> = {
  AUTHOR_CANNOT_REVIEW: {
    vi: 'Người lập hồ sơ không được thẩm định hồ sơ của mình.',
    en: 'The author of a dossier cannot review it.',
  },
  AUTHOR_CANNOT_DECIDE: {
    vi: 'Người lập hồ sơ không được quyết định khen thưởng hồ sơ của mình.',
    en: 'The author of a dossier cannot decide on it.',
  },
  INITIATIVE_AUTHOR_CANNOT_VOTE: {
    vi: 'Thành viên hội đồng là tác giả sáng kiến được nêu trong hồ sơ không được bỏ phiếu cho hồ sơ này.',
    en: 'A council member cannot vote on a dossier that cites an initiative they authored.',
  },
};

/**
 * The separation-of-duties rule a step would break, or null. Pure, so that the API and the dossier
 * workflow's update validators apply the very same rules.
 */
export function separationOfDutiesViolation(
  check: SeparationOfDutiesCheck,
): SeparationOfDutiesReason | null {
  const isAuthor = check.dossierAuthorId !== null && check.dossierAuthorId === check.actorId;
  switch (check.action) {
    case 'review':
      return isAuthor ? SeparationOfDutiesReason.AUTHOR_CANNOT_REVIEW : null;
    case 'decide':
      return isAuthor ? SeparationOfDutiesReason.AUTHOR_CANNOT_DECIDE : null;
    case 'vote':
      return (check.initiativeAuthorIds ?? []).includes(check.actorId)
        ? SeparationOfDutiesReason.INITIATIVE_AUTHOR_CANNOT_VOTE
        : null;
  }
}

/** Throws a SEPARATION_OF_DUTIES AppError (403) naming the rule when the step is not allowed. */
export function assertSeparationOfDuties(check: SeparationOfDutiesCheck): void {
  const reason = separationOfDutiesViolation(check);
  if (reason === null) return;
  throw new AppError(
    'SEPARATION_OF_DUTIES',
    [{ field: 'action', rule: reason, message: SEPARATION_OF_DUTIES_MESSAGES[reason] }],
    SEPARATION_OF_DUTIES_MESSAGES[reason],
  );
}
