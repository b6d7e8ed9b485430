import {
  allHandlersFinished,
  condition,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  ActivityFailureType,
  type ComplaintActivities,
  complaintRecordedUpdate,
  type ComplaintState,
  complaintStateQuery,
  ComplaintStatus,
  ComplaintTaskType,
  type ComplaintWorkflowInput,
  completeTaskUpdate,
  type DossierActivities,
  type InboxActivities,
  type NotificationActivities,
  nonRetryable,
  notificationRequest,
  Role,
  type TaskCompletion,
  TaskSubjectType,
} from '@tdkt/contracts';
import { complaintRulesById, settlementLimit } from '@tdkt/domain';
import { holdingForAdministrator } from '../shared/hold-for-administrator';
import {
  type HumanStepHost,
  OpenSteps,
  runHumanStep,
  scheduleStep,
  validateCompletion,
} from '../shared/human-step';
import { rejectUpdate } from '../shared/rejections';
import { acceptanceOf, complaintOutcomeProblems, settlementOf } from './complaint-outcomes';

const activities = holdingForAdministrator(
  proxyActivities<ComplaintActivities & InboxActivities & NotificationActivities>({
    startToCloseTimeout: '1 minute',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '2 minutes',
      nonRetryableErrorTypes: nonRetryable('COMPLAINT_NOT_FOUND'),
    },
  }),
);

/** Calendar arithmetic: pure and quick, so a local activity; its result is recorded in history. */
const calendar = proxyLocalActivities<Pick<DossierActivities, 'scheduleStep'>>({
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '30 seconds',
    nonRetryableErrorTypes: nonRetryable(ActivityFailureType.invalidInput),
  },
});

/** Reminders three and one working days before each limit; the overdue notice the day after it. */
const REMINDERS = { reminderOffsetsWorkingDays: [3, 1], overdueGraceWorkingDays: 0 };

const SETTLED_STATUS = {
  upheld: ComplaintStatus.UPHELD,
  'partly-upheld': ComplaintStatus.PARTLY_UPHELD,
  rejected: ComplaintStatus.REJECTED,
} as const;

/**
 * A complaint (khiếu nại) about a commendation decision or a refusal, under the Law on Complaints:
 * the emulation office of the handling unit accepts it (thụ lý) or refuses with reasons within the
 * acceptance limit; the leader settles it within the settlement limit (longer when complex or in a
 * remote area), after verification and dialogue. Each limit is in calendar days, with reminders and
 * an overdue notice; the complainant hears of every step.
 */
