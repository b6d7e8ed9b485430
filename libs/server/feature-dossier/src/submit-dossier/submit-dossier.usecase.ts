import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Client,
  isGrpcDeadlineError,
  WorkflowExecutionAlreadyStartedError,
  type WorkflowHandle,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import {
  AppError,
  DossierStage,
  dossierRecordedUpdate,
  type DossierWorkflow,
  type DossierWorkflowInput,
  type Nominee,
  type RoleGrant,
  SearchAttributes,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { DossierEntity } from '@tdkt/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { allocateDossierCode } from '../dossier-code';
import { requestHash } from '../request-hash';

export interface SubmitDossierCommand {
  year: number;
  awardCode: string;
  proposingUnitId: string;
  nominee: Nominee;
  achievementsSummary: string;
  /** The signed-in author. */
  submittedBy: string;
  /** The role and unit they submit under, for the audit trail. */
  submittedAs: RoleGrant | null;
  requestId: string | null;
  /** Client-chosen key; the same key and body always yield the same dossier. */
  idempotencyKey?: string;
  /** Whose keys these are (the caller's user id), so that two callers' keys never collide. */
  idempotencyScope: string;
}

export interface SubmitDossierResult {
  id: string;
  code: string;
  /** True when the read model already holds the dossier (the worker recorded it in time). */
  recorded: boolean;
  /** True when an earlier request with the same Idempotency-Key created this dossier. */
  replayed: boolean;
}

interface ReservedDossier {
  input: DossierWorkflowInput;
  replayed: boolean;
}

/** How long a submit waits for the worker to record the dossier before answering 202 Accepted. */
const RECORD_WAIT_MS = 10_000;

/**
 * Submits a dossier: reserves its code under the caller's Idempotency-Key, starts its workflow
 * (workflow id = code, so a repeat never starts a second one) and waits briefly until it is recorded.
 */
@Injectable()
export class SubmitDossierUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
  ) {}

  async execute(command: SubmitDossierCommand): Promise<SubmitDossierResult> {
    const reserved = await this.dataSource.transaction((manager) => this.reserve(manager, command));
    const recorded = await this.startAndAwaitRecording(reserved.input);
    return {
      id: reserved.input.dossierId,
      code: reserved.input.code,
      recorded,
      replayed: reserved.replayed,
    };
  }

  private async reserve(
    manager: EntityManager,
    command: SubmitDossierCommand,
  ): Promise<ReservedDossier> {
    const key = command.idempotencyKey;
    const hash = requestHash(this.hashedPart(command));
    if (key !== undefined) {
      // Same-key requests queue here until the first one commits, then find its dossier below.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `${command.idempotencyScope}|${key}`,
      ]);
      const [existing] = await manager.query<
        { request_hash: string; response: DossierWorkflowInput }[]
      >(`SELECT request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = $2`, [
        command.idempotencyScope,
        key,
      ]);
      if (existing !== undefined) {
        if (existing.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { input: existing.response, replayed: true };
      }
    }
    await this.assertUnitActive(manager, command.proposingUnitId);
    const input: DossierWorkflowInput = {
      dossierId: randomUUID(),
      code: await allocateDossierCode(manager, command.year),
      year: command.year,
      awardCode: command.awardCode,
      proposingUnitId: command.proposingUnitId,
      nominee: command.nominee,
      achievementsSummary: command.achievementsSummary,
      submittedAt: new Date().toISOString(),
      submittedBy: command.submittedBy,
      submittedAs: command.submittedAs,
      requestId: command.requestId,
    };
    if (key !== undefined) {
      await manager.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash, response) VALUES ($1, $2, $3, $4)`,
        [command.idempotencyScope, key, hash, JSON.stringify(input)],
      );
    }
    return { input, replayed: false };
  }

  /** A retired or merged unit proposes nothing new; its successor does. */
  private async assertUnitActive(manager: EntityManager, unitId: string): Promise<void> {
    const [unit] = await manager.query<{ active: boolean }[]>(
      `SELECT (valid_to IS NULL OR valid_to >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS active
         FROM units WHERE id = $1`,
      [unitId],
    );
    if (unit === undefined)
      throw new AppError('UNIT_NOT_FOUND', [
        {
          field: 'proposingUnitId',
          rule: 'exists',
          message: { vi: `Không có đơn vị với mã ${unitId}.`, en: `No unit has id ${unitId}.` },
        },
      ]);
    if (!unit.active)
      throw new AppError('UNIT_INACTIVE', [
        {
          field: 'proposingUnitId',
          rule: 'activeUnit',
          message: {
            vi: 'Đơn vị đề nghị đã giải thể hoặc sáp nhập.',
            en: 'The proposing unit has been retired or merged.',
          },
        },
      ]);
  }

  private hashedPart(command: SubmitDossierCommand): unknown {
    const { year, awardCode, proposingUnitId, nominee, achievementsSummary } = command;
    return { year, awardCode, proposingUnitId, nominee, achievementsSummary };
  }

  private async startAndAwaitRecording(input: DossierWorkflowInput): Promise<boolean> {
    let handle: WorkflowHandle<DossierWorkflow>;
    try {
      handle = await this.temporal.workflow.start<DossierWorkflow>(WorkflowType.dossier, {
        workflowId: input.code,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        // A running dossier is joined, a closed one is never started again: one dossier, one workflow.
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: SearchAttributes.DossierStage, value: DossierStage.SUBMITTED },
          { key: SearchAttributes.AwardCode, value: input.awardCode },
          { key: SearchAttributes.UnitId, value: input.proposingUnitId },
          { key: SearchAttributes.Year, value: input.year },
        ],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError)
        return this.isRecorded(input.dossierId);
      throw error;
    }
    try {
      const state = await this.temporal.withDeadline(Date.now() + RECORD_WAIT_MS, () =>
        handle.executeUpdate(dossierRecordedUpdate),
      );
      return state.recorded;
    } catch (error) {
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(error))
        return false;
      // The update only waits for the recording; if the workflow closed meanwhile, the row tells the truth.
      if (await this.isRecorded(input.dossierId)) return true;
      throw error;
    }
  }

  private isRecorded(dossierId: string): Promise<boolean> {
    return this.dataSource.getRepository(DossierEntity).exists({ where: { id: dossierId } });
  }
}
