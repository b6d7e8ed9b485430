import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Connection } from '@temporalio/client';
import { LoggerModule } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { ConfigModule } from '@tdkt/server-config';
import { DatabaseModule } from '@tdkt/server-database';
import { ClustersModule } from '@tdkt/server-feature-clusters';
import { CouncilsModule } from '@tdkt/server-feature-councils';
import { DossierModule } from '@tdkt/server-feature-dossier';
import { IdentityModule } from '@tdkt/server-feature-identity';
import { InboxModule } from '@tdkt/server-feature-inbox';
import { LegalDataModule } from '@tdkt/server-feature-legal-data';
import { NotificationInboxModule } from '@tdkt/server-feature-notifications';
import { PlanModule } from '@tdkt/server-feature-plan';
import { SpreadsheetsModule } from '@tdkt/server-feature-spreadsheets';
import { StatisticsModule } from '@tdkt/server-feature-statistics';
import {
  OperationsMetrics,
  OperationsModule,
  operationsSettingsFrom,
} from '@tdkt/server-feature-operations';
import { createLogger } from '@tdkt/server-observability';
import { TemporalClientModule } from '@tdkt/server-temporal-client';
import type { ApiConfig } from './api-config';
import { AdminTasksController } from './admin/admin-tasks.controller';
import { BulkController } from './admin/bulk.controller';
import { StuckController } from './admin/stuck.controller';
import { WorkflowsController } from './admin/workflows.controller';
import { AuditController } from './audit/audit.controller';
import { CouncilMeetingsController } from './councils/council-meetings.controller';
import { DecisionsController } from './councils/decisions.controller';
import { ClustersController } from './clusters/clusters.controller';
import { InitiativesController } from './councils/initiatives.controller';
import { ComplaintsController } from './complaints/complaints.controller';
import { RevocationsController } from './complaints/revocations.controller';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { PostgresThrottlerStorage } from './auth/postgres-throttler-storage';
import { identityOptionsFrom } from './auth/identity-options';
import { ResourceUnitLookup } from './auth/resource-unit-lookup';
import { SsoController } from './auth/sso.controller';
import { WebSessionController } from './auth/web-session.controller';
import { DossierFilesController } from './dossiers/dossier-files.controller';
import { DossiersController } from './dossiers/dossiers.controller';
import { DossierReferences } from './dossiers/dossier-reference';
import { IntegrationsController } from './integrations/integrations.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { EmulationRegistrationsController, PlansController } from './plans/plans.controller';
import { TasksController } from './tasks/tasks.controller';
import { HealthController } from './health/health.controller';
import { requestIdFor } from './http/request-id';
import { UnitsController } from './units/units.controller';
import { RoleGrantsController } from './users/role-grants.controller';
import { UsersController } from './users/users.controller';
import { AwardsController } from './rules/awards.controller';
import { RuleSetsController } from './rules/rule-sets.controller';
import { ReportsController } from './reports/reports.controller';
import { CalendarController } from './rules/calendar.controller';
import { EligibilityController } from './rules/eligibility.controller';
import { LegalDataController } from './legal-data/legal-data.controller';
import { DossierImportsController } from './spreadsheets/dossier-imports.controller';
import { ExportsController } from './spreadsheets/exports.controller';
import { StatisticsController } from './statistics/statistics.controller';
import { PublicDisclosureController } from './disclosure/public-disclosure.controller';

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
        ThrottlerModule.forRootAsync({
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [
              {
                // 'default' keeps the standard Retry-After header name (others get a suffix).
                name: 'default',
                ttl: config.LOGIN_RATE_LIMIT_WINDOW_SECONDS * 1000,
                limit: config.LOGIN_RATE_LIMIT,
              },
            ],
            // Shared by every API process.
            storage: new PostgresThrottlerStorage(dataSource),
          }),
        }),
        DatabaseModule.forRoot('tdkt-api', {
          connectTimeoutMs: config.API_DATABASE_TIMEOUT_SECONDS * 1000,
          queryTimeoutMs: config.API_DATABASE_TIMEOUT_SECONDS * 1000,
        }),
        TemporalClientModule.forConnection(temporal),
        IdentityModule.forRoot(identityOptionsFrom(config)),
        DossierModule,
        InboxModule,
        LegalDataModule,
        CouncilsModule,
        ClustersModule,
        PlanModule,
        SpreadsheetsModule,
        StatisticsModule,
        NotificationInboxModule,
        OperationsModule.forRoot(operationsSettingsFrom(config)),
      ],
      controllers: [
        HealthController,
        AuthController,
        SsoController,
        WebSessionController,
        DossiersController,
        DossierFilesController,
        TasksController,
        IntegrationsController,
        PlansController,
        EmulationRegistrationsController,
        NotificationsController,
        UnitsController,
        UsersController,
        RoleGrantsController,
        AuditController,
        AwardsController,
        RuleSetsController,
        EligibilityController,
        CalendarController,
        StuckController,
        WorkflowsController,
        AdminTasksController,
        BulkController,
        CouncilMeetingsController,
        InitiativesController,
        ComplaintsController,
        RevocationsController,
        ClustersController,
        DecisionsController,
        LegalDataController,
        DossierImportsController,
        ExportsController,
        StatisticsController,
        PublicDisclosureController,
        ReportsController,
      ],
      providers: [
        ResourceUnitLookup,
        DossierReferences,
        OperationsMetrics,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
