import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger } from './logger';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('createLogger', () => {
  it('logs a failed query with its SQL and error but never its parameters', () => {
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';
    const driverError = Object.assign(
      new Error('invalid byte sequence for encoding "UTF8": 0x00'),
      {
        code: '22021',
      },
    );
    const failed = new QueryFailedError(
      'UPDATE users SET password_hash = $1 WHERE username = $2',
      [hash, 'lan\u0000'],
      driverError,
    );
    const { stream, lines } = capture();
    const logger = createLogger('api', 'info', stream);
    logger.error({ err: failed, requestId: 'r-1' }, 'unhandled error');
    logger.error({ err: new Error('wrapped', { cause: failed }) }, 'wrapped');

    const text = JSON.stringify(lines());
    expect(text).not.toContain('argon2id');
    expect(text).not.toContain('lan\\u0000');
    const [first] = lines();
    expect(first).toMatchObject({
      service: 'api',
      requestId: 'r-1',
      err: { query: 'UPDATE users SET password_hash = $1 WHERE username = $2', code: '22021' },
    });
    expect((first?.err as { message: string }).message).toContain('0x00');
  });
});
