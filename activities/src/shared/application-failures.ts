import { ApplicationFailure } from '@temporalio/common';
import { AppError } from '@tdkt/contracts';
import { DomainError } from '@tdkt/domain';

/**
 * Runs a use case and turns its typed errors (bad input, missing plan) into non-retryable failures
 * whose type is the error code: retrying cannot fix them, and the workflow branches on the type.
 * Anything else (a database outage) stays retryable.
 */
export async function failingFastOnBadInput<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) {
      throw ApplicationFailure.nonRetryable(error.message, error.code, error.errors);
    }
    if (error instanceof DomainError) {
      throw ApplicationFailure.nonRetryable(error.message, error.code);
    }
    throw error;
  }
}
