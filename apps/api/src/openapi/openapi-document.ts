import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { listRoutes } from '../auth/route-catalog';
import { documentErrorResponses } from './error-responses';

/** The API's OpenAPI document, as served at /api/openapi.json and as the web app's client is generated from. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('TĐKT — Hệ thống quy trình hồ sơ thi đua, khen thưởng')
      .setDescription(
        'API of the commendation-dossier workflow engine. Errors carry a stable `code` and a message in Vietnamese and English.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  documentErrorResponses(document, listRoutes(app));
  return document;
}
