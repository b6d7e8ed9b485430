import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isConnectionError } from './postgres-errors';

describe('isConnectionError', () => {
  it.each([
    ['a refused connection', new Error('connect ECONNREFUSED 127.0.0.1:5432'), true],
    [
      'a server shutting down (57P01)',
      Object.assign(new Error('terminating'), { code: '57P01' }),
      true,
    ],
    ['a crash shutdown (57P02)', Object.assign(new Error('crash'), { code: '57P02' }), true],
    ['a cancelled query (57014)', Object.assign(new Error('cancelled'), { code: '57014' }), true],
    ['a transaction whose connection was dropped', new QueryRunnerAlreadyReleasedError(), true],
    ['a unique violation', Object.assign(new Error('duplicate'), { code: '23505' }), false],
    ['a programming error', new TypeError('x is undefined'), false],
  ])('%s: %s', (_, error, expected) => {
    expect(isConnectionError(error)).toBe(expected);
  });
});
