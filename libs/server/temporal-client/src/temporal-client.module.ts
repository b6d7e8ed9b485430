import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ServerConfig } from '@tdkt/server-config';
import { connectToTemporal } from './connect';
import { temporalSettingsFromConfig } from './connection-settings';

/** Provides a Temporal Client connected to the configured namespace, closed on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: Connection,
      inject: [ServerConfig],
      useFactory: (config: ServerConfig) => connectToTemporal(temporalSettingsFromConfig(config)),
    },
    {
      provide: Client,
      inject: [Connection, ServerConfig],
      useFactory: (connection: Connection, config: ServerConfig) =>
        new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
    },
  ],
  exports: [Connection, Client],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
