import { ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '@tdkt/contracts';
import { fieldMessage } from '../errors/field-messages';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new AppError('VALIDATION_FAILED', [
        {
          field: name,
          rule: 'isUuid',
          message: fieldMessage('isUuid', name, [], `${name} must be a UUID`),
        },
      ]),
  });
}
