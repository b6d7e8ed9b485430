import { Injectable } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '@tdkt/activities';
import { RecordDossierSubmissionUseCase } from '@tdkt/server-feature-dossier';
import {
  CloseTaskUseCase,
  OpenTaskUseCase,
  RescheduleTaskUseCase,
} from '@tdkt/server-feature-inbox';
import { SendNotificationUseCase } from '@tdkt/server-feature-notifications';
import {
  ClosePlanUseCase,
  ComputePlanScheduleUseCase,
  CreateNextYearDraftUseCase,
  RecordPlanItemCompletionUseCase,
  RecordPlanItemRevisionUseCase,
  RecordPlanWindowUseCase,
  RecordQuarterSummaryUseCase,
} from '@tdkt/server-feature-plan';
import { TemporalUnreachableError, temporalSettingsFromConfig } from '@tdkt/server-temporal-client';
import { WorkerConfig } from './worker-config';

/** Builds the Temporal worker from Nest-provided use cases and runs it until shutdown. */
@Injectable()
export class TemporalWorkerService {
  constructor(
    private readonly config: WorkerConfig,
    private readonly recordDossierSubmission: RecordDossierSubmissionUseCase,
    private readonly openTask: OpenTaskUseCase,
    private readonly closeTask: CloseTaskUseCase,
    private readonly rescheduleTask: RescheduleTaskUseCase,
    private readonly computePlanSchedule: ComputePlanScheduleUseCase,
    private readonly recordPlanItemCompletion: RecordPlanItemCompletionUseCase,
    private readonly recordPlanItemRevision: RecordPlanItemRevisionUseCase,
    private readonly recordQuarterSummary: RecordQuarterSummaryUseCase,
    private readonly recordPlanWindow: RecordPlanWindowUseCase,
    private readonly createNextYearDraft: CreateNextYearDraftUseCase,
    private readonly closePlan: ClosePlanUseCase,
    private readonly sendNotification: SendNotificationUseCase,
  ) {}

  /** Activities wired to this process's use cases; exposed so tests can run the same set. */
  activities() {
    return createActivities({
      recordDossierSubmission: this.recordDossierSubmission,
      openTask: this.openTask,
      closeTask: this.closeTask,
      rescheduleTask: this.rescheduleTask,
      computePlanSchedule: this.computePlanSchedule,
      recordPlanItemCompletion: this.recordPlanItemCompletion,
      recordPlanItemRevision: this.recordPlanItemRevision,
      recordQuarterSummary: this.recordQuarterSummary,
      recordPlanWindow: this.recordPlanWindow,
      createNextYearDraft: this.createNextYearDraft,
      closePlan: this.closePlan,
      sendNotification: this.sendNotification,
    });
  }

  async create(): Promise<{ worker: Worker; connection: NativeConnection }> {
    const settings = temporalSettingsFromConfig(this.config);
    let connection: NativeConnection;
    try {
      connection = await NativeConnection.connect({
        address: settings.address,
        tls: settings.tls,
        apiKey: settings.apiKey,
      });
    } catch (error) {
      throw new TemporalUnreachableError(settings, error);
    }
    const worker = await Worker.create({
      connection,
      namespace: settings.namespace,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      activities: this.activities(),
      ...(this.config.WORKFLOW_BUNDLE_PATH
        ? { workflowBundle: { codePath: this.config.WORKFLOW_BUNDLE_PATH } }
        : { workflowsPath: require.resolve('@tdkt/workflows') }),
      maxConcurrentActivityTaskExecutions: this.config.WORKER_MAX_CONCURRENT_ACTIVITIES,
      maxConcurrentWorkflowTaskExecutions: this.config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
      shutdownGraceTime: '20 seconds',
    });
    return { worker, connection };
  }
}
