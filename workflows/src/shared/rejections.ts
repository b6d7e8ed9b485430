import { ApplicationFailure } from '@temporalio/workflow';
import type { ErrorCode, FieldError } from '@tdkt/contracts';

/**
 * Rejects an update in its validator. The type is an error code of libs/contracts, so the API maps
 * it to the same HTTP status and bilingual message it uses everywhere.
 */
export function rejectUpdate(code: ErrorCode, message: string, errors: FieldError[] = []): never {
  throw ApplicationFailure.create({
    type: code,
    message,
    details: errors.length > 0 ? [errors] : [],
    nonRetryable: true,
  });
}
