import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { ApiConfig } from './api-config';
import { AppExceptionFilter } from './errors/app-exception.filter';
import { createValidationPipe } from './errors/validation-pipe';

/** Everything main.ts and the tests both apply to the app: logging, validation, errors, OpenAPI. */
export function configureApp(app: NestExpressApplication, config: ApiConfig): INestApplication {
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: `${config.API_JSON_LIMIT_KB}kb` });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AppExceptionFilter());
  app.enableShutdownHooks();
  app.disable('x-powered-by');

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('TĐKT — Hệ thống quy trình hồ sơ thi đua, khen thưởng')
      .setDescription(
        'API of the commendation-dossier workflow engine. Errors carry a stable `code` and a message in Vietnamese and English.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  return app;
}
