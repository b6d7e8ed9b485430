import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { Logger } from 'nestjs-pino';
import type { ApiConfig } from './api-config';
import { assertEveryRouteDeclaresAccess, listRoutes } from './auth/route-catalog';
import { AppExceptionFilter } from './errors/app-exception.filter';
import { createValidationPipe } from './errors/validation-pipe';
import { RejectBodyWhereNoneIsTakenInterceptor } from './http/no-body.interceptor';
import { corsAllowList, securityHeaders } from './http/security-headers';
import { TemporalDeadlineInterceptor } from './http/temporal-deadline.interceptor';
import { validTextMiddleware } from './http/valid-text.middleware';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { serveWebApp } from './web/serve-web-app';

/**
 * Everything main.ts and the tests both apply to the app: logging, security headers and CORS,
 * validation, errors, deadlines, OpenAPI (not in production unless asked); and a refusal to start when
 * a route does not declare who may call it.
 */
export function configureApp(app: NestExpressApplication, config: ApiConfig): INestApplication {
  assertEveryRouteDeclaresAccess(app);
  app.useLogger(app.get(Logger));
  if (config.API_TRUST_PROXY !== undefined)
    app.set('trust proxy', trustProxy(config.API_TRUST_PROXY));
  app.use(securityHeaders());
  const corsOrigins = listOf(config.API_CORS_ORIGINS);
  if (corsOrigins.length > 0) app.enableCors(corsAllowList(corsOrigins));
  app.useBodyParser('json', { limit: `${config.API_JSON_LIMIT_KB}kb` });
  // Before any guard reads the database or a handler runs: text nothing downstream can carry is a 400.
  app.use(validTextMiddleware(listRoutes(app)));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(
    new RejectBodyWhereNoneIsTakenInterceptor(),
    new TemporalDeadlineInterceptor(app.get(Client), config.API_TEMPORAL_TIMEOUT_SECONDS),
  );
  app.useGlobalFilters(new AppExceptionFilter());
  app.enableShutdownHooks();
  app.disable('x-powered-by');

  // Production serves no interactive docs unless asked to (API_DOCS=on); the web app is always served.
  if ((config.API_DOCS ?? (config.NODE_ENV === 'production' ? 'off' : 'on')) === 'on') {
    const document = buildOpenApiDocument(app);
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  }
  serveWebApp(app, config.WEB_APP_DIR);
  return app;
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Express takes a hop count as a number and anything else (loopback, addresses) as text. */
function trustProxy(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}
