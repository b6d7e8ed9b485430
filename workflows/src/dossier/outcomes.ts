import type { DossierDecisionRecord, DossierOutcome, DossierStage } from '@tdkt/contracts';

/** A dossier's end, with a stable reason code where it did not end in an award. */
export function closedAs(
  stage: DossierStage,
  reason: string | null,
  decision: DossierDecisionRecord | null = null,
): DossierOutcome {
  return { stage, reason, decision };
}

/** Stable reason codes for dossiers that end without an award. */
export const ClosingReason = {
  rejectedInReview: 'REJECTED_IN_REVIEW',
  supplementDeadlineMissed: 'SUPPLEMENT_DEADLINE_MISSED',
  initiativeRefused: 'INITIATIVE_REFUSED',
  councilVoteFailed: 'COUNCIL_VOTE_FAILED',
  objectionUpheld: 'OBJECTION_UPHELD',
  decisionRefused: 'DECISION_REFUSED',
  refusedByExternalLevel: 'REFUSED_BY_EXTERNAL_LEVEL',
  withdrawnByUnit: 'WITHDRAWN_BY_UNIT',
  cancelledByAdministrator: 'CANCELLED_BY_ADMINISTRATOR',
} as const;
