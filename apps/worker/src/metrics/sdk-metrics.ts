import { createServer } from 'node:net';

/** A free port on loopback, for the Temporal SDK's own Prometheus exporter (read back by /metrics). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** The SDK exporter's exposition text, to append to the worker's own. */
export async function readSdkMetrics(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`, {
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`Temporal SDK metrics answered ${response.status}`);
  return response.text();
}
