import { ApplicationFailure } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from '@tdkt/contracts';
import { DomainValidationError, UnknownRuleSetError } from '@tdkt/domain';
import { activityFailureOf, INPUT_REJECTED_BY_DATABASE } from './application-failures';

function pgFailure(code: string, message: string): QueryFailedError {
  return new QueryFailedError(
    'INSERT INTO x VALUES ($1)',
    ['secret value'],
    Object.assign(new Error(message), { code }),
  );
}

describe('activityFailureOf', () => {
  it.each<[string, unknown, { type: string } | 'retryable']>([
    [
      'NUL in text (22021)',
      pgFailure('22021', 'invalid byte sequence for encoding "UTF8": 0x00'),
      { type: INPUT_REJECTED_BY_DATABASE },
    ],
    [
      'a lone surrogate in jsonb (22P05)',
      pgFailure('22P05', 'unsupported Unicode escape sequence'),
      { type: INPUT_REJECTED_BY_DATABASE },
    ],
    [
      'bigint out of range (22003)',
      pgFailure('22003', 'value "9223372036854775808" is out of range for type bigint'),
      { type: INPUT_REJECTED_BY_DATABASE },
    ],
    [
      'a NOT NULL violation (23502)',
      pgFailure('23502', 'null value in column "name"'),
      { type: INPUT_REJECTED_BY_DATABASE },
    ],
    [
      'a CHECK violation (23514)',
      pgFailure('23514', 'new row violates check constraint'),
      { type: INPUT_REJECTED_BY_DATABASE },
    ],
    ['a deadlock (40P01)', pgFailure('40P01', 'deadlock detected'), 'retryable'],
    [
      'a serialization failure (40001)',
      pgFailure('40001', 'could not serialize access'),
      'retryable',
    ],
    [
      'a unique violation, maybe a race (23505)',
      pgFailure('23505', 'duplicate key value'),
      'retryable',
    ],
    ['a lost connection (08006)', pgFailure('08006', 'connection failure'), 'retryable'],
    [
      'PostgreSQL unreachable',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      'retryable',
    ],
    ['an unknown bug', new TypeError('x is undefined'), 'retryable'],
    ['a typed use-case error', new AppError('VALIDATION_FAILED'), { type: 'VALIDATION_FAILED' }],
    ['an unavailable dependency', new AppError('DATABASE_UNAVAILABLE'), 'retryable'],
    ['a rule error', new UnknownRuleSetError('VN-1999'), { type: 'UNKNOWN_RULE_SET' }],
    [
      'invalid input to a rule',
      new DomainValidationError([{ field: 'year', rule: 'range', message: { vi: 'x', en: 'x' } }]),
      { type: 'DOMAIN_VALIDATION_FAILED' },
    ],
  ])('%s', (_name, error, expected) => {
    const failure = activityFailureOf(error);
    if (expected === 'retryable') {
      expect(failure).toBe(error);
      return;
    }
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: expected.type, nonRetryable: true });
  });

  it('keeps a failure the activity typed itself, and never carries query parameters', () => {
    const own = ApplicationFailure.retryable('webhook down', 'WEBHOOK_FAILED');
    expect(activityFailureOf(own)).toBe(own);
    const failure = activityFailureOf(
      pgFailure('22021', 'invalid byte sequence'),
    ) as ApplicationFailure;
    expect(failure.message).toContain('SQLSTATE 22021');
    expect(JSON.stringify({ message: failure.message, details: failure.details })).not.toContain(
      'secret value',
    );
  });
});
