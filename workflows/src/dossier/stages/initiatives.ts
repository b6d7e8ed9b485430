import { condition } from '@temporalio/workflow';
import { DossierStage, type DossierOutcome } from '@tdkt/contracts';
import type { DossierRun } from '../dossier-run';
import { ClosingReason, closedAs } from '../outcomes';

/**
 * Waits for the initiatives the award relies on to be recognised by their own workflows. A refused
 * initiative ends the dossier, naming which one and why.
 */
export async function awaitInitiatives(run: DossierRun): Promise<DossierOutcome | null> {
  const pending = run.input.pendingInitiatives;
  await run.record(
    'initiatives.awaited',
    { initiatives: pending },
    { stage: DossierStage.INITIATIVE_PENDING, stageDueAt: null },
  );
  run.settleConsumed();
  for (const initiative of pending) {
    await condition(() => run.initiativeDecisions.has(initiative.id));
    const decision = run.initiativeDecisions.get(initiative.id);
    if (decision?.recognized !== true) {
      const reason = decision?.reason ?? '';
      await run.record('initiative.refused', {
        initiativeId: initiative.id,
        title: initiative.title,
        reason,
      });
      return closedAs(
        DossierStage.NOT_APPROVED,
        `${ClosingReason.initiativeRefused}: ${initiative.title} — ${reason}`,
      );
    }
    await run.record('initiative.recognized', {
      initiativeId: initiative.id,
      title: initiative.title,
    });
  }
  return null;
}
