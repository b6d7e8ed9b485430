import { type DynamicModule, Module } from '@nestjs/common';
import type { Connection } from '@temporalio/client';
import { ConfigModule } from '@tdkt/server-config';
import { DatabaseModule } from '@tdkt/server-database';
import { CouncilsModule } from '@tdkt/server-feature-councils';
import { DossierModule } from '@tdkt/server-feature-dossier';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { NotificationDeliveryModule } from '@tdkt/server-feature-notifications';
import { PlanModule } from '@tdkt/server-feature-plan';
import { TemporalClientModule } from '@tdkt/server-temporal-client';
import { activitiesProvider } from './activities.provider';
import { notificationSettingsFrom } from './notification-settings';
import { TemporalWorkerService } from './temporal-worker.service';
import type { WorkerConfig } from './worker-config';

/** The worker's Nest context: no HTTP, just the use cases the activities call and the Temporal worker. */
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
        PlanModule,
        CouncilsModule,
        NotificationDeliveryModule.forRoot(notificationSettingsFrom(config)),
      ],
      providers: [activitiesProvider, TemporalWorkerService],
    };
  }
}
