import {
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  completeTaskUpdate,
  type FieldError,
  type InboxActivities,
  type InitiativeActivities,
  initiativeDecidedSignal,
  type InitiativeOutcome,
  initiativeRecordedUpdate,
  type InitiativeReviewOutcome,
  INITIATIVE_SCOPE_VALUES,
  type InitiativeState,
  initiativeStateQuery,
  InitiativeStatus,
  InitiativeTaskType,
  type InitiativeWorkflowInput,
  type NotificationActivities,
  type TaskCompletion,
  Role,
  nonRetryable,
  TaskSubjectType,
} from '@tdkt/contracts';
import { ballotPasses, getRuleSet } from '@tdkt/domain';
import { holdingForAdministrator } from '../shared/hold-for-administrator';
import { rejectUpdate } from '../shared/rejections';
import { signalQuietly } from '../shared/signal-quietly';

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
  const state: InitiativeState = {
    status: InitiativeStatus.RECEIVED,
    recorded: false,
    dueDate: null,
    outcome: null,
  };
  let review: { outcome: InitiativeReviewOutcome; decidedBy: string } | null = null;
  let reviewOpen = false;
  // Read through a function: the update handler sets `review` while the workflow waits for it.
  const reviewed = () => {
    if (review === null)
      throw new TypeError('the initiative review is read before it was recorded');
    return review;
  };

  setHandler(initiativeStateQuery, () => state);
  setHandler(initiativeRecordedUpdate, async () => {
    await condition(() => state.recorded);
    return state;
  });
  setHandler(
    completeTaskUpdate,
    async (completion: TaskCompletion) => {
      review = {
        outcome: initiativeReviewOf(completion.outcome),
        decidedBy: completion.actor.userId,
      };
      await condition(() => state.outcome !== null);
      return { accepted: true as const, stage: state.status };
    },
    {
      validator: (completion: TaskCompletion) => {
        if (!reviewOpen || review !== null || completion.taskKey !== REVIEW_TASK)
          rejectUpdate('TASK_NOT_OPEN', `task ${completion.taskKey} is not open`);
        if (!completion.actor.roles.includes(Role.UNIT_HEAD))
          rejectUpdate('NOT_A_CANDIDATE', 'the head of the unit records the review');
        // Điều lệ Sáng kiến: the author of an initiative does not sit on its review.
        if (input.authorIds.includes(completion.actor.userId))
          rejectUpdate('SEPARATION_OF_DUTIES', 'an author cannot review their own initiative');
        const errors = reviewProblems(
          completion.outcome,
          ruleSet.initiativeCouncilThreshold.threshold,
        );
        if (errors.length > 0) rejectUpdate('INVALID_OUTCOME', 'the review is not valid', errors);
      },
    },
  );

  const receipt = await activities.receiveInitiative(input);
  state.dueDate = receipt.dueDate;
  state.recorded = true;

  reviewOpen = true;
  await activities.openTask({
    workflowId: workflowInfo().workflowId,
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
  });
  await condition(() => review !== null);
  const decided = reviewed();
  await activities.closeTask({
    workflowId: workflowInfo().workflowId,
    taskKey: REVIEW_TASK,
    status: 'COMPLETED',
    closedBy: decided.decidedBy,
    outcome: { ...decided.outcome },
  });
  const recognized = ballotPasses({
    threshold: ruleSet.initiativeCouncilThreshold.threshold,
    membersTotal: decided.outcome.membersTotal,
    votesFor: decided.outcome.votesFor,
  });
  const outcome = await activities.decideInitiative({
    initiativeId: input.initiativeId,
    recognized,
    scope: recognized ? (decided.outcome.scope ?? null) : null,
    reasons: recognized ? null : (decided.outcome.reasons ?? null),
    votesFor: decided.outcome.votesFor,
    membersTotal: decided.outcome.membersTotal,
    decidedBy: decided.decidedBy,
  });
  state.status = outcome.status;
  state.outcome = outcome;
  await activities.sendNotification({
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
  });
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

/** The review as its type; the validator refused every outcome `reviewProblems` finds fault with. */
function initiativeReviewOf(outcome: Record<string, unknown>): InitiativeReviewOutcome {
  const { membersTotal, votesFor, scope, reasons } = outcome;
  if (typeof membersTotal !== 'number' || typeof votesFor !== 'number')
    throw new TypeError('an initiative review passed its validator without its counts');
  const scopeValue = INITIATIVE_SCOPE_VALUES.find((value) => value === scope);
  return {
    membersTotal,
    votesFor,
    ...(scopeValue === undefined ? {} : { scope: scopeValue }),
    ...(typeof reasons === 'string' ? { reasons } : {}),
  };
}

/** The council's count must be whole numbers within its size; a recognition names its scope, a refusal its reasons. */
function reviewProblems(
  outcome: Record<string, unknown>,
  threshold: { numerator: number; denominator: number },
): FieldError[] {
  const errors: FieldError[] = [];
  const issue = (field: string, vi: string, en: string) =>
    errors.push({ field, rule: 'review', message: { vi, en } });
  const { membersTotal, votesFor, scope, reasons } = outcome;
  for (const key of Object.keys(outcome))
    if (!['membersTotal', 'votesFor', 'scope', 'reasons'].includes(key))
      issue(`outcome.${key}`, `Trường "${key}" không được phép.`, `Field "${key}" is not allowed.`);
  if (typeof membersTotal !== 'number' || !Number.isInteger(membersTotal) || membersTotal < 1) {
    issue(
      'outcome.membersTotal',
      'Số thành viên Hội đồng phải là số nguyên dương.',
      'membersTotal must be a positive integer.',
    );
    return errors;
  }
  if (
    typeof votesFor !== 'number' ||
    !Number.isInteger(votesFor) ||
    votesFor < 0 ||
    votesFor > membersTotal
  ) {
    issue(
      'outcome.votesFor',
      'Số phiếu đồng ý phải từ 0 đến số thành viên.',
      'votesFor must be between 0 and membersTotal.',
    );
    return errors;
  }
  if (ballotPasses({ threshold, membersTotal, votesFor })) {
    if (!(INITIATIVE_SCOPE_VALUES as readonly unknown[]).includes(scope))
      issue(
        'outcome.scope',
        'Cần nêu phạm vi ảnh hưởng: unit, province hoặc national.',
        'Give the scope: unit, province or national.',
      );
  } else if (typeof reasons !== 'string' || reasons.trim() === '') {
    issue(
      'outcome.reasons',
      'Không công nhận thì phải nêu lý do.',
      'A refusal must give its reasons.',
    );
  }
  return errors;
}
