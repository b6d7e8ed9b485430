import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ServerConfig } from './server-config';

/**
 * Makes the already validated config injectable, under its own class and under ServerConfig
 * so that shared modules (database, Temporal client) can depend on the base class.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot<T extends ServerConfig>(config: T): DynamicModule {
    const providers = [{ provide: ServerConfig, useValue: config }];
    if (config.constructor !== ServerConfig) {
      providers.push({ provide: config.constructor as typeof ServerConfig, useValue: config });
    }
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}
