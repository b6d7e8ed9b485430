import { randomBytes } from 'node:crypto';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Connection } from '@temporalio/client';
import { createActivities } from '@tdkt/activities';
import { ConfigModule, loadConfig, ServerConfig } from '@tdkt/server-config';
import { createDataSource, DatabaseModule } from '@tdkt/server-database';
import {
  DossierModule,
  ForwardDossierUseCase,
  InitiativeDecisionsUseCase,
  ApplyDossierChangesUseCase,
  ProjectDossierUseCase,
  RecordDossierSubmissionUseCase,
} from '@tdkt/server-feature-dossier';
import {
  CloseTaskUseCase,
  InboxModule,
  OpenTaskUseCase,
  RescheduleTaskUseCase,
} from '@tdkt/server-feature-inbox';
import {
  NotificationDeliveryModule,
  NotificationInboxModule,
  SendNotificationUseCase,
  type NotificationDeliverySettings,
} from '@tdkt/server-feature-notifications';
import {
  ClosePlanUseCase,
  ComputePlanScheduleUseCase,
  CreateNextYearDraftUseCase,
  PlanModule,
  RecordPlanItemCompletionUseCase,
  RecordPlanItemRevisionUseCase,
  RecordPlanWindowUseCase,
  RecordQuarterSummaryUseCase,
} from '@tdkt/server-feature-plan';
import {
  AlertStuckThresholdUseCase,
  OPERATIONS_WORKER_PROVIDERS,
  OperationsModule,
  operationsSettingsFrom,
  RepairWorkflowUseCase,
  TakeStuckCensusUseCase,
} from '@tdkt/server-feature-operations';
import {
  CouncilsModule,
  DecideInitiativeUseCase,
  InitiativeViewsUseCase,
  IssueDecisionUseCase,
  ProjectCouncilMeetingUseCase,
  ReceiveInitiativeUseCase,
  RecordCouncilMeetingUseCase,
  RenderCouncilMinutesUseCase,
  RenderDecisionDocumentsUseCase,
} from '@tdkt/server-feature-councils';
import { seedDemoData } from '@tdkt/server-seed';
import { RunDossierImportUseCase, SpreadsheetsModule } from '@tdkt/server-feature-spreadsheets';
import { TemporalClientModule } from '@tdkt/server-temporal-client';
import { createTestDatabase, dropTestDatabase } from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import {
  EffectiveLegalData,
  LegalDataModule,
  ListCalendarDependentsUseCase,
} from '@tdkt/server-feature-legal-data';
import { TEST_ENV, testEnv } from './test-env';

/** The worker's use-case modules (operations included), as apps/worker wires them, with delivery settings chosen by the test. */
@Module({})
class InProcessWorkerModule {
  static forRoot(
    config: ServerConfig,
    temporal: Connection,
    notifications: NotificationDeliverySettings,
  ): DynamicModule {
    return {
      module: InProcessWorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot('tdkt-test-worker'),
        TemporalClientModule.forConnection(temporal),
        DossierModule,
        InboxModule,
        LegalDataModule,
        PlanModule,
        NotificationDeliveryModule.forRoot(notifications),
        NotificationInboxModule,
        OperationsModule.forRoot(operationsSettingsFrom(config)),
        CouncilsModule,
        SpreadsheetsModule,
      ],
      providers: OPERATIONS_WORKER_PROVIDERS,
      exports: OPERATIONS_WORKER_PROVIDERS,
    };
  }
}

/**
 * The real use cases and activities in this process, on a fresh seeded database (with the test-only
 * role_grants table), talking to the given Temporal server: for workflow tests that run their worker
 * in-process, e.g. on the time-skipping server.
 */
export interface WorkerContext {
  app: INestApplicationContext;
  db: DataSource;
  activities(): ReturnType<typeof createActivities>;
  get<T>(type: new (...args: never[]) => T): T;
  stop(): Promise<void>;
}

export async function startWorkerContext(options: {
  /** Temporal frontend address; the context opens (and on stop closes) its own client connection. */
  temporalAddress: string;
  /** Defaults to the project's namespace (the shared dev server); the time-skipping server uses `default`. */
  temporalNamespace?: string;
  taskQueue: string;
  notifications?: Partial<NotificationDeliverySettings>;
  /** More configuration, e.g. RULES_AS_OF to run under a past period's rules and organisation. */
  env?: Record<string, string>;
}): Promise<WorkerContext> {
  const adminUrl = testEnv(TEST_ENV.pgAdminUrl);
  const databaseName = `wc_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await createTestDatabase(adminUrl, databaseName);
  const db = createDataSource({ url: databaseUrl, poolSize: 2, applicationName: 'tdkt-test' });
  await db.initialize();
  await seedDemoData(db);
  const config = loadConfig(ServerConfig, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    TEMPORAL_TASK_QUEUE: options.taskQueue,
    ...(options.temporalNamespace ? { TEMPORAL_NAMESPACE: options.temporalNamespace } : {}),
    ...options.env,
  });
  const temporal = await Connection.connect({ address: options.temporalAddress });
  const app = await NestFactory.createApplicationContext(
    InProcessWorkerModule.forRoot(config, temporal, {
      smtp: null,
      webhooks: null,
      publicUrl: 'http://tdkt.test',
      ...options.notifications,
    }),
    { logger: ['error'] },
  );
  return {
    app,
    db,
    activities: () =>
      createActivities({
        recordDossierSubmission: app.get(RecordDossierSubmissionUseCase),
        projectDossier: app.get(ProjectDossierUseCase),
        applyDossierChanges: app.get(ApplyDossierChangesUseCase),
        forwardDossier: app.get(ForwardDossierUseCase),
        initiativeDecisions: app.get(InitiativeDecisionsUseCase),
        legalData: app.get(EffectiveLegalData),
        listCalendarDependents: app.get(ListCalendarDependentsUseCase),
        openTask: app.get(OpenTaskUseCase),
        closeTask: app.get(CloseTaskUseCase),
        rescheduleTask: app.get(RescheduleTaskUseCase),
        computePlanSchedule: app.get(ComputePlanScheduleUseCase),
        recordPlanItemCompletion: app.get(RecordPlanItemCompletionUseCase),
        recordPlanItemRevision: app.get(RecordPlanItemRevisionUseCase),
        recordQuarterSummary: app.get(RecordQuarterSummaryUseCase),
        recordPlanWindow: app.get(RecordPlanWindowUseCase),
        createNextYearDraft: app.get(CreateNextYearDraftUseCase),
        closePlan: app.get(ClosePlanUseCase),
        sendNotification: app.get(SendNotificationUseCase),
        takeStuckCensus: app.get(TakeStuckCensusUseCase),
        alertStuckThreshold: app.get(AlertStuckThresholdUseCase),
        repairWorkflow: app.get(RepairWorkflowUseCase),
        recordCouncilMeeting: app.get(RecordCouncilMeetingUseCase),
        projectCouncilMeeting: app.get(ProjectCouncilMeetingUseCase),
        renderCouncilMinutes: app.get(RenderCouncilMinutesUseCase),
        issueDecision: app.get(IssueDecisionUseCase),
        renderDecisionDocuments: app.get(RenderDecisionDocumentsUseCase),
        receiveInitiative: app.get(ReceiveInitiativeUseCase),
        decideInitiative: app.get(DecideInitiativeUseCase),
        initiativeViews: app.get(InitiativeViewsUseCase),
        runDossierImport: app.get(RunDossierImportUseCase),
      }),
    get: (type) => app.get(type),
    async stop() {
      await app.close();
      await db.destroy();
      await dropTestDatabase(adminUrl, databaseName);
    },
  };
}
