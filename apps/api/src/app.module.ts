import { type DynamicModule, Module } from '@nestjs/common';
import type { Connection } from '@temporalio/client';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from '@tdkt/server-config';
import { DatabaseModule } from '@tdkt/server-database';
import { DossierModule } from '@tdkt/server-feature-dossier';
import { createLogger } from '@tdkt/server-observability';
import { TemporalClientModule } from '@tdkt/server-temporal-client';
import type { ApiConfig } from './api-config';
import { DossiersController } from './dossiers/dossiers.controller';
import { HealthController } from './health/health.controller';
import { requestIdFor } from './http/request-id';
import { AwardsController } from './rules/awards.controller';
import { CalendarController } from './rules/calendar.controller';
import { EligibilityController } from './rules/eligibility.controller';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, temporal: Connection): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            logger: createLogger('api', config.LOG_LEVEL),
            genReqId: requestIdFor,
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
            customLogLevel: (_request, response, error) =>
              error || response.statusCode >= 500
                ? 'error'
                : response.statusCode >= 400
                  ? 'warn'
                  : 'info',
          },
        }),
        DatabaseModule.forRoot('tdkt-api'),
        TemporalClientModule.forConnection(temporal),
        DossierModule,
      ],
      controllers: [
        HealthController,
        DossiersController,
        AwardsController,
        EligibilityController,
        CalendarController,
      ],
    };
  }
}
