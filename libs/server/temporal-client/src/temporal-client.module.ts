import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ServerConfig } from '@tdkt/server-config';
import { WorkerPresence } from './worker-presence';
import { WorkflowUpdates } from './workflow-updates';

/**
 * Provides a Temporal Client over a connection the process opened at boot (with connectToTemporal,
 * so that an unreachable server fails with a clear message before Nest starts), what tells whether a
 * worker serves the task queue, and safely retried updates. Closed on shutdown.
 */
@Global()
@Module({})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  static forConnection(connection: Connection): DynamicModule {
    const providers = [
      { provide: Connection, useValue: connection },
      {
        provide: Client,
        inject: [ServerConfig],
        useFactory: (config: ServerConfig) =>
          new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
      },
      WorkerPresence,
      WorkflowUpdates,
    ];
    return {
      module: TemporalClientModule,
      providers,
      exports: [Connection, Client, WorkerPresence, WorkflowUpdates],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
