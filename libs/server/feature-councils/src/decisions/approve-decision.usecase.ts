import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowFailedError } from '@temporalio/client';
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
import type { DataSource } from 'typeorm';

/** How long the leader's request waits for the number and documents before answering 202. */
const ISSUE_WAIT_MS = 60_000;

export interface ApproveDecisionCommand {
  issuerUnitId: string;
  dossierIds: string[];
  signedBy: string;
  requestId: string | null;
}

/**
 * A leader approves a batch of dossiers awaiting their decision: one decision listing them all. The
 * checks a person can fix are made here (each dossier awaits this unit's decision, none is decided,
 * the leader authored none); the decision workflow then numbers it, renders its documents and
 * tells each dossier, surviving retries and worker crashes.
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
      decisionId: randomUUID(),
      issuerUnitId: command.issuerUnitId,
      level: dossiers[0]?.current_level ?? '',
      dossierIds: command.dossierIds,
      dossierCodes: command.dossierIds.map(
        (id) => dossiers.find((dossier) => dossier.id === id)?.code ?? '',
      ),
      signedBy: command.signedBy,
      requestId: command.requestId,
    };
    const handle = await this.temporal.workflow.start(WorkflowType.decision, {
      workflowId: decisionWorkflowId(input.decisionId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    try {
      const issued = await this.temporal.withDeadline(
        Date.now() + ISSUE_WAIT_MS,
        () => handle.result() as Promise<IssuedDecision>,
      );
      return { decisionId: input.decisionId, issued };
    } catch (error) {
      if (error instanceof WorkflowFailedError) throw failureOf(error);
      return { decisionId: input.decisionId, issued: null };
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
