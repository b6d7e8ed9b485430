import {
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  completeTaskUpdate,
  type InboxActivities,
  type InitiativeActivities,
  initiativeDecidedSignal,
  type InitiativeOutcome,
  initiativeRecordedUpdate,
  type InitiativeState,
  initiativeStateQuery,
  InitiativeStatus,
  InitiativeTaskType,
  type InitiativeWorkflowInput,
  type NotificationActivities,
  notificationRequest,
  type TaskCompletion,
  Role,
  nonRetryable,
  TaskSubjectType,
} from '@tdkt/contracts';
import { ballotPasses, getRuleSet } from '@tdkt/domain';
import { holdingForAdministrator } from '../shared/hold-for-administrator';
import {
  type HumanStepHost,
  OpenSteps,
  runHumanStep,
  validateCompletion,
} from '../shared/human-step';
import { rejectUpdate } from '../shared/rejections';
import { signalQuietly } from '../shared/signal-quietly';
import { initiativeReviewOf, reviewProblems } from './review-outcome';

/** Retried through outages; one that fails on its input is held for an administrator. */
const activities = holdingForAdministrator(
  proxyActivities<InitiativeActivities & InboxActivities & NotificationActivities>({
    startToCloseTimeout: '1 minute',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '2 minutes',
      nonRetryableErrorTypes: nonRetryable('INITIATIVE_NOT_FOUND'),
    },
  }),
);

const REVIEW_TASK = 'review';

/**
 * Recognition of one initiative (công nhận sáng kiến): the author's unit receives the application and
 * issues a receipt with the legal due date; its head records the initiative council's vote (at least
 * two thirds of all its members to recognise); the unit issues a certificate with the scope, or a
 * written refusal with reasons; dossiers waiting on the initiative are told.
 */
export async function initiativeWorkflow(
  input: InitiativeWorkflowInput,
): Promise<InitiativeOutcome> {
  const ruleSet = getRuleSet(input.ruleSetId);
  const threshold = ruleSet.initiativeCouncilThreshold.threshold;
  const state: InitiativeState = {
    status: InitiativeStatus.RECEIVED,
    recorded: false,
    dueDate: null,
    outcome: null,
  };
  const host = initiativeStepHost(input);

  setHandler(initiativeStateQuery, () => state);
  setHandler(initiativeRecordedUpdate, async () => {
    await condition(() => state.recorded);
    return state;
  });
  setHandler(
    completeTaskUpdate,
    async (completion: TaskCompletion) => {
      host.steps.complete(completion);
      await condition(() => state.outcome !== null);
      return { accepted: true as const, stage: state.status };
    },
    {
      validator: (completion: TaskCompletion) =>
        validateCompletion(host.steps, completion, {
          candidatesInWords: () => 'the head of the unit records the review',
          // Điều lệ Sáng kiến: the author of an initiative does not sit on its review.
          separationOfDuties: (_step, actor) => {
            if (input.authorIds.includes(actor.userId))
              rejectUpdate('SEPARATION_OF_DUTIES', 'an author cannot review their own initiative');
          },
          outcomeProblems: (_step, outcome) => reviewProblems(outcome, threshold),
        }),
    },
  );

  const receipt = await activities.receiveInitiative(input);
  state.dueDate = receipt.dueDate;
  state.recorded = true;

  const step = await runHumanStep(host, {
    task: {
      taskKey: REVIEW_TASK,
      type: InitiativeTaskType.review,
      title: {
        vi: `Xét công nhận sáng kiến: ${input.title}`,
        en: `Review the initiative: ${input.title}`,
      },
      subject: {
        type: TaskSubjectType.initiative,
        id: input.initiativeId,
        label: input.title,
        unitId: input.unitId,
      },
      candidates: { role: Role.UNIT_HEAD, unitId: input.unitId },
      dueAt: receipt.dueAt,
      details: { dueDate: receipt.dueDate, authorIds: input.authorIds },
    },
    // The legal due date is shown on the task; the review waits for the council however long it takes.
    schedule: null,
  });
  if (step.kind !== 'completed')
    throw new Error(`the initiative review ended without a completion (${step.kind})`);
  const review = initiativeReviewOf(step.completion.outcome);
  const decidedBy = step.completion.actor.userId;
  const recognized = ballotPasses({
    threshold,
    membersTotal: review.membersTotal,
    votesFor: review.votesFor,
  });
  const outcome = await activities.decideInitiative({
    initiativeId: input.initiativeId,
    recognized,
    scope: recognized ? (review.scope ?? null) : null,
    reasons: recognized ? null : (review.reasons ?? null),
    votesFor: review.votesFor,
    membersTotal: review.membersTotal,
    decidedBy,
  });
  state.status = outcome.status;
  state.outcome = outcome;
  await activities.sendNotification(
    notificationRequest({
      idempotencyKey: `${workflowInfo().workflowId}:decided`,
      recipients: input.authorIds.map((userId) => ({ userId })),
      template: 'initiative.decided',
      params: {
        initiativeTitle: input.title,
        recognized,
        scope: outcome.scope,
        reasons: outcome.reasons,
      },
      link: `/initiatives/${input.initiativeId}`,
    }),
  );
  for (const dossier of await activities.dossiersCitingInitiative({
    initiativeId: input.initiativeId,
  })) {
    await signalQuietly(dossier, initiativeDecidedSignal, {
      initiativeId: input.initiativeId,
      recognized,
      scope: outcome.scope,
      reason: outcome.reasons,
    });
  }
  await condition(allHandlersFinished);
  return outcome;
}

/** The initiative's human step runs in the inbox and tells people about this initiative. */
function initiativeStepHost(input: InitiativeWorkflowInput): HumanStepHost {
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
        params,
        link: `/initiatives/${input.initiativeId}`,
      }),
  };
}
