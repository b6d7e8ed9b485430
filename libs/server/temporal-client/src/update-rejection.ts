import { ApplicationFailure } from '@temporalio/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { AppError, ERROR_CATALOG, type ErrorCode, type FieldError } from '@tdkt/contracts';

/**
 * Sends an update and turns a refusal into the AppError the workflow's validator named (its failure
 * type is an error code), so the API answers with the same status and bilingual message it uses
 * everywhere. An update to a workflow that has ended is a 409: the dossier is past that step.
 */
export async function sendUpdate<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toAppError(error) ?? error;
  }
}

function toAppError(error: unknown): AppError | undefined {
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
