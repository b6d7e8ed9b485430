import type { DossierDecisionRecord, DossierOutcome, DossierStage } from '@tdkt/contracts';

/** A dossier's end, with a stable reason code where it did not end in an award. */
export function closedAs(
  stage: DossierStage,
  reason: string | null,
  decision: DossierDecisionRecord | null = null,
): DossierOutcome {
  return { stage, reason, decision };
}
