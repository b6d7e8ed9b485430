import { ParseIntPipe } from '@nestjs/common';
import { AppError } from '@tdkt/contracts';

/** A path parameter that must be a positive whole number; anything else is a 400 naming it. */
export function positiveIntParam(name: string): ParseIntPipe {
  return new ParseIntPipe({
    exceptionFactory: () =>
      new AppError('VALIDATION_FAILED', [
        {
          field: name,
          rule: 'isInt',
          message: {
            vi: `${name} phải là số nguyên dương`,
            en: `${name} must be a positive whole number`,
          },
        },
      ]),
  });
}
