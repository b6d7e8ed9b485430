import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import helmet from 'helmet';

/**
 * The response headers that keep a browser from being turned against the people using the system:
 * a Content-Security-Policy fit for the web app this API serves (a Vite build of React and Ant Design:
 * its own scripts, styles, fonts and images only; Ant Design writes inline styles, the one
 * concession), no framing, no MIME sniffing, no referrer, HSTS for HTTPS deployments, and
 * same-origin isolation.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
}

/** Headers a browser on an allowed origin may send and read. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'x-request-id'];
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'location', 'idempotent-replayed'];

/**
 * Cross-origin access for the origins listed in API_CORS_ORIGINS only (another site's pages get no
 * CORS headers, so browsers keep them out); the web app this API serves is same-origin and needs none.
 */
export function corsAllowList(origins: readonly string[]): CorsOptions {
  const allowed = new Set(origins);
  return {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  };
}
