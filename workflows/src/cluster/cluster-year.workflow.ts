import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  type ClusterMemberRef,
  type ClusterScoringTableView,
  ClusterTaskType,
  type ClusterYearOutcome,
  type ClusterYearState,
  clusterYearStateQuery,
  ClusterYearStatus,
  type ClusterYearWorkflowInput,
  completeTaskUpdate,
  type FieldError,
  openClusterScoringSignal,
  Role,
  type TaskCandidates,
  type TaskCompletion,
  TaskSubjectType,
} from '@tdkt/contracts';
import {
  type HumanStepHost,
  type HumanStepResult,
  OpenSteps,
  runHumanStep,
  type ScheduledStep,
  scheduleStep,
  validateCompletion,
} from '../shared/human-step';
import { nowIso } from '../shared/time';
import { activities, calendar } from './activities';
import {
  clusterReviewOf,
  pactSignatureProblems,
  reviewedRanking,
  reviewProblems,
  selfScoreOf,
  selfScoreProblems,
} from './outcomes';

const REVIEW_TASK = 'review';

/**
 * A cluster's emulation year (cụm, khối thi đua): every member's head signs the pact by its deadline
 * (reminders before, the leader told when late); when the standing body opens scoring on the adopted
 * table, every member scores itself with evidence by its deadline (a member that misses it is left
 * unscored); the leader records the review meeting, whose ranking, ties included, is the year's.
 */
