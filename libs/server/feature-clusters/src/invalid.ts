import { AppError } from '@tdkt/contracts';

/** A 400 naming the field and the rule it broke. */
export function invalid(field: string, rule: string, vi: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', [{ field, rule, message: { vi, en } }]);
}
