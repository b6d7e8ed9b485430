import {
  ClosingReason,
  DossierStage,
  DossierTaskType,
  parseCentralOutcome,
  Role,
  type ApprovalStep,
  type DossierOutcome,
} from '@tdkt/contracts';
import type { DossierRun } from '../dossier-run';
import { runDossierStep, scheduleStep } from '../dossier-step';
import { closedAs } from '../outcomes';

/** Limit of the central review when an older input does not pin it (QĐ 311/QĐ-BNV XIV). */
const CENTRAL_REVIEW_WORKING_DAYS = 20;

/**
 * The central level, which the engine does not run: the province sends the dossier to the Central
 * Emulation & Commendation Board, and its reviewers follow it — reminded before the board's limit,
 * the province's head told once it passes — until they record what the centre decided, or another
 * system reports it through the signed callback.
 */
export async function awaitCentralOutcome(
  run: DossierRun,
  step: ApprovalStep & { central: true },
): Promise<DossierOutcome> {
  const schedule = await scheduleStep(run, {
    workingDays: run.input.timeLimits.centralReviewWorkingDays ?? CENTRAL_REVIEW_WORKING_DAYS,
  });
  await run.record(
    'central.sent',
    { to: step.unitName, dueDate: schedule.dueDate },
    { stage: DossierStage.FORWARDED, stageDueAt: schedule.dueAt },
  );
  const result = await runDossierStep(run, {
    taskKey: `central:${step.level}`,
    type: DossierTaskType.centralOutcome,
    title: {
      vi: `Theo dõi kết quả Trung ương: ${run.input.nominee.name} — ${run.input.awardName.vi}`,
      en: `Follow the central outcome: ${run.input.nominee.name} — ${run.input.awardName.en}`,
    },
    candidates: { role: Role.REVIEWER, unitId: step.unitId },
    schedule,
    onDeadline: 'escalate',
    overdueRecipients: [{ role: Role.UNIT_HEAD, unitId: step.unitId }],
    until: () => run.externalOutcome !== null,
    announce: {
      vi: 'Hồ sơ đã gửi Ban Thi đua - Khen thưởng Trung ương; ghi nhận kết quả khi có quyết định hoặc khi hồ sơ bị trả lại.',
      en: 'The dossier was sent to the Central Emulation & Commendation Board; record its outcome once it decides or returns it.',
    },
  });

  const reported = run.externalOutcome;
  const outcome =
    result.kind === 'completed'
      ? parseCentralOutcome(result.completion.outcome)
      : reported?.approved === true
        ? {
            decision: 'accepted' as const,
            decisionNumber: reported.decisionNumber ?? '',
            decidedOn: reported.decidedOn ?? '',
          }
        : { decision: 'returned' as const, reason: reported?.reason ?? '' };
  const actorId = result.kind === 'completed' ? result.completion.actor.userId : null;
  if (outcome.decision === 'returned') {
    await run.record('central.returned', { reason: outcome.reason }, { actorId });
    return closedAs(
      DossierStage.NOT_APPROVED,
      `${ClosingReason.returnedByCentralLevel}: ${outcome.reason}`,
    );
  }
  const decision = {
    level: step.level,
    decidedBy: null,
    decidedOn: outcome.decidedOn,
    number: outcome.decisionNumber,
    decisionId: null,
  };
  await run.record('central.accepted', { ...decision }, { actorId });
  return closedAs(DossierStage.APPROVED, null, decision);
}
