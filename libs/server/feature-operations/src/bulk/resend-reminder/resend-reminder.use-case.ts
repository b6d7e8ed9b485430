import { Injectable } from '@nestjs/common';
import { Client, isGrpcDeadlineError, isGrpcServiceError } from '@temporalio/client';
import {
  AppError,
  type BulkRepairInput,
  type BulkRepairProgress,
  bulkRepairWorkflowId,
  type RepairItemResult,
} from '@tdkt/contracts';
import type { Actor } from '@tdkt/server-feature-identity';
import { OperationsReadModel } from '../../read-model/operations-read-model';
import { RepairTargets } from '../../repairs/repair-target';
import type { OperatorScope } from '../../scope/operator-scope';
import { StartBulkRepairUseCase } from '../start-bulk-repair/start-bulk-repair.use-case';

/** gRPC's status code of a call cancelled on the client's side. */
const GRPC_CANCELLED = 1;

/** How long the request waits for the worker to deliver before answering that the reminder is queued. */
const DELIVERY_WAIT_MS = 20_000;

/**
 * Sends a task's holders its reminder again. The worker delivers notifications (it has the e-mail and
 * webhook settings), so this is a one-item repair run there; the answer waits for its result, or says
 * it is queued when no worker finishes it in time (e.g. none is running): it is delivered once one is.
 */
@Injectable()
export class ResendReminderUseCase {
  constructor(
    private readonly readModel: OperationsReadModel,
    private readonly targets: RepairTargets,
    private readonly bulk: StartBulkRepairUseCase,
    private readonly temporal: Client,
  ) {}

  async execute(
    taskId: string,
    request: { reason: string },
    actor: Actor,
    scope: OperatorScope,
  ): Promise<RepairItemResult> {
    const owner = await this.readModel.taskOwner(taskId);
    if (owner === null) throw new AppError('TASK_NOT_FOUND');
    await this.targets.auditOf({ kind: 'signed-in', actor, scope }, owner.unitId, taskId);
    const started = await this.bulk.execute(
      {
        action: 'remind',
        filter: {},
        reason: request.reason,
        resetPoint: null,
        dryRun: false,
        concurrency: 1,
      },
      actor,
      scope,
      [
        {
          workflowId: owner.workflowId,
          runId: '',
          workflowType: '',
          dossierCode: null,
          reasons: [],
          change: `remind the holders of task ${taskId}`,
          taskId,
        },
      ],
    );
    const handle = this.temporal.workflow.getHandle<
      (input: BulkRepairInput) => Promise<BulkRepairProgress>
    >(bulkRepairWorkflowId(started.operationId));
    const progress = await this.temporal
      .withDeadline(Date.now() + DELIVERY_WAIT_MS, () => handle.result())
      .catch((error: unknown) => {
        if (outlastedItsWait(error)) return null;
        throw error;
      });
    if (progress === null)
      return {
        workflowId: owner.workflowId,
        status: 'queued',
        message: `no worker delivered the reminder within ${DELIVERY_WAIT_MS / 1000} s; it is delivered once one runs (operation ${started.operationId})`,
        operationId: started.operationId,
      };
    const result = progress.results[0];
    if (result === undefined)
      throw new Error(`reminder operation ${started.operationId} reported nothing`);
    return result;
  }
}

/**
 * The wait for the result ran out: the long poll ends as DEADLINE_EXCEEDED, or as CANCELLED when the
 * deadline cuts it short, wrapped or not in the client's ServiceError.
 */
function outlastedItsWait(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return [error, cause].some(
    (candidate) =>
      isGrpcDeadlineError(candidate) ||
      (isGrpcServiceError(candidate) && Number(candidate.code) === GRPC_CANCELLED),
  );
}
