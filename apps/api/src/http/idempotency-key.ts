import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { AppError } from '@tdkt/contracts';
import type { Request } from 'express';
import { fieldMessage } from '../errors/field-messages';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._-]{8,128}$/;

/** The Idempotency-Key header if sent, checked: 8–128 letters, digits, dots, dashes, underscores. */
export function checkedIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined || IDEMPOTENCY_KEY.test(key)) return key;
  throw new AppError('IDEMPOTENCY_KEY_INVALID', [
    {
      field: 'Idempotency-Key',
      rule: 'matches',
      message: fieldMessage(
        'matches',
        'Idempotency-Key',
        [],
        'Idempotency-Key has the wrong format',
      ),
    },
  ]);
}

/** The request's checked Idempotency-Key (see checkedIdempotencyKey), or undefined. */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const header = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
    return checkedIdempotencyKey(Array.isArray(header) ? header.join(',') : header);
  },
);

/** Documents the optional Idempotency-Key of an action that is safe to send again. */
export const AcceptsIdempotencyKey = (): MethodDecorator =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      '8–128 characters: letters, digits, . _ -. Optional: sending the same request again returns its first answer; the key only tells apart identical requests meant as different actions.',
  });
