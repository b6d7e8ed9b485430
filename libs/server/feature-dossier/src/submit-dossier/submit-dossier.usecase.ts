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
  DossierStage,
  dossierRecordedUpdate,
  type DossierWorkflow,
  type DossierWorkflowInput,
  type RoleGrant,
  SearchAttributes,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { DossierEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { dossierNotFound } from '../dossier-errors';
import { assertUnitActive } from '../create-dossier/create-dossier.usecase';
import { DossierWorkflowInputBuilder } from './dossier-input';

export interface SubmitDossierCommand {
  dossierId: string;
  submittedBy: string;
  /** The role and unit they submit under, for the audit trail. */
  submittedAs: RoleGrant | null;
  requestId: string | null;
}

export interface SubmitDossierResult {
  id: string;
  code: string;
  /** True when the read model already shows the dossier submitted (the worker recorded it in time). */
  recorded: boolean;
}

/** How long a submit waits for the worker to record the dossier before answering 202 Accepted. */
const RECORD_WAIT_MS = 10_000;

/**
 * Submits a draft: pins the rule set and route, starts the dossier workflow (workflow id = dossier
 * code, so a repeated submit never starts a second one) and waits briefly until it is recorded.
 * Submitting a dossier already submitted answers with it again.
 */
@Injectable()
export class SubmitDossierUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: ServerConfig,
    private readonly inputs: DossierWorkflowInputBuilder,
  ) {}

  async execute(command: SubmitDossierCommand): Promise<SubmitDossierResult> {
    const dossier = await this.dataSource
      .getRepository(DossierEntity)
      .findOne({ where: { id: command.dossierId } });
    if (dossier === null) throw dossierNotFound();
    if (dossier.stage !== DossierStage.DRAFT)
      return { id: dossier.id, code: dossier.code, recorded: true };
    await assertUnitActive(this.dataSource.manager, dossier.proposingUnitId);
    const input = await this.inputs.build(dossier, command);
    return {
      id: dossier.id,
      code: dossier.code,
      recorded: await this.startAndAwaitRecording(input),
    };
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
          { key: SearchAttributes.UnitId, value: input.proposingUnit.id },
          { key: SearchAttributes.Year, value: input.year },
          { key: SearchAttributes.DecidingLevel, value: input.approvalPath.at(-1)?.level ?? '' },
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

  private async isRecorded(dossierId: string): Promise<boolean> {
    const dossier = await this.dataSource
      .getRepository(DossierEntity)
      .findOne({ where: { id: dossierId }, select: { stage: true } });
    return dossier !== null && dossier.stage !== DossierStage.DRAFT;
  }
}
