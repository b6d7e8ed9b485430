import { condition, patched } from '@temporalio/workflow';
import { DossierStage, type DossierOutcome, ClosingReason } from '@tdkt/contracts';
import { activities } from '../activities';
import type { DossierRun } from '../dossier-run';
import { closedAs } from '../outcomes';

const READ_EARLIER_INITIATIVE_DECISIONS = 'read-earlier-initiative-decisions';

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
  if (run.batchesWrites) await run.flush();
  run.settleConsumed();
  if (patched(READ_EARLIER_INITIATIVE_DECISIONS)) {
    // A decision taken before this workflow started signalled nobody: read it instead.
    const decided = await activities.initiativeDecisions({
      initiativeIds: pending.map((initiative) => initiative.id),
    });
    for (const decision of decided)
      if (!run.initiativeDecisions.has(decision.initiativeId))
        run.initiativeDecisions.set(decision.initiativeId, {
          recognized: decision.recognized,
          reason: decision.reason,
        });
  }
  for (const initiative of pending) {
    if (run.batchesWrites) await run.flush();
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