export async function complaintWorkflow(input: ComplaintWorkflowInput): Promise<ComplaintState> {
  const rules = complaintRulesById(input.rulesId);
  if (rules === undefined) throw new Error(`unknown complaint rules ${input.rulesId}`);
  const state: ComplaintState = {
    status: ComplaintStatus.RECEIVED,
    recorded: false,
    dueDate: null,
  };
  const host = complaintStepHost(input);
  const workflowId = workflowInfo().workflowId;
  // A completion answers once its consequence is in the read model.
  const recordedSteps = new Set<string>();

  setHandler(complaintStateQuery, () => state);
  setHandler(complaintRecordedUpdate, async () => {
    await condition(() => state.recorded);
    return state;
  });
  setHandler(
    completeTaskUpdate,
    async (completion: TaskCompletion) => {
      host.steps.complete(completion);
      await condition(() => recordedSteps.has(completion.taskKey));
      return { accepted: true as const, stage: state.status };
    },
    {
      validator: (completion: TaskCompletion) =>
        validateCompletion(host.steps, completion, {
          candidatesInWords: (step) =>
            step.type === ComplaintTaskType.accept
              ? 'the emulation office of the handling unit accepts the complaint'
              : 'a leader of the handling unit settles the complaint',
          // No one settles their own complaint.
          separationOfDuties: (_step, actor) => {
            if (actor.userId === input.complainantId)
              rejectUpdate(
                'SEPARATION_OF_DUTIES',
                'a complainant cannot handle their own complaint',
              );
          },
          outcomeProblems: (step, outcome) => complaintOutcomeProblems(step.type, outcome),
        }),
    },
  );

  await activities.receiveComplaint(input);
  state.recorded = true;
  const tell = (key: string, dueDate: string | null, reasons: string | null) =>
    activities.sendNotification(
      notificationRequest({
        idempotencyKey: `${workflowId}:${key}`,
        recipients: [{ userId: input.complainantId }],
        template: 'complaint.updated',
        params: { complaintLabel: input.label, status: state.status, dueDate, reasons },
        link: `/complaints/${input.complaintId}`,
      }),
    );

  // Thụ lý: Art. 27 (first complaint), Art. 36 (second).
  const acceptSchedule = await scheduleStep(calendar.scheduleStep, REMINDERS, {
    calendarDays: rules.acceptance.days,
  });
  state.dueDate = acceptSchedule.dueDate;
  await tell('received', acceptSchedule.dueDate, null);
  const subject = {
    type: TaskSubjectType.complaint,
    id: input.complaintId,
    label: input.label,
    unitId: input.handlingUnitId,
  };
  const acceptStep = await runHumanStep(host, {
    task: {
      taskKey: 'accept',
      type: ComplaintTaskType.accept,
      title: { vi: `Thụ lý khiếu nại: ${input.label}`, en: `Accept the complaint: ${input.label}` },
      subject,
      candidates: { role: Role.REVIEWER, unitId: input.handlingUnitId },
      dueAt: acceptSchedule.dueAt,
      details: {
        dueDate: acceptSchedule.dueDate,
        instance: input.instance,
        filedLate: input.filedLate,
        limit: `${rules.acceptance.source.document} Art. ${rules.acceptance.source.article ?? ''}`,
        limitStatus: rules.acceptance.source.status ?? 'unconfirmed',
      },
    },
    schedule: acceptSchedule,
    overdueRecipients: [{ role: Role.LEADER, unitId: input.handlingUnitId }],
  });
  if (acceptStep.kind !== 'completed')
    throw new Error(`the acceptance ended without a completion (${acceptStep.kind})`);
  const acceptance = acceptanceOf(acceptStep.completion.outcome);
  if (!acceptance.accept) {
    state.status = ComplaintStatus.NOT_ACCEPTED;
    state.dueDate = null;
    await activities.recordComplaintStep({
      complaintId: input.complaintId,
      status: state.status,
      actorId: acceptStep.completion.actor.userId,
      dueDate: null,
      reasons: acceptance.reasons,
    });
    recordedSteps.add('accept');
    await tell('not-accepted', null, acceptance.reasons);
    await condition(allHandlersFinished);
    return state;
  }

  // Giải quyết: Art. 28 (first complaint), Art. 37 (second), from the acceptance.
  const limit = settlementLimit(rules, input.instance, {
    complex: acceptance.complex,
    remote: input.remote,
  });
  const settleSchedule = await scheduleStep(calendar.scheduleStep, REMINDERS, {
    calendarDays: limit.days,
  });
  state.status = ComplaintStatus.ACCEPTED;
  state.dueDate = settleSchedule.dueDate;
  await activities.recordComplaintStep({
    complaintId: input.complaintId,
    status: state.status,
    actorId: acceptStep.completion.actor.userId,
    dueDate: settleSchedule.dueDate,
    complex: acceptance.complex,
  });
  recordedSteps.add('accept');
  await tell('accepted', settleSchedule.dueDate, null);
  const settleStep = await runHumanStep(host, {
    task: {
      taskKey: 'settle',
      type: ComplaintTaskType.settle,
      title: {
        vi: `Giải quyết khiếu nại: ${input.label}`,
        en: `Settle the complaint: ${input.label}`,
      },
      subject,
      candidates: { role: Role.LEADER, unitId: input.handlingUnitId },
      dueAt: settleSchedule.dueAt,
      details: {
        dueDate: settleSchedule.dueDate,
        complex: acceptance.complex,
        remote: input.remote,
        limitDays: limit.days,
        limit: `${limit.source.document} Art. ${limit.source.article ?? ''}`,
        limitStatus: limit.source.status ?? 'unconfirmed',
      },
    },
    schedule: settleSchedule,
    overdueRecipients: [{ role: Role.REVIEWER, unitId: input.handlingUnitId }],
    announce: { vi: 'Khiếu nại đã được thụ lý.', en: 'The complaint has been accepted.' },
  });
  if (settleStep.kind !== 'completed')
    throw new Error(`the settlement ended without a completion (${settleStep.kind})`);
  const settlement = settlementOf(settleStep.completion.outcome);
  state.status = SETTLED_STATUS[settlement.result];
  state.dueDate = null;
  const { secondComplaintLastDay } = await activities.recordComplaintStep({
    complaintId: input.complaintId,
    status: state.status,
    actorId: settleStep.completion.actor.userId,
    dueDate: null,
    reasons: settlement.reasons,
    verification: settlement.verification,
    remedy: settlement.remedy ?? null,
  });
  recordedSteps.add('settle');
  await tell('settled', secondComplaintLastDay, settlement.reasons);
  await condition(allHandlersFinished);
  return state;
}

/** The complaint's steps run in the inbox and tell people about this complaint. */
function complaintStepHost(input: ComplaintWorkflowInput): HumanStepHost {
  const workflowId = workflowInfo().workflowId;
  return {
    workflowId,
    steps: new OpenSteps(),
    inbox: activities,
    flushWrites: null,
    openStepOf: ({ taskKey, type, candidates, dueAt }) => ({ taskKey, type, candidates, dueAt }),
    // Task notices name the dossier the complaint is about.
    notify: (key, recipients, template, params) =>
      activities.sendNotification({
        idempotencyKey: `${workflowId}:${key}`,
        recipients,
        template,
        params: {
          dossierCode: input.dossierCode,
          nomineeName: input.nomineeName,
          awardName: input.awardName.vi,
          awardNameEn: input.awardName.en,
          ...params,
        },
        link: `/complaints/${input.complaintId}`,
      }),
  };
}
