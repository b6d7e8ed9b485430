import { type DynamicModule, Module } from '@nestjs/common';
import type { Connection } from '@temporalio/client';
import { activitiesProvider } from '@tdkt/activities';
import { ConfigModule } from '@tdkt/server-config';
import { DatabaseModule } from '@tdkt/server-database';
import { ClustersModule } from '@tdkt/server-feature-clusters';
import { CouncilsModule } from '@tdkt/server-feature-councils';
import { DossierModule } from '@tdkt/server-feature-dossier';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { LegalDataModule } from '@tdkt/server-feature-legal-data';
import { NotificationDeliveryModule } from '@tdkt/server-feature-notifications';
import {
  OPERATIONS_WORKER_PROVIDERS,
  OperationsModule,
  operationsSettingsFrom,
} from '@tdkt/server-feature-operations';
import { PlanModule } from '@tdkt/server-feature-plan';
import { SpreadsheetsModule } from '@tdkt/server-feature-spreadsheets';
import { TemporalClientModule } from '@tdkt/server-temporal-client';
import { Registry } from 'prom-client';
import { ActivityMetrics } from './metrics/activity-metrics';
import { notificationSettingsFrom } from './notification-settings';
import { TemporalWorkerService } from './temporal-worker.service';
import type { WorkerConfig } from './worker-config';

/**
 * The worker's Nest context: the use cases the activities call, the Temporal worker, and the metrics
 * registry its /metrics listener serves (the only HTTP it has, and only when configured).
 */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig, temporal: Connection): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot('tdkt-worker'),
        TemporalClientModule.forConnection(temporal),
        DossierModule,
        InboxModule,
        LegalDataModule,
        PlanModule,
        CouncilsModule,
        ClustersModule,
        SpreadsheetsModule,
        NotificationDeliveryModule.forRoot(notificationSettingsFrom(config)),
        OperationsModule.forRoot(operationsSettingsFrom(config)),
      ],
      providers: [
        activitiesProvider,
        TemporalWorkerService,
        ...OPERATIONS_WORKER_PROVIDERS,
        { provide: Registry, useValue: new Registry() },
        {
          provide: ActivityMetrics,
          inject: [Registry],
          useFactory: (registry: Registry) => new ActivityMetrics(registry),
        },
      ],
    };
  }
}
