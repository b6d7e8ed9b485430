import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Client,
  isGrpcDeadlineError,
  type UpdateDefinition,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { AppError } from '@tdkt/contracts';
import { updateRefusal } from './update-rejection';
import { WorkerPresence } from './worker-presence';

/** What makes two requests the same action, besides the update and its arguments. */
export interface UpdateIdentity {
  /**
   * Tells apart the same arguments meant for different steps, e.g. the supplement task being
   * answered, so that a second round's identical note is a new action and not a retry of the first.
   */
  scope?: string;
  /** The caller's Idempotency-Key, if they sent one (already checked). */
  idempotencyKey?: string;
  /** What identifies the request when the arguments carry more (e.g. a request id): default the arguments. */
  request?: unknown;
}

/**
 * Sends people's actions to workflows as updates that are safe to retry. An update's id is what it
 * asks — its name, `scope`, its arguments (who acts, on what, with which outcome) and the caller's
 * Idempotency-Key — so the same request sent again (a client retrying after a timeout or a lost
 * answer) is the same update: Temporal answers it with the first outcome, even after the workflow
 * closed, instead of carrying it out twice or refusing it as if someone else had won a race. A
 * refusal comes back as the AppError the workflow's validator named. No answer within the request's
 * deadline is 503: WORKER_UNAVAILABLE when no worker serves the task queue (the update may still be
 * carried out once one is back, and the same request then returns its outcome),
 * WORKFLOW_ENGINE_UNAVAILABLE otherwise.
 */
@Injectable()
export class WorkflowUpdates {
  constructor(
    private readonly client: Client,
    private readonly workers: WorkerPresence,
  ) {}

  async execute<Ret, Args extends [unknown, ...unknown[]]>(
    workflowId: string,
    update: UpdateDefinition<Ret, Args>,
    args: Args,
    identity: UpdateIdentity = {},
  ): Promise<Ret> {
    try {
      return await this.client.workflow.getHandle(workflowId).executeUpdate(update, {
        updateId: updateIdOf(update.name, args, identity),
        args,
      });
    } catch (error) {
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(error))
        throw await this.unanswered(workflowId);
      throw updateRefusal(error) ?? error;
    }
  }

  private async unanswered(workflowId: string): Promise<AppError> {
    const takesWork = await this.workers.takesWorkOf(workflowId).catch(() => null);
    return new AppError(takesWork === false ? 'WORKER_UNAVAILABLE' : 'WORKFLOW_ENGINE_UNAVAILABLE');
  }
}

/** The update id of a request: the same request always gets the same id, any other a different one. */
export function updateIdOf(name: string, args: unknown[], identity: UpdateIdentity = {}): string {
  const content = canonicalJson({
    scope: identity.scope ?? null,
    key: identity.idempotencyKey ?? null,
    request: identity.request ?? args,
  });
  return `${name}:${createHash('sha256').update(content).digest('hex')}`;
}

/**
 * The id of what a request creates and starts a workflow for (an initiative, a council meeting, a
 * decision). With the caller's Idempotency-Key it is derived from the person, the key and the
 * request, so that a retry finds what the first attempt started; without one it is fresh.
 */
export function createdIdFor(
  kind: string,
  actorId: string,
  idempotencyKey: string | undefined,
  request: unknown,
): string {
  if (idempotencyKey === undefined) return randomUUID();
  const hash = createHash('sha256')
    .update(canonicalJson({ kind, actorId, key: idempotencyKey, request }))
    .digest('hex');
  const variant = ((parseInt(hash[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

/** How a keyed request starts its workflow: a retry joins the one running, never a second run. */
export const KEYED_START = {
  workflowIdConflictPolicy: 'USE_EXISTING',
  workflowIdReusePolicy: 'REJECT_DUPLICATE',
} as const;

/** JSON with object keys sorted, so that the same content always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
