import type { SearchAttributeUpdatePair } from '@temporalio/common';
import {
  type DossierEvent,
  type DossierOutcome,
  type DossierProjection,
  type DossierWorkflowInput,
  type DossierWorkflowState,
  type NotificationRecipient,
  type NotificationTemplate,
  type NotificationTemplateParams,
  type NotificationRequest,
  notificationRequest,
  type OpenDossierTask,
  SearchAttributes,
} from '@tdkt/contracts';
import type { StepEvent } from '../shared/human-step';

/** One timeline event with the stage it leaves the dossier in, for the read model. */
export function dossierProjection(
  input: DossierWorkflowInput,
  state: DossierWorkflowState,
  workflowId: string,
  event: DossierEvent,
  outcome: DossierOutcome | undefined,
): DossierProjection {
  return {
    dossierId: input.dossierId,
    workflowId,
    stage: state.stage,
    currentLevel: event.level,
    currentUnitId: input.approvalPath[state.levelIndex]?.unitId ?? null,
    stageDueAt: state.stageDueAt,
    event,
    ...(outcome
      ? {
          outcome: {
            stage: outcome.stage,
            reason: outcome.reason,
            decisionNumber: outcome.decision?.number ?? null,
            decidedOn: outcome.decision?.decidedOn ?? null,
          },
        }
      : {}),
  };
}

/** What operators filter running dossiers by (the stuck list, the admin search). */
export function dossierSearchAttributes(
  input: DossierWorkflowInput,
  state: DossierWorkflowState,
  assignee: string | null,
): SearchAttributeUpdatePair[] {
  return [
    { key: SearchAttributes.DossierStage, value: state.stage },
    { key: SearchAttributes.DecidingLevel, value: input.approvalPath.at(-1)?.level ?? '' },
    {
      key: SearchAttributes.StageDueAt,
      value: state.stageDueAt === null ? null : new Date(state.stageDueAt),
    },
    { key: SearchAttributes.Assignee, value: assignee },
  ];
}

/** A moved deadline as the timeline tells it. */
export function rescheduledEventData(
  event: Extract<StepEvent, { type: 'task.rescheduled' }>,
): Record<string, unknown> {
  return {
    taskKey: event.taskKey,
    from: event.previous.dueDate,
    to: event.next.dueDate,
    provisional: event.next.provisional ?? false,
    revision: event.change.revision,
    document: event.change.document,
  };
}

/** An open step as the state query shows it (without who may take it). */
export function publicOpenTask({ taskKey, type, level, dueAt }: OpenDossierTask): OpenDossierTask {
  return { taskKey, type, level, dueAt };
}

/** What every dossier notice names: the dossier, the nominee and the award. */
type DossierNoticeCommon = Pick<
  NotificationTemplateParams['dossier.closed'],
  'dossierCode' | 'nomineeName' | 'awardName' | 'awardNameEn'
>;

/** The templates of notices about a dossier (those that name it). */
export type DossierTemplate = {
  [T in NotificationTemplate]: NotificationTemplateParams[T] extends DossierNoticeCommon
    ? T
    : never;
}[NotificationTemplate];

/** What a notice about a dossier adds to what every one names. */
export type DossierNoticeParams<T extends DossierTemplate> = Omit<
  NotificationTemplateParams[T],
  keyof DossierNoticeCommon
>;

/** A notice about this dossier, with what every template names it by. */
export function dossierNotification<T extends DossierTemplate>(
  input: DossierWorkflowInput,
  workflowId: string,
  key: string,
  recipients: NotificationRecipient[],
  template: T,
  params: DossierNoticeParams<T>,
): NotificationRequest {
  const common: DossierNoticeCommon = {
    dossierCode: input.code,
    nomineeName: input.nominee.name,
    awardName: input.awardName.vi,
    awardNameEn: input.awardName.en,
  };
  return notificationRequest({
    idempotencyKey: `${workflowId}:${key}`,
    recipients,
    template,
    // The template's params are the common ones plus `params`, which TypeScript cannot add up itself.
    params: { ...common, ...params } as NotificationTemplateParams[T],
    link: `/dossiers/${input.dossierId}`,
  });
}
