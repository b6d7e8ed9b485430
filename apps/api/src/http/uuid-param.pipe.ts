import { ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '@tdkt/contracts';
import { fieldMessage } from '../errors/field-messages';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => notAUuid(name) });
}

/** The 400 VALIDATION_FAILED for a field or parameter that should have been a UUID. */
export function notAUuid(field: string): AppError {
  return new AppError('VALIDATION_FAILED', [
    {
      field,
      rule: 'isUuid',
      message: fieldMessage('isUuid', field, [], `${field} must be a UUID`),
    },
  ]);
}
