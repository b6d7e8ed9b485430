import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the web app never answers for: the API, health, and the API's docs live under these. */
const NOT_THE_APP = /^\/(api|health)(\/|$)/;

/**
 * What index.html may load: only this origin's scripts (no inline script), Ant Design's injected
 * styles, images and fonts from here or data: URLs; no framing, no plugins; forms and fetches go
 * only here.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the web app's build at `/`: files under /assets/ carry a content hash in their names and are
 * cached for a year; index.html is never cached, so a new build reaches people on their next load.
 * Any other GET that asks for HTML and is not under /api or /health gets index.html, so that the
 * app's own routes (e.g. /dossiers/…) survive a reload. Without a build, `/` says how to get one.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): void {
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  app.useStaticAssets(dir, { index: false, maxAge: '1h', dotfiles: 'ignore' });
  // An asset of an older build: a plain 404, never the app's page in place of a script.
  app.use('/assets', (_request: Request, response: Response) => {
    response.status(404).type('text/plain').send('Not found');
  });
  const indexFile = join(dir, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (NOT_THE_APP.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    if (!existsSync(indexFile)) {
      response
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'Ứng dụng web chưa được build: chạy `npm start` (tự build) hoặc `npm run web:build`.\n' +
            'The web app is not built: run `npm start` (it builds it) or `npm run web:build`.\n',
        );
      return;
    }
    response.type('html').send(readFileSync(indexFile));
  });
}
