import { ApplicationFailure } from '@temporalio/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { AppError, ERROR_CATALOG, type ErrorCode, type FieldError } from '@tdkt/contracts';

/**
 * The AppError a refused update stands for: the workflow's validator names an error code (its
 * failure type) and the fields, so the API answers with the same status and bilingual message it
 * uses everywhere. An update to a workflow that has ended is a 409: it is past that step. Undefined
 * for errors that are not refusals (Temporal unreachable, a deadline).
 */
export function updateRefusal(error: unknown): AppError | undefined {
  if (error instanceof WorkflowNotFoundError) return new AppError('STAGE_NOT_ALLOWED');
  if (!(error instanceof WorkflowUpdateFailedError)) return undefined;
  const cause = error.cause;
  if (!(cause instanceof ApplicationFailure) || !isErrorCode(cause.type))
    return new AppError('STAGE_NOT_ALLOWED');
  const details = cause.details?.[0];
  return new AppError(cause.type, Array.isArray(details) ? (details as FieldError[]) : []);
}

function isErrorCode(type: string | null | undefined): type is ErrorCode {
  return typeof type === 'string' && type in ERROR_CATALOG;
}
