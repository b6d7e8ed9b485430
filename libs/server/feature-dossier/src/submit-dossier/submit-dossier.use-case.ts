import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Client,
  Connection,
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
  type SubmissionChecks,
  WorkflowType,
} from '@tdkt/contracts';
import { ServerConfig } from '@tdkt/server-config';
import { appendAudit, DossierEntity } from '@tdkt/server-database';
import { WorkerPresence } from '@tdkt/server-temporal-client';
import { getRuleSet } from '@tdkt/domain';
import type { DataSource } from 'typeorm';
import { dossierNotFound } from '../dossier-errors';
import { assertUnitActive } from '../create-dossier/dossier-drafts';
import { rulesDate } from '../rules-date';
import { claimNomination, releaseNomination } from '../submission-checks/nomination-claims';
import {
  findingKey,
  type SubmissionCandidate,
  SubmissionChecker,
} from '../submission-checks/submission-checker';
import { DossierWorkflowInputBuilder } from './dossier-input';

/** The dossier as the submission checks see it. */
function candidateOf(dossier: DossierEntity): SubmissionCandidate {
  return {
    dossierId: dossier.id,
    year: dossier.year,
    awardCode: dossier.awardCode,
    proposingUnitId: dossier.proposingUnitId,
    nominee: dossier.nominee,
    initiativeIds: dossier.initiativeIds,
  };
}

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
  /**
   * Why it is not recorded yet: no worker serves the task queue (it will be recorded once one is
   * back), or the worker did not get to it in time.
   */
  worker?: 'unavailable' | 'slow';
}

/** How long a submit waits for the worker to record the dossier, within the request's deadline. */
const RECORD_WAIT_MS = 10_000;

/**
 * Submits a draft: pins the rule set and route, checks it (SubmissionChecker: what the law refuses is
 * refused, what a reviewer should look at is kept on the dossier), takes its nomination (one dossier per
 * nominee, award and year), starts the dossier workflow (workflow id = dossier code, so a repeated
 * submit never starts a second one) and waits briefly until it is recorded; when it is not, says
 * whether a worker serves the task queue at all. Submitting a dossier already submitted answers with
 * it again.
 */
@Injectable()
export class SubmitDossierUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly connection: Connection,
    private readonly config: ServerConfig,
    private readonly inputs: DossierWorkflowInputBuilder,
    private readonly checker: SubmissionChecker,
    private readonly workers: WorkerPresence,
  ) {}

  /** `waitForRecording: false` starts the workflow and answers at once (a batch whose worker is away). */
  async execute(
    command: SubmitDossierCommand,
    options: { waitForRecording?: boolean } = {},
  ): Promise<SubmitDossierResult> {
    const dossier = await this.dataSource
      .getRepository(DossierEntity)
      .findOne({ where: { id: command.dossierId } });
    if (dossier === null) throw dossierNotFound();
    if (dossier.stage !== DossierStage.DRAFT)
      return { id: dossier.id, code: dossier.code, recorded: true };
    await assertUnitActive(this.dataSource.manager, dossier.proposingUnitId);
    const input = await this.inputs.build(dossier, command);
    const checks = await this.check(dossier, input);
    await this.dataSource.transaction(async (manager) => {
      await claimNomination(manager, dossier.id, dossier);
      await manager.query(
        // The unit's remote-area classification as it stands at submission, for the statistics.
        `UPDATE dossiers SET submission_checks = $2, updated_at = now(),
                remote_area = (SELECT remote_area FROM units WHERE units.id = dossiers.proposing_unit_id)
          WHERE id = $1 AND stage = 'DRAFT'`,
        [dossier.id, JSON.stringify(checks)],
      );
      const after = { ruleSetId: checks.ruleSetId, findings: checks.findings.map(findingKey) };
      await appendAudit(manager, {
        action: 'dossier.submission-checked',
        entityType: 'dossier',
        entityId: dossier.id,
        // A submission sent again after Temporal failed to start its workflow checks the same draft
        // again: the same result is one fact, audited once.
        idempotencyKey: `dossier.submission-checked:${dossier.id}:${createHash('sha256')
          .update(JSON.stringify(after))
          .digest('hex')}`,
        actorKind: command.submittedBy === null ? 'system' : 'user',
        actorId: command.submittedBy,
        actorRole: command.submittedAs?.role ?? null,
        actorUnitId: command.submittedAs?.unitId ?? null,
        unitId: dossier.proposingUnitId,
        after,
        requestId: command.requestId,
      });
    });
    const recorded = await this.startAndAwaitRecording(input, options.waitForRecording ?? true);
    if (recorded) return { id: dossier.id, code: dossier.code, recorded };
    const takesWork = await this.workers.takesWorkOf(dossier.code).catch(() => null);
    return {
      id: dossier.id,
      code: dossier.code,
      recorded,
      worker: takesWork === false ? 'unavailable' : 'slow',
    };
  }

  /**
   * Refuses what the submission checks refuse (unknown document codes, a duplicate nomination, an
   * unmet precondition); otherwise the findings for the reviewer.
   */
  private async check(
    dossier: DossierEntity,
    input: DossierWorkflowInput,
  ): Promise<SubmissionChecks> {
    const attachments = await this.dataSource.query<
      { file_name: string; document_code: string | null }[]
    >(
      `SELECT file_name, document_code FROM attachments
        WHERE dossier_id = $1 AND removed_at IS NULL ORDER BY uploaded_at`,
      [dossier.id],
    );
    const ruleSet = getRuleSet(input.ruleSetId);
    const { refusal, findings } = await this.checker.assess(candidateOf(dossier), {
      ruleSet,
      proposingLevel: input.proposingUnit.level,
      asOf: rulesDate(this.config, dossier.year),
      attachments: attachments.map((row) => ({
        fileName: row.file_name,
        documentCode: row.document_code,
      })),
    });
    if (refusal !== null) throw refusal;
    return { checkedAt: new Date().toISOString(), ruleSetId: ruleSet.id, findings };
  }

  private async startAndAwaitRecording(
    input: DossierWorkflowInput,
    waitForRecording: boolean,
  ): Promise<boolean> {
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
      // Nothing started: the draft gives its nomination back until it is submitted again.
      await this.dataSource.transaction((manager) => releaseNomination(manager, input.dossierId));
      throw error;
    }
    if (!waitForRecording) return false;
    try {
      const state = await this.temporal.withDeadline(this.recordingDeadline(), () =>
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

  /** RECORD_WAIT_MS from now, but never past the deadline the request already has on Temporal. */
  private recordingDeadline(): number {
    const own = Date.now() + RECORD_WAIT_MS;
    const ambient = this.connection.callContextStorage.getStore()?.deadline;
    return ambient === undefined ? own : Math.min(own, new Date(ambient).getTime());
  }

  private async isRecorded(dossierId: string): Promise<boolean> {
    const dossier = await this.dataSource
      .getRepository(DossierEntity)
      .findOne({ where: { id: dossierId }, select: { stage: true } });
    return dossier !== null && dossier.stage !== DossierStage.DRAFT;
  }
}
