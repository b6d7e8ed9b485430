import { condition } from '@temporalio/workflow';
import {
  DossierStage,
  type ApprovalStep,
  type DossierOutcome,
  ClosingReason,
} from '@tdkt/contracts';
import { todayInVietnam } from '../../shared/time';
import { activities } from '../activities';
import type { DossierRun } from '../dossier-run';
import { closedAs } from '../outcomes';

/**
 * A level that runs another system: the dossier is sent there (signed) with its local results, and
 * the workflow waits for the outcome that system reports back through the signed callback.
 */
export async function forwardToExternalLevel(
  run: DossierRun,
  step: ApprovalStep & { externalEndpoint: string },
): Promise<DossierOutcome> {
  // The other system may call back at once: the read model must already show the local results.
  if (run.batchesWrites) await run.flush();
  const { reference } = await activities.forwardToExternalSystem({
    endpoint: step.externalEndpoint,
    input: run.input,
    level: step.level,
  });
  await run.record(
    'dossier.forwarded',
    { to: step.unitName, endpoint: step.externalEndpoint, reference },
    { stage: DossierStage.FORWARDED, stageDueAt: null },
  );
  if (run.batchesWrites) await run.flush();
  run.settleConsumed();
  await condition(() => run.externalOutcome !== null);
  const outcome = run.externalOutcome;
  if (outcome === null) throw new Error('external outcome vanished');
  await run.record('dossier.external-outcome', { ...outcome });
  if (!outcome.approved) {
    return closedAs(
      DossierStage.NOT_APPROVED,
      `${ClosingReason.refusedByExternalLevel}: ${outcome.reason ?? ''}`,
    );
  }
  return closedAs(DossierStage.APPROVED, null, {
    level: step.level,
    decidedBy: null,
    decidedOn: outcome.decidedOn ?? todayInVietnam(),
    number: outcome.decisionNumber,
    decisionId: null,
  });
}
