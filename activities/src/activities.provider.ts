import type { Provider } from '@nestjs/common';
import {
  ForwardDossierUseCase,
  InitiativeDecisionsUseCase,
  ApplyDossierChangesUseCase,
  ProjectDossierUseCase,
  RecordDossierSubmissionUseCase,
} from '@tdkt/server-feature-dossier';
import {
  CloseTaskUseCase,
  OpenTaskUseCase,
  RescheduleTaskUseCase,
} from '@tdkt/server-feature-inbox';
import { SendNotificationUseCase } from '@tdkt/server-feature-notifications';
import {
  AlertStuckThresholdUseCase,
  RepairWorkflowUseCase,
  TakeStuckCensusUseCase,
} from '@tdkt/server-feature-operations';
import {
  DecideInitiativeUseCase,
  ListDossiersCitingInitiativeUseCase,
  IssueDecisionUseCase,
  ProjectCouncilMeetingUseCase,
  ReceiveComplaintUseCase,
  ReceiveInitiativeUseCase,
  RecordComplaintStepUseCase,
  RecordCouncilMeetingUseCase,
  RenderCouncilMinutesUseCase,
  RenderDecisionDocumentsUseCase,
} from '@tdkt/server-feature-councils';
import {
  PinClusterScoringTableUseCase,
  RecordClusterReviewUseCase,
  RecordClusterStatusUseCase,
  RecordPactSignatureUseCase,
  RecordSelfScoreUseCase,
} from '@tdkt/server-feature-clusters';
import { EffectiveLegalData, ListCalendarDependentsUseCase } from '@tdkt/server-feature-legal-data';
import {
  FinishDossierImportUseCase,
  PrepareDossierImportUseCase,
  SubmitImportedDossierUseCase,
} from '@tdkt/server-feature-spreadsheets';
import {
  ClosePlanUseCase,
  ComputePlanScheduleUseCase,
  CreateNextYearDraftUseCase,
  RecordPlanItemCompletionUseCase,
  RecordPlanItemRevisionUseCase,
  RecordPlanWindowUseCase,
  RecordQuarterSummaryUseCase,
} from '@tdkt/server-feature-plan';

import { type Activities, type ActivityDependencies, createActivities } from './activities';

/** Injection token of the activity functions the worker registers. */
export const ACTIVITIES = Symbol('ACTIVITIES');

/**
 * The use case behind each activity dependency, the one list the worker and the in-process test worker
 * both build from; add a line when an activity needs a new one.
 */
export const ACTIVITY_USE_CASES: {
  [K in keyof ActivityDependencies]: new (...args: never[]) => ActivityDependencies[K];
} = {
  recordDossierSubmission: RecordDossierSubmissionUseCase,
  projectDossier: ProjectDossierUseCase,
  applyDossierChanges: ApplyDossierChangesUseCase,
  forwardDossier: ForwardDossierUseCase,
  initiativeDecisions: InitiativeDecisionsUseCase,
  openTask: OpenTaskUseCase,
  closeTask: CloseTaskUseCase,
  rescheduleTask: RescheduleTaskUseCase,
  computePlanSchedule: ComputePlanScheduleUseCase,
  recordPlanItemCompletion: RecordPlanItemCompletionUseCase,
  recordPlanItemRevision: RecordPlanItemRevisionUseCase,
  recordQuarterSummary: RecordQuarterSummaryUseCase,
  recordPlanWindow: RecordPlanWindowUseCase,
  createNextYearDraft: CreateNextYearDraftUseCase,
  closePlan: ClosePlanUseCase,
  sendNotification: SendNotificationUseCase,
  takeStuckCensus: TakeStuckCensusUseCase,
  alertStuckThreshold: AlertStuckThresholdUseCase,
  repairWorkflow: RepairWorkflowUseCase,
  recordCouncilMeeting: RecordCouncilMeetingUseCase,
  projectCouncilMeeting: ProjectCouncilMeetingUseCase,
  renderCouncilMinutes: RenderCouncilMinutesUseCase,
  issueDecision: IssueDecisionUseCase,
  renderDecisionDocuments: RenderDecisionDocumentsUseCase,
  receiveInitiative: ReceiveInitiativeUseCase,
  decideInitiative: DecideInitiativeUseCase,
  listDossiersCitingInitiative: ListDossiersCitingInitiativeUseCase,
  legalData: EffectiveLegalData,
  listCalendarDependents: ListCalendarDependentsUseCase,
  prepareDossierImport: PrepareDossierImportUseCase,
  submitImportedDossier: SubmitImportedDossierUseCase,
  finishDossierImport: FinishDossierImportUseCase,
  receiveComplaint: ReceiveComplaintUseCase,
  recordComplaintStep: RecordComplaintStepUseCase,
  recordClusterStatus: RecordClusterStatusUseCase,
  recordPactSignature: RecordPactSignatureUseCase,
  pinClusterScoringTable: PinClusterScoringTableUseCase,
  recordSelfScore: RecordSelfScoreUseCase,
  recordClusterReview: RecordClusterReviewUseCase,
};

const NAMES = Object.keys(ACTIVITY_USE_CASES);

/**
 * Builds every activity from the use cases Nest provides. They are injected (not looked up) so that
 * Nest finishes building each one, with its own dependencies, before the activities are made.
 */
export const activitiesProvider: Provider<Activities> = {
  provide: ACTIVITIES,
  inject: Object.values(ACTIVITY_USE_CASES),
  useFactory: (...useCases: unknown[]) =>
    createActivities(
      Object.fromEntries(
        NAMES.map((name, index) => [name, useCases[index]]),
      ) as unknown as ActivityDependencies,
    ),
};
