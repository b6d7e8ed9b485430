import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

export interface MetricsServerOptions {
  host: string;
  port: number;
  registry: Registry;
  /** More exposition text appended to the registry's (e.g. the Temporal SDK's own metrics). */
  more?: () => Promise<string>;
}

/**
 * Serves Prometheus metrics at GET /metrics on an address of its own, apart from the application's
 * port: bind it to an internal interface, where only the scraper reaches it. Nothing else is served.
 */
export async function startMetricsServer(options: MetricsServerOptions): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    void (async () => {
      try {
        const own = await options.registry.metrics();
        const more = options.more ? await options.more() : '';
        response.writeHead(200, { 'content-type': options.registry.contentType });
        response.end(more === '' ? own : `${own}\n${more}`);
      } catch (error) {
        response.writeHead(503, { 'content-type': 'text/plain' });
        response.end(`metrics unavailable: ${(error as Error).message}\n`);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}
