import {
  allHandlersFinished,
  CancellationScope,
  condition,
  isCancellation,
  patched,
} from '@temporalio/workflow';
import {
  type ApprovalStep,
  CLOSED_DOSSIER_STAGES,
  DossierStage,
  type DossierOutcome,
  type DossierWorkflowInput,
  Role,
  ClosingReason,
} from '@tdkt/contracts';
import { activities } from './activities';
import { DossierRun } from './dossier-run';
import { registerDossierHandlers } from './handlers';
import { cancelOpenSteps } from '../shared/human-step';
import { closedAs } from './outcomes';
import { awaitCentralOutcome } from './stages/central';
import { councilAtLevel } from './stages/council';
import { decisionAtLevel } from './stages/decision';
import { disclosureAtLevel } from './stages/disclosure';
import { forwardToExternalLevel } from './stages/external';
import { awaitInitiatives } from './stages/initiatives';
import { reviewAtLevel } from './stages/review';

/** A dossier for a central award is sent to the central board and followed by the province. */
const CENTRAL_LEVEL = 'central-level';

/**
 * The life of one commendation dossier (hồ sơ đề nghị khen thưởng), from submission to its decision,
 * at its own level or escalated up the approval path. Workflow id = dossier code.
 */
export async function dossierWorkflow(input: DossierWorkflowInput): Promise<DossierOutcome> {
  const run = new DossierRun(input);
  const main = new CancellationScope();
  registerDossierHandlers(run, main);

  if (run.batchesWrites) {
    run.queueSubmission();
  } else {
    await activities.recordDossierSubmitted(input);
    run.state.recorded = true;
  }
  await run.record(
    'dossier.submitted',
    {
      awardCode: input.awardCode,
      ruleSetId: input.ruleSetId,
      // Activity input only (no new command): recorded histories replay unchanged.
      ...(input.submissionWarnings ? { warnings: input.submissionWarnings } : {}),
    },
    { actorId: input.submittedBy, stage: DossierStage.SUBMITTED },
  );

  let outcome: DossierOutcome;
  try {
    outcome = await main.run(() => processDossier(run));
  } catch (error) {
    if (!isCancellation(error)) throw error;
    outcome = run.withdrawal
      ? closedAs(
          DossierStage.WITHDRAWN,
          `${ClosingReason.withdrawnByUnit}: ${run.withdrawal.reason}`,
        )
      : closedAs(DossierStage.WITHDRAWN, ClosingReason.cancelledByAdministrator);
  }
  await CancellationScope.nonCancellable(() => close(run, outcome));
  // Outside the cancelled scope too: an administrator's cancellation ends with the outcome, not a failure.
  await CancellationScope.nonCancellable(() => condition(allHandlersFinished));
  return outcome;
}

/** Runs every level of the approval path: review, initiatives, council, then escalation or decision. */
async function processDossier(run: DossierRun): Promise<DossierOutcome> {
  const path = run.input.approvalPath;
  for (let index = 0; index < path.length; index += 1) {
    const step = path[index] as ApprovalStep;
    if (index > 0) {
      run.state.levelIndex = index;
      await run.record('dossier.escalated', { to: step.unitName, level: step.level });
    }
    if (step.central === true && patched(CENTRAL_LEVEL)) {
      return awaitCentralOutcome(run, { ...step, central: true });
    }
    if (step.externalEndpoint !== undefined) {
      return forwardToExternalLevel(run, { ...step, externalEndpoint: step.externalEndpoint });
    }
    if (index > 0) {
      await run.notify(
        `escalated:${step.level}`,
        [{ role: Role.REVIEWER, unitId: step.unitId }],
        'dossier.escalated',
        { level: step.unitName },
      );
    }
    const stop =
      (await reviewAtLevel(run)) ??
      (index === 0 && run.input.pendingInitiatives.length > 0
        ? await awaitInitiatives(run)
        : null) ??
      (run.input.council !== null ? await councilAtLevel(run) : null);
    if (stop !== null) return stop;
    if (index < path.length - 1) continue;
    const disclosed = run.input.disclosure.required ? await disclosureAtLevel(run) : null;
    return disclosed ?? decisionAtLevel(run);
  }
  throw new Error('the approval path is empty');
}

/** Ends the dossier: cancels what is still open, records the outcome and tells the proposing unit. */
async function close(run: DossierRun, outcome: DossierOutcome): Promise<void> {
  if (!CLOSED_DOSSIER_STAGES.includes(outcome.stage))
    throw new Error(`${outcome.stage} is not a closing stage`);
  await cancelOpenSteps(run);
  run.state.outcome = outcome;
  await run.record(
    'dossier.closed',
    { stage: outcome.stage, reason: outcome.reason, decision: outcome.decision },
    { actorId: run.withdrawal?.actorId ?? null, stage: outcome.stage, stageDueAt: null, outcome },
  );
  if (run.batchesWrites) await run.flush();
  run.settleConsumed();
  await run.notify(
    'closed',
    [{ role: Role.UNIT_OFFICER, unitId: run.input.proposingUnit.id }],
    'dossier.closed',
    {
      stage: outcome.stage,
      reason: outcome.reason,
      decisionNumber: outcome.decision?.number ?? null,
    },
  );
}