export async function clusterYearWorkflow(
  input: ClusterYearWorkflowInput,
): Promise<ClusterYearOutcome> {
  const state: ClusterYearState = {
    status: ClusterYearStatus.PACT_SIGNING,
    pactSigned: [],
    selfScored: [],
    selfScoreMissed: [],
    scoringVersion: null,
    ranking: null,
  };
  const host = clusterStepHost(input);
  const memberIds = input.members.map((member) => member.unitId);
  const selfScores = new Map<string, Record<string, number>>();
  const recorded = new Set<string>();
  let table: ClusterScoringTableView | null = null;
  let requestedVersion: number | null = null;

  setHandler(clusterYearStateQuery, () => state);
  setHandler(openClusterScoringSignal, ({ version }) => {
    requestedVersion ??= version;
  });
  setHandler(
    completeTaskUpdate,
    async (completion: TaskCompletion) => {
      host.steps.complete(completion);
      await condition(() => recorded.has(completion.taskKey));
      return { accepted: true as const, stage: state.status };
    },
    {
      validator: (completion: TaskCompletion) =>
        validateCompletion(host.steps, completion, {
          outcomeProblems: (step, outcome): FieldError[] => {
            if (step.type === ClusterTaskType.signPact) return pactSignatureProblems(outcome);
            if (table === null) throw new Error('a scoring step is open before its table');
            if (step.type === ClusterTaskType.selfScore) return selfScoreProblems(outcome, table);
            return reviewProblems(outcome, table, selfScores, input.members);
          },
        }),
    },
  );

  const step = (
    member: ClusterMemberRef | null,
    type: ClusterTaskType,
    candidates: TaskCandidates,
    schedule: ScheduledStep | null,
    title: { vi: string; en: string },
  ): Promise<HumanStepResult> =>
    runHumanStep(host, {
      task: {
        taskKey: member === null ? REVIEW_TASK : `${type}:${member.unitId}`,
        type,
        title,
        subject: {
          type: TaskSubjectType.clusterYear,
          id: input.clusterYearId,
          label: `${input.clusterName} · ${input.year}${member === null ? '' : ` · ${member.unitName}`}`,
          unitId: member?.unitId ?? input.leaderUnitId,
        },
        candidates,
        dueAt: schedule?.dueAt ?? null,
        details: {
          clusterYearId: input.clusterYearId,
          year: input.year,
          ...(schedule ? { dueDate: schedule.dueDate } : {}),
        },
      },
      schedule,
      onDeadline: type === ClusterTaskType.selfScore ? 'expire' : 'escalate',
      overdueRecipients: [{ role: Role.UNIT_HEAD, unitId: input.leaderUnitId }],
    });

  // Start of the year: the pact.
  const pactSchedule = await scheduleStep(calendar.scheduleStep, input, {
    workingDays: input.pactWorkingDays,
  });
  await Promise.all(
    input.members.map(async (member) => {
      const signed = await step(
        member,
        ClusterTaskType.signPact,
        { role: Role.UNIT_HEAD, unitId: member.unitId },
        pactSchedule,
        {
          vi: `Ký giao ước thi đua năm ${input.year} — ${input.clusterName}`,
          en: `Sign the ${input.year} emulation pact — ${input.clusterName}`,
        },
      );
      if (signed.kind !== 'completed') throw new Error(`the pact step ended (${signed.kind})`);
      await activities.recordPactSignature({
        clusterYearId: input.clusterYearId,
        unitId: member.unitId,
        signedBy: signed.completion.actor.userId,
        signedAt: nowIso(),
      });
      state.pactSigned.push(member.unitId);
      recorded.add(`${ClusterTaskType.signPact}:${member.unitId}`);
    }),
  );
  await setStatus(ClusterYearStatus.PACT_SIGNED);

  // Year end: self-scores against the adopted table.
  await condition(() => requestedVersion !== null);
  table = await activities.pinClusterScoringTable({
    clusterYearId: input.clusterYearId,
    version: requestedVersion ?? 0,
  });
  state.scoringVersion = table.version;
  await setStatus(ClusterYearStatus.SCORING);
  const scoreSchedule = await scheduleStep(calendar.scheduleStep, input, {
    workingDays: input.selfScoreWorkingDays,
  });
  await Promise.all(
    input.members.map(async (member) => {
      const scored = await step(
        member,
        ClusterTaskType.selfScore,
        { role: Role.UNIT_OFFICER, unitId: member.unitId },
        scoreSchedule,
        {
          vi: `Tự chấm điểm thi đua năm ${input.year} — ${input.clusterName}`,
          en: `Self-score for ${input.year} — ${input.clusterName}`,
        },
      );
      const outcome = scored.kind === 'completed' ? selfScoreOf(scored.completion.outcome) : null;
      await activities.recordSelfScore({
        clusterYearId: input.clusterYearId,
        unitId: member.unitId,
        scores: outcome?.scores ?? null,
        evidence: outcome?.evidence ?? [],
        scoredBy: scored.kind === 'completed' ? scored.completion.actor.userId : null,
        scoredAt: nowIso(),
      });
      if (outcome === null) state.selfScoreMissed.push(member.unitId);
      else {
        selfScores.set(member.unitId, outcome.scores);
        state.selfScored.push(member.unitId);
      }
      recorded.add(`${ClusterTaskType.selfScore}:${member.unitId}`);
    }),
  );

  // The leader's review meeting.
  await setStatus(ClusterYearStatus.REVIEWING);
  const reviewed = await step(
    null,
    ClusterTaskType.review,
    { role: Role.UNIT_HEAD, unitId: input.leaderUnitId },
    null,
    {
      vi: `Họp cụm, thống nhất điểm và xếp hạng năm ${input.year} — ${input.clusterName}`,
      en: `Cluster review: agree scores and ranking for ${input.year} — ${input.clusterName}`,
    },
  );
  if (reviewed.kind !== 'completed') throw new Error(`the review ended (${reviewed.kind})`);
  const review = clusterReviewOf(reviewed.completion.outcome);
  const ranking = reviewedRanking(table, selfScores, memberIds, review);
  await activities.recordClusterReview({
    clusterYearId: input.clusterYearId,
    ranking,
    tieBreak: review.tieBreak,
    minutes: review.minutes,
    reviewedBy: reviewed.completion.actor.userId,
    reviewedAt: nowIso(),
  });
  state.ranking = ranking;
  state.status = ClusterYearStatus.REVIEWED;
  recorded.add(REVIEW_TASK);
  await condition(allHandlersFinished);
  return { ranking };

  async function setStatus(status: ClusterYearStatus): Promise<void> {
    await activities.recordClusterStatus({ clusterYearId: input.clusterYearId, status });
    state.status = status;
  }
}

/** The cluster's steps run in the inbox; notices name the cluster and year where a dossier's would. */
function clusterStepHost(input: ClusterYearWorkflowInput): HumanStepHost {
  const workflowId = workflowInfo().workflowId;
  return {
    workflowId,
    steps: new OpenSteps(),
    inbox: activities,
    flushWrites: null,
    openStepOf: ({ taskKey, type, candidates, dueAt }) => ({ taskKey, type, candidates, dueAt }),
    notify: (key, recipients, template, params) =>
      activities.sendNotification({
        idempotencyKey: `${workflowId}:${key}`,
        recipients,
        template,
        params: {
          dossierCode: input.clusterCode,
          nomineeName: input.clusterName,
          awardName: `Giao ước thi đua năm ${input.year}`,
          awardNameEn: `${input.year} emulation pact`,
          ...params,
        },
        link: `/clusters/years/${input.clusterYearId}`,
      }),
  };
}
