import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Connection } from '@temporalio/client';
import { loadConfig } from '@tdkt/server-config';
import { ApiConfig } from '../api-config';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Prints the API's OpenAPI document without a database or Temporal: Nest's preview mode reads the
 * routes and their decorators without creating any provider, so nothing connects anywhere.
 */
async function main(): Promise<void> {
  const config = loadConfig(ApiConfig, {
    DATABASE_URL: 'postgres://openapi:openapi@127.0.0.1:1/openapi',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    JWT_SECRET: 'openapi-document-only-never-signs-anything',
  });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, {} as Connection),
    { preview: true, logger: false, abortOnError: false },
  );
  const document = buildOpenApiDocument(app);
  await app.close();
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
