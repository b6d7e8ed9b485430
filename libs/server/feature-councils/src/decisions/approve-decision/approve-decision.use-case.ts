import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowFailedError, WorkflowNotFoundError } from '@temporalio/client';
import {
  AppError,
  assertSeparationOfDuties,
  ERROR_CATALOG,
  type ErrorCode,
  type DecisionWorkflowInput,
  decisionWorkflowId,
  type IssuedDecision,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { createdIdFor, KEYED_START } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';

export interface ApproveDecisionCommand {
  issuerUnitId: string;
  dossierIds: string[];
  signedBy: string;
  requestId: string | null;
  /** With it, the same approval sent again finds the decision the first one started. */
  idempotencyKey?: string;
}

/**
 * A leader approves a batch of dossiers awaiting their decision: one decision listing them all. The
 * checks a person can fix are made here (each dossier awaits this unit's decision, none is decided,
 * the leader authored none); the decision workflow then numbers it, renders its documents and
 * tells each dossier, surviving retries and worker crashes. The request waits for the number and
 * documents within its deadline on Temporal, then answers without them (202).
 */
@Injectable()
export class ApproveDecisionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async execute(
    command: ApproveDecisionCommand,
  ): Promise<{ decisionId: string; issued: IssuedDecision | null }> {
    const decisionId = createdIdFor('decision', command.signedBy, command.idempotencyKey, {
      issuerUnitId: command.issuerUnitId,
      dossierIds: command.dossierIds,
    });
    // A retry of an approval already under way: its dossiers are no longer awaiting a decision.
    if (command.idempotencyKey !== undefined && (await this.started(decisionId)))
      return this.issuedOrNot(decisionId);
    const dossiers = await this.dataSource.query<
      {
        id: string;
        code: string;
        stage: string;
        current_unit_id: string | null;
        current_level: string | null;
        author_id: string | null;
        submitted_by: string | null;
        decided: boolean;
      }[]
    >(
      `SELECT d.id, d.code, d.stage, d.current_unit_id, d.current_level, d.author_id, d.submitted_by,
              EXISTS (SELECT 1 FROM decision_awardees a WHERE a.dossier_id = d.id) AS decided
         FROM dossiers d WHERE d.id = ANY($1::uuid[])`,
      [command.dossierIds],
    );
    if (dossiers.length !== new Set(command.dossierIds).size)
      throw new AppError('DOSSIER_NOT_FOUND');
    for (const dossier of dossiers) {
      const field = {
        field: 'dossierIds',
        rule: 'awaitingDecision',
        message: {
          vi: `Hồ sơ ${dossier.code} đang ở bước ${dossier.stage}.`,
          en: `Dossier ${dossier.code} is at stage ${dossier.stage}.`,
        },
      };
      if (dossier.decided) throw new AppError('DOSSIER_ALREADY_DECIDED', [field]);
      if (dossier.stage !== 'DECISION_PENDING' || dossier.current_unit_id !== command.issuerUnitId)
        throw new AppError('DOSSIER_NOT_AWAITING_DECISION', [field]);
      for (const author of [dossier.author_id, dossier.submitted_by])
        assertSeparationOfDuties({
          actorId: command.signedBy,
          action: 'decide',
          dossierAuthorId: author,
        });
    }
    const input: DecisionWorkflowInput = {
      decisionId,
      issuerUnitId: command.issuerUnitId,
      level: dossiers[0]?.current_level ?? '',
      dossierIds: command.dossierIds,
      dossierCodes: command.dossierIds.map(
        (id) => dossiers.find((dossier) => dossier.id === id)?.code ?? '',
      ),
      signedBy: command.signedBy,
      requestId: command.requestId,
    };
    await this.temporal.workflow.start(WorkflowType.decision, {
      workflowId: decisionWorkflowId(decisionId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      ...(command.idempotencyKey === undefined ? {} : KEYED_START),
    });
    return this.issuedOrNot(decisionId);
  }

  private async started(decisionId: string): Promise<boolean> {
    try {
      await this.temporal.workflow.getHandle(decisionWorkflowId(decisionId)).describe();
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }

  /** The issued decision once numbered and rendered; null when that outlasts the request's deadline. */
  private async issuedOrNot(
    decisionId: string,
  ): Promise<{ decisionId: string; issued: IssuedDecision | null }> {
    const handle = this.temporal.workflow.getHandle(decisionWorkflowId(decisionId));
    try {
      return { decisionId, issued: (await handle.result()) as IssuedDecision };
    } catch (error) {
      if (error instanceof WorkflowFailedError) throw failureOf(error);
      return { decisionId, issued: null };
    }
  }
}

/** The decision workflow failed on a typed, non-retryable activity error: answer with its code. */
function failureOf(error: WorkflowFailedError): Error {
  let cause: unknown = error.cause;
  while (cause instanceof Error) {
    const type = (cause as { type?: unknown }).type;
    if (typeof type === 'string' && type in ERROR_CATALOG) return new AppError(type as ErrorCode);
    cause = cause.cause;
  }
  return error;
}
