import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import {
  AppError,
  ERROR_CATALOG,
  type ErrorCode,
  type FieldError,
  type PlanItemChange,
  type PlanItemStateView,
} from '@tdkt/contracts';
import { ApplicationFailure } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/client';

/**
 * Sends an add or revise Update to a running plan and turns a rejection by the workflow's validator
 * into the same AppError the API gives for its own validation (the workflow names code and fields).
 */
export async function sendPlanItemUpdate(
  temporal: Client,
  workflowId: string,
  update: UpdateDefinition<PlanItemStateView, [PlanItemChange]>,
  change: PlanItemChange,
): Promise<PlanItemStateView> {
  try {
    return await temporal.workflow.getHandle(workflowId).executeUpdate(update, { args: [change] });
  } catch (error) {
    const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (
      cause instanceof ApplicationFailure &&
      cause.type !== null &&
      cause.type !== undefined &&
      cause.type in ERROR_CATALOG
    ) {
      const [errors] = cause.details as [FieldError[] | undefined];
      throw new AppError(cause.type as ErrorCode, errors ?? []);
    }
    throw error;
  }
}
