import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ClosingReason,
  type AuthenticatedUser,
  DossierStage,
  DossierTaskType,
  type DossierUpdateResult,
  fileObjectionUpdate,
  supplementUpdate,
  withdrawUpdate,
} from '@tdkt/contracts';
import { appendAudit, type AuditContext, DossierEntity } from '@tdkt/server-database';
import { ActorRoles } from '@tdkt/server-feature-inbox';
import { type UpdateIdentity, WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { releaseInitiatives } from '../initiatives/claim-initiatives';
import { releaseNomination } from '../submission-checks/nomination-claims';
import { SubmissionChecker } from '../submission-checks/submission-checker';
import { dossierNotFound } from '../dossier-errors';

/**
 * What the proposing unit and the public can do to a dossier on its way: withdraw it, resubmit it
 * after supplementing, object to it during disclosure. Each is an update its workflow validates, safe
 * to send again: the same request returns its first answer (see WorkflowUpdates).
 */
@Injectable()
export class DossierActionsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
    private readonly roles: ActorRoles,
    private readonly checker: SubmissionChecker,
  ) {}

  /** A draft is discarded on the spot; a submitted dossier is withdrawn through its workflow. */
  async withdraw(
    dossierId: string,
    reason: string,
    user: AuthenticatedUser,
    audit: AuditContext,
    idempotencyKey?: string,
  ): Promise<DossierUpdateResult> {
    const dossier = await this.load(dossierId);
    if (dossier.stage === DossierStage.DRAFT) return this.discardDraft(dossier, reason, audit);
    const actor = { userId: user.id, roles: await this.roles.over(user, dossier.proposingUnitId) };
    return this.updates.execute(
      dossier.workflowId,
      withdrawUpdate,
      [{ actor, reason }],
      identity(idempotencyKey),
    );
  }

  async supplement(
    dossierId: string,
    supplement: { note?: string; attachmentIds?: string[] },
    user: AuthenticatedUser,
    idempotencyKey?: string,
  ): Promise<DossierUpdateResult> {
    const dossier = await this.load(dossierId);
    const actor = { userId: user.id, roles: await this.roles.over(user, dossier.proposingUnitId) };
    // Each round of supplementation answers its own task: the same note twice is two rounds.
    const [round] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM tasks WHERE workflow_id = $1 AND type = $2 ORDER BY created_at DESC LIMIT 1`,
      [dossier.workflowId, DossierTaskType.supplement],
    );
    const result = await this.updates.execute(
      dossier.workflowId,
      supplementUpdate,
      [{ actor, ...supplement }],
      { ...identity(idempotencyKey), ...(round === undefined ? {} : { scope: round.id }) },
    );
    // The reviewer sees what is still missing now, not what was missing at submission.
    await this.checker.refreshDocumentFindings(dossierId, { actorId: user.id, requestId: null });
    return result;
  }

  async fileObjection(
    dossierId: string,
    objection: { filerName: string; text: string },
    user: AuthenticatedUser,
    idempotencyKey?: string,
  ): Promise<{ objectionId: string }> {
    const dossier = await this.load(dossierId);
    return this.updates.execute(
      dossier.workflowId,
      fileObjectionUpdate,
      [{ filedBy: user.id, filerName: objection.filerName, text: objection.text }],
      identity(idempotencyKey),
    );
  }

  private async load(dossierId: string): Promise<DossierEntity> {
    const dossier = await this.dataSource
      .getRepository(DossierEntity)
      .findOne({ where: { id: dossierId } });
    if (dossier === null) throw dossierNotFound();
    return dossier;
  }

  private discardDraft(
    dossier: DossierEntity,
    reason: string,
    audit: AuditContext,
  ): Promise<DossierUpdateResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE dossiers SET stage = $2, outcome_reason = $3, closed_at = now(), updated_at = now() WHERE id = $1 AND stage = 'DRAFT'`,
        [dossier.id, DossierStage.WITHDRAWN, `${ClosingReason.withdrawnByUnit}: ${reason}`],
      );
      // A discarded draft backs nothing: its initiatives and its nomination are free again.
      await releaseInitiatives(manager, dossier.id);
      await releaseNomination(manager, dossier.id);
      await appendAudit(manager, {
        ...audit,
        action: 'dossier.draft-discarded',
        entityType: 'dossier',
        entityId: dossier.id,
        unitId: dossier.proposingUnitId,
        before: { stage: DossierStage.DRAFT },
        after: { stage: DossierStage.WITHDRAWN, reason },
      });
      return { stage: DossierStage.WITHDRAWN };
    });
  }
}

function identity(idempotencyKey: string | undefined): UpdateIdentity {
  return idempotencyKey === undefined ? {} : { idempotencyKey };
}
