import {
  DossierStage,
  DossierTaskType,
  type DossierOutcome,
  Role,
  ClosingReason,
  parseObjectionReviewOutcome,
} from '@tdkt/contracts';
import { sleepUntil } from '../../shared/time';
import type { DossierRun } from '../dossier-run';
import type { Objection } from '../dossier-messages';
import { runDossierStep, scheduleStep } from '../dossier-step';
import { closedAs } from '../outcomes';

/**
 * Public disclosure (công khai) of the nominee before the decision: objections may be filed while the
 * window is open, and each is examined by the level's reviewers. An upheld objection ends the dossier.
 */
export async function disclosureAtLevel(run: DossierRun): Promise<DossierOutcome | null> {
  const window = await scheduleStep(
    run,
    { workingDays: run.input.disclosure.windowWorkingDays },
    false,
  );
  run.disclosureOpen = true;
  await run.record(
    'disclosure.opened',
    { until: window.dueAt, workingDays: run.input.disclosure.windowWorkingDays },
    { stage: DossierStage.DISCLOSURE, stageDueAt: window.dueAt },
  );
  if (run.batchesWrites) await run.flush();
  run.settleConsumed();
  await sleepUntil(window.dueAt);
  run.disclosureOpen = false;
  await run.record('disclosure.closed', { objections: run.objections.length });
  if (run.batchesWrites) await run.flush();
  await Promise.all(run.objectionReviews);

  const upheld = run.objections.find((objection) => objection.upheld === true);
  if (upheld === undefined) return null;
  return closedAs(DossierStage.NOT_APPROVED, `${ClosingReason.objectionUpheld}: ${upheld.id}`);
}

/** Examines one objection: a task for the level's reviewers, started by the filing update. */
export async function reviewObjection(run: DossierRun, objection: Objection): Promise<void> {
  const level = run.level;
  await run.record(
    'objection.filed',
    { objectionId: objection.id, filerName: objection.filerName, text: objection.text },
    { actorId: objection.filedBy },
  );
  const schedule = await scheduleStep(run, {
    workingDays: run.input.timeLimits.objectionReviewWorkingDays,
  });
  const step = await runDossierStep(run, {
    taskKey: `objection:${objection.id}`,
    type: DossierTaskType.objectionReview,
    title: {
      vi: `Xem xét ý kiến phản ánh về hồ sơ ${run.input.code}`,
      en: `Examine an objection to dossier ${run.input.code}`,
    },
    candidates: { role: Role.REVIEWER, unitId: level.unitId },
    schedule,
    onDeadline: 'escalate',
    overdueRecipients: [{ role: Role.UNIT_HEAD, unitId: level.unitId }],
    details: { objectionId: objection.id, text: objection.text, filerName: objection.filerName },
    onOpened: () => (objection.taskOpened = true),
    announce: {
      vi: 'Có ý kiến phản ánh trong thời gian công khai.',
      en: 'An objection was filed during public disclosure.',
    },
  });
  if (step.kind !== 'completed')
    throw new Error(`objection review ended without a completion (${step.kind})`);
  const outcome = parseObjectionReviewOutcome(step.completion.outcome);
  objection.upheld = outcome.decision === 'uphold';
  await run.record(
    objection.upheld ? 'objection.upheld' : 'objection.dismissed',
    { objectionId: objection.id, reason: outcome.reason },
    { actorId: step.completion.actor.userId },
  );
  // The main flow is still sleeping through the window: answer the reviewer now.
  if (run.batchesWrites) await run.flush();
  run.settleConsumed();
}
