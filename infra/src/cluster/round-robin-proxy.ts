import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';

export interface Backend {
  host: string;
  port: number;
}

/**
 * A small HTTP load balancer on loopback, standing in for the one in front of several API processes:
 * each request goes to the next backend in turn. A backend that refuses the connection (its process is
 * gone) is skipped for that request, as a load balancer's passive health check does; a request already
 * sent is never sent again (it may not be idempotent), the client gets 502 and resends with its
 * Idempotency-Key.
 */
export class RoundRobinProxy {
  /** Requests each backend answered, by index. */
  readonly answered: number[];
  /** Requests passed to the next backend because one refused the connection. */
  skipped = 0;
  private next = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly backends: readonly Backend[],
  ) {
    this.answered = backends.map(() => 0);
  }

  static async start(backends: readonly Backend[], port = 0): Promise<RoundRobinProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    const proxy = new RoundRobinProxy(
      server,
      typeof address === 'object' && address !== null ? address.port : port,
      backends,
    );
    server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) =>
      proxy.forward(incoming, outgoing),
    );
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(incoming: IncomingMessage, outgoing: ServerResponse): void {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => this.send(incoming, Buffer.concat(chunks), outgoing, 0));
  }

  private send(incoming: IncomingMessage, body: Buffer, outgoing: ServerResponse, tried: number) {
    if (tried === this.backends.length) {
      outgoing.writeHead(502, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ code: 'BAD_GATEWAY', message: 'no API process answered' }));
      return;
    }
    const index = this.next;
    this.next = (this.next + 1) % this.backends.length;
    const backend = this.backends[index]!;
    let connected = false;
    const upstream = httpRequest(
      {
        host: backend.host,
        port: backend.port,
        method: incoming.method,
        path: incoming.url,
        // A fresh connection each time, so "refused" always means the request was never sent.
        agent: false,
        headers: { ...incoming.headers, 'x-forwarded-for': incoming.socket.remoteAddress ?? '' },
      },
      (answer) => {
        this.answered[index]! += 1;
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('socket', (socket) => socket.on('connect', () => (connected = true)));
    upstream.on('error', () => {
      if (!connected) {
        this.skipped += 1;
        return this.send(incoming, body, outgoing, tried + 1);
      }
      if (outgoing.headersSent) return outgoing.destroy();
      outgoing.writeHead(502, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ code: 'BAD_GATEWAY', message: 'the API process went away' }));
    });
    upstream.end(body);
  }
}
