import {
  DossierStage,
  DossierTaskType,
  type DossierOutcome,
  Role,
  ClosingReason,
  parseDecisionOutcome,
} from '@tdkt/contracts';
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  patched,
  uuid4,
} from '@temporalio/workflow';
import type { IssuedDecision } from '@tdkt/contracts';
import { todayInVietnam } from '../../shared/time';
import { decisions } from '../../decision/activities';
import type { DossierRun } from '../dossier-run';
import { runDossierStep, scheduleStep } from '../dossier-step';
import { closedAs } from '../outcomes';

/** A leader's single approval issues a numbered decision with its documents (councils release). */
const NUMBERED_SINGLE_DECISION = 'numbered-single-decision';

/**
 * The deciding leader approves or refuses: through their task for this dossier, or by listing it in a
 * batch decision (signalled by the decisions module), whichever comes first.
 */
export async function decisionAtLevel(run: DossierRun): Promise<DossierOutcome> {
  const level = run.level;
  const schedule = await scheduleStep(run, {
    workingDays: run.input.timeLimits.decisionWorkingDays,
  });
  await run.record(
    'decision.requested',
    { decider: level.unitName, dueDate: schedule.dueDate },
    { stage: DossierStage.DECISION_PENDING, stageDueAt: schedule.dueAt },
  );
  const step = await runDossierStep(run, {
    taskKey: `decision:${level.level}`,
    type: DossierTaskType.decision,
    title: {
      vi: `Quyết định khen thưởng: ${run.input.nominee.name} — ${run.input.awardName.vi}`,
      en: `Decide: ${run.input.nominee.name} — ${run.input.awardName.en}`,
    },
    candidates: { role: Role.LEADER, unitId: level.unitId },
    schedule,
    onDeadline: 'escalate',
    overdueRecipients: [{ role: Role.REVIEWER, unitId: level.unitId }],
    until: () => run.batchDecision !== null,
    announce: {
      vi: 'Hồ sơ đã được thẩm định và xét, chờ ký quyết định khen thưởng.',
      en: 'The dossier has been reviewed and considered, and awaits your signature.',
    },
  });

  if (step.kind === 'completed') {
    const outcome = parseDecisionOutcome(step.completion.outcome);
    const leader = step.completion.actor.userId;
    if (outcome.decision === 'refuse') {
      await run.record('decision.refused', { reason: outcome.reason }, { actorId: leader });
      return closedAs(
        DossierStage.NOT_APPROVED,
        `${ClosingReason.decisionRefused}: ${outcome.reason}`,
      );
    }
    if (!patched(NUMBERED_SINGLE_DECISION)) {
      // Histories from before single approvals issued their own numbered decision.
      const decision = {
        level: level.level,
        decidedBy: leader,
        decidedOn: todayInVietnam(),
        number: null,
        decisionId: null,
      };
      await run.record(
        'decision.approved',
        { ...decision, note: outcome.note ?? null },
        { actorId: leader },
      );
      return closedAs(DossierStage.APPROVED, null, decision);
    }
    const issued = await issueSingleDecision(run, leader);
    if (issued !== null) {
      const decision = {
        level: level.level,
        decidedBy: leader,
        decidedOn: issued.signedOn,
        number: issued.number,
        decisionId: issued.decisionId,
      };
      await run.record(
        'decision.approved',
        { ...decision, note: outcome.note ?? null },
        { actorId: leader },
      );
      return closedAs(DossierStage.APPROVED, null, decision);
    }
  }
  const batch = run.batchDecision;
  if (batch === null) throw new Error(`decision step ended without a decision (${step.kind})`);
  const decision = {
    level: level.level,
    decidedBy: batch.signedBy,
    decidedOn: batch.signedOn,
    number: batch.number,
    decisionId: batch.decisionId,
  };
  await run.record('decision.issued', { ...decision }, { actorId: batch.signedBy });
  return closedAs(DossierStage.APPROVED, null, decision);
}

/**
 * The leader approved this dossier alone: its own numbered decision, keyed by the dossier and level
 * so that a retry never takes a second number. Null when a batch decision listed the dossier first;
 * the batch's signal then closes it.
 */
async function issueSingleDecision(
  run: DossierRun,
  leader: string,
): Promise<IssuedDecision | null> {
  const level = run.level;
  // The decision reads the dossier and closes its task in the inbox before a number is taken.
  if (run.batchesWrites) await run.flush();
  try {
    const issued = await decisions.issueDecision({
      idempotencyKey: `${run.workflowId}:decision:${level.level}`,
      decisionId: uuid4(),
      issuerUnitId: level.unitId,
      level: level.level,
      dossierIds: [run.input.dossierId],
      signedBy: leader,
      requestId: null,
    });
    await decisions.renderDecisionDocuments({ decisionId: issued.decisionId });
    return issued;
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : undefined;
    if (!(cause instanceof ApplicationFailure) || cause.type !== 'DOSSIER_ALREADY_DECIDED')
      throw error;
    await condition(() => run.batchDecision !== null);
    return null;
  }
}
