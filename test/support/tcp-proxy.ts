import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on loopback in front of one server (e.g. PostgreSQL), for fault tests: `cut()` drops
 * every connection and refuses new ones, as a network outage does, until `restore()`; `freeze()`
 * keeps connections open and accepts new ones but passes nothing on, as a server stopped with SIGSTOP
 * does, until `thaw()` delivers what waited. Only the processes pointed at the proxy see the outage;
 * the shared server keeps serving everyone else.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private frozen = false;
  private readonly held: (() => void)[] = [];

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const probe = createServer();
    const port = await new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      }),
    );
    const proxy = new TcpProxy(port, target);
    await proxy.restore();
    return proxy;
  }

  /** Starts accepting connections again, on the same port. */
  async restore(): Promise<void> {
    if (this.server !== null) return;
    const server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      this.forward(client, upstream);
      this.forward(upstream, client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  /** Drops every open connection and stops listening: connecting is refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Holds every byte in both directions, on open connections and new ones, until thaw(). */
  freeze(): void {
    this.frozen = true;
  }

  /** Delivers what was held and forwards again. */
  thaw(): void {
    this.frozen = false;
    for (const deliver of this.held.splice(0)) deliver();
  }

  async stop(): Promise<void> {
    this.thaw();
    await this.cut();
  }

  private forward(from: Socket, to: Socket): void {
    from.on('data', (chunk: Buffer) => {
      if (this.frozen) this.held.push(() => to.write(chunk));
      else to.write(chunk);
    });
  }
}
