import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { ApiConfig } from './api-config';
import { assertEveryRouteDeclaresAccess, listRoutes } from './auth/route-catalog';
import { AppExceptionFilter } from './errors/app-exception.filter';
import { createValidationPipe } from './errors/validation-pipe';
import { RejectBodyWhereNoneIsTakenInterceptor } from './http/no-body.interceptor';
import { validTextMiddleware } from './http/valid-text.middleware';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { serveWebApp } from './web/serve-web-app';

/**
 * Everything main.ts and the tests both apply to the app: logging, validation, errors, OpenAPI; and a
 * refusal to start when a route does not declare who may call it.
 */
export function configureApp(app: NestExpressApplication, config: ApiConfig): INestApplication {
  assertEveryRouteDeclaresAccess(app);
  app.useLogger(app.get(Logger));
  if (config.API_TRUST_PROXY !== undefined)
    app.set('trust proxy', trustProxy(config.API_TRUST_PROXY));
  app.useBodyParser('json', { limit: `${config.API_JSON_LIMIT_KB}kb` });
  // Before any guard reads the database or a handler runs: text nothing downstream can carry is a 400.
  app.use(validTextMiddleware(listRoutes(app)));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new RejectBodyWhereNoneIsTakenInterceptor());
  app.useGlobalFilters(new AppExceptionFilter());
  app.enableShutdownHooks();
  app.disable('x-powered-by');

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  serveWebApp(app, config.WEB_APP_DIR);
  return app;
}

/** Express takes a hop count as a number and anything else (loopback, addresses) as text. */
function trustProxy(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}
