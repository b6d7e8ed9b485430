import type { DomainErrorCode } from '@tdkt/domain';
import type { ErrorCode } from './errors';

/** Failure types activities raise besides the error catalogue's codes and the domain's. */
export const ActivityFailureType = {
  /** A schedule request the domain refused (`scheduleStep`): bad input never gets better by retrying. */
  invalidInput: 'InvalidInput',
  /** Values PostgreSQL refused: a data exception, a NOT NULL or CHECK violation. */
  inputRejectedByDatabase: 'INPUT_REJECTED_BY_DATABASE',
} as const;

/**
 * The type of an activity failure a workflow may name: an error code of the catalogue (a use case's
 * `AppError`), a domain rule's code, or one of {@link ActivityFailureType}.
 */
export type ActivityFailureType =
  ErrorCode | DomainErrorCode | (typeof ActivityFailureType)[keyof typeof ActivityFailureType];

/** The failure types an activity's retry policy stops on; typed, so a misspelt code does not compile. */
export function nonRetryable(...types: ActivityFailureType[]): ActivityFailureType[] {
  return types;
}
