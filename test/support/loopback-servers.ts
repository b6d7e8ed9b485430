import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SmtpSettings } from '@tdkt/server-feature-notifications';
import { SMTPServer } from 'smtp-server';

/** One message as the loopback SMTP server received it, decoded. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  headers: Map<string, string>;
  subject: string;
  text: string;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
}

function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const [head = '', ...bodyParts] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = bodyParts.join('\n\n');
  const text =
    headers.get('content-transfer-encoding')?.toLowerCase() === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : body;
  return { from, to, raw, headers, subject: decodeHeader(headers.get('subject') ?? ''), text };
}

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts. */
export async function startLoopbackSmtp(): Promise<{
  url: string;
  mails: ReceivedMail[];
  /** Delivery settings that send to this server. */
  settings(from: string): SmtpSettings;
  stop(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        mails.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            from,
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const url = `smtp://127.0.0.1:${port}`;
  return {
    url,
    mails,
    settings: (from) => ({
      url,
      host: null,
      port,
      secure: false,
      user: null,
      password: null,
      from,
    }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedWebhook {
  method: string;
  /** The path and query the request was sent to. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** How the loopback server answers a call: a status alone, or a status with a body (JSON unless a string). */
export type LoopbackAnswer = number | { status: number; body?: unknown };

/**
 * An HTTP server on 127.0.0.1 that records every call (a webhook, or another system receiving
 * dossiers) and answers the n-th one as `respond` chooses (200 with no body by default).
 */
export async function startLoopbackWebhook(
  respond: (call: number) => LoopbackAnswer = () => 200,
): Promise<{ url: string; calls: ReceivedWebhook[]; stop(): Promise<void> }> {
  const calls: ReceivedWebhook[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = respond(calls.length + 1);
      const { status, body } = typeof answer === 'number' ? { status: answer } : answer;
      calls.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        status,
      });
      if (body === undefined) response.writeHead(status).end();
      else if (typeof body === 'string') response.writeHead(status).end(body);
      else
        response
          .writeHead(status, { 'content-type': 'application/json' })
          .end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/tdkt`,
    calls,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
