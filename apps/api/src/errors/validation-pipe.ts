import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { AppError, type FieldError } from '@tdkt/contracts';
import { fieldMessage } from './field-messages';

/**
 * Rejects unknown fields (no mass assignment), converts types, and reports every bad field with its
 * rule and a bilingual message, as a VALIDATION_FAILED AppError.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new AppError('VALIDATION_FAILED', flatten(errors, '')),
  });
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field =
      prefix === ''
        ? error.property
        : /^\d+$/.test(error.property)
          ? `${prefix}[${error.property}]`
          : `${prefix}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([rule, fallback]) => ({
      field,
      rule,
      message: fieldMessage(rule, field, constraintArgs(error, rule), fallback),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function constraintArgs(error: ValidationError, rule: string): unknown[] {
  const target = error.target?.constructor;
  if (typeof target !== 'function') return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find(
      (m) =>
        m.propertyName === error.property && (m.name === rule || m.constraintCls?.name === rule),
    );
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}
