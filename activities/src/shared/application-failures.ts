import { ApplicationFailure } from '@temporalio/common';
import { ActivityFailureType, AppError } from '@tdkt/contracts';
import { DomainError, DomainValidationError } from '@tdkt/domain';
import { isDataException, pgErrorCode } from '@tdkt/server-database';

/** The failure type of an activity whose values PostgreSQL refused (see isDataException). */
export const INPUT_REJECTED_BY_DATABASE = ActivityFailureType.inputRejectedByDatabase;

/**
 * What an activity's error becomes for Temporal. Failures no retry can fix are non-retryable, typed
 * by their error code so that workflows branch on them (or hold the work for an administrator): the
 * use cases' typed errors (AppError, except "unavailable" ones), the domain's rule errors, and values
 * PostgreSQL refused. Everything else (an outage, a deadlock, a serialization failure, a bug that a
 * deploy may fix) stays retryable, as does a failure the activity already typed itself.
 */
export function activityFailureOf(error: unknown): unknown {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof AppError) {
    return error.status >= 500
      ? error
      : ApplicationFailure.nonRetryable(error.message, error.code, error.errors);
  }
  if (error instanceof DomainError) {
    return error instanceof DomainValidationError
      ? ApplicationFailure.nonRetryable(error.message, error.code, error.errors)
      : ApplicationFailure.nonRetryable(error.message, error.code);
  }
  if (isDataException(error)) {
    const sqlState = pgErrorCode(error) ?? '';
    return ApplicationFailure.create({
      type: INPUT_REJECTED_BY_DATABASE,
      message: `PostgreSQL refused the activity's input (SQLSTATE ${sqlState}): ${error instanceof Error ? error.message : String(error)}`,
      nonRetryable: true,
      details: [{ sqlState }],
    });
  }
  return error;
}

/**
 * Runs a use case and turns its typed errors (bad input, missing plan) into non-retryable failures
 * whose type is the error code: retrying cannot fix them, and the workflow branches on the type.
 * Anything else (a database outage) stays retryable. The worker applies the same to every activity.
 */
export async function failingFastOnBadInput<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw activityFailureOf(error);
  }
}
