import {
  DossierStage,
  DossierTaskType,
  type DossierOutcome,
  type ReviewOutcome,
  type StatutoryClockJson,
  type SupplementOutcome,
  Role,
  ClosingReason,
  parseReviewOutcome,
} from '@tdkt/contracts';
import { statutoryClock } from '../../shared/human-step';
import type { DossierRun } from '../dossier-run';
import { runDossierStep, scheduleStep } from '../dossier-step';
import { closedAs } from '../outcomes';

/**
 * Appraisal (thẩm định) at the current level: the level's reviewers accept, return the dossier for
 * supplementation, or reject it. The statutory clock runs while the reviewers hold the dossier and
 * stops while the unit supplements it. Resolves to null when accepted, or to how the dossier ended.
 */
export async function reviewAtLevel(run: DossierRun): Promise<DossierOutcome | null> {
  const level = run.level;
  let clock: StatutoryClockJson = statutoryClock.startToday(run.input.timeLimits.reviewWorkingDays);

  for (let round = 1; ; round += 1) {
    const schedule = await scheduleStep(run, { clock });
    await run.record(
      'review.started',
      { round, dueDate: schedule.dueDate, reviewingUnit: level.unitName },
      { stage: DossierStage.UNIT_REVIEW, stageDueAt: schedule.dueAt },
    );
    const step = await runDossierStep(run, {
      taskKey: `review:${level.level}#${round}`,
      type: DossierTaskType.review,
      title: {
        vi: `Thẩm định hồ sơ ${run.input.code} (${run.input.awardName.vi})`,
        en: `Review dossier ${run.input.code} (${run.input.awardName.en})`,
      },
      candidates: { role: Role.REVIEWER, unitId: level.unitId },
      schedule,
      onDeadline: 'escalate',
      overdueRecipients: [{ role: Role.UNIT_HEAD, unitId: level.unitId }],
      details: { round },
      announce:
        round > 1
          ? {
              vi: 'Đơn vị đã bổ sung hồ sơ theo yêu cầu.',
              en: 'The unit has supplemented the dossier as asked.',
            }
          : run.state.levelIndex > 0
            ? {
                vi: 'Hồ sơ do cấp dưới chuyển lên.',
                en: 'The dossier comes up from the level below.',
              }
            : { vi: '', en: '' },
    });
    if (step.kind !== 'completed')
      throw new Error(`review step ended without a completion (${step.kind})`);
    const reviewer = step.completion.actor.userId;
    const outcome = parseReviewOutcome(step.completion.outcome);

    if (outcome.decision === 'accept') {
      await run.record(
        'review.accepted',
        { round, note: outcome.note ?? null },
        { actorId: reviewer },
      );
      return null;
    }
    if (outcome.decision === 'reject') {
      await run.record('review.rejected', { round, reason: outcome.reason }, { actorId: reviewer });
      return closedAs(
        DossierStage.REJECTED,
        `${ClosingReason.rejectedInReview}: ${outcome.reason}`,
      );
    }

    clock = statutoryClock.pauseToday(clock);
    const supplemented = await supplementation(run, round, outcome, reviewer);
    if (supplemented !== null) return supplemented;
    clock = statutoryClock.resumeToday(clock);
  }
}

/** The unit supplies what the reviewer asked for, before a deadline; missing it withdraws the dossier. */
async function supplementation(
  run: DossierRun,
  round: number,
  returned: Extract<ReviewOutcome, { decision: 'return' }>,
  reviewer: string,
): Promise<DossierOutcome | null> {
  const deadline = returned.deadlineWorkingDays ?? run.input.timeLimits.supplementationWorkingDays;
  const schedule = await scheduleStep(run, { workingDays: deadline });
  const officers = { role: Role.UNIT_OFFICER, unitId: run.input.proposingUnit.id };
  await run.record(
    'review.returned',
    { round, items: returned.items, deadlineWorkingDays: deadline, dueDate: schedule.dueDate },
    { actorId: reviewer, stage: DossierStage.SUPPLEMENTING, stageDueAt: schedule.dueAt },
  );
  await run.notify(`returned#${round}`, [officers], 'dossier.returned', {
    dueDate: schedule.dueDate,
    items: returned.items.map((item) => `${item.item}: ${item.reason}`).join('; '),
  });

  const step = await runDossierStep(run, {
    taskKey: `supplement:${run.level.level}#${round}`,
    type: DossierTaskType.supplement,
    title: {
      vi: `Bổ sung hồ sơ ${run.input.code} theo yêu cầu`,
      en: `Supplement dossier ${run.input.code} as requested`,
    },
    candidates: officers,
    schedule,
    onDeadline: 'expire',
    overdueRecipients: [],
    details: { round, items: returned.items },
  });
  if (step.kind === 'completed') {
    const supplement = step.completion.outcome as SupplementOutcome;
    await run.record(
      'dossier.supplemented',
      { round, note: supplement.note ?? null, attachmentIds: supplement.attachmentIds ?? [] },
      { actorId: step.completion.actor.userId },
    );
    return null;
  }
  await run.record('supplement.expired', { round, dueDate: schedule.dueDate });
  return closedAs(DossierStage.WITHDRAWN, ClosingReason.supplementDeadlineMissed);
}
