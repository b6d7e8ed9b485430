import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  type AuthenticatedUser,
  DossierStage,
  type DossierUpdateResult,
  fileObjectionUpdate,
  supplementUpdate,
  withdrawUpdate,
} from '@tdkt/contracts';
import { appendAudit, type AuditContext, DossierEntity } from '@tdkt/server-database';
import { ActorRoles } from '@tdkt/server-feature-inbox';
import { sendUpdate } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { releaseInitiatives } from '../initiatives/claim-initiatives';
import { releaseNomination } from '../submission-checks/nomination-claims';
import { SubmissionChecker } from '../submission-checks/submission-checker';
import { dossierNotFound } from '../dossier-errors';

/**
 * What the proposing unit and the public can do to a dossier on its way: withdraw it, resubmit it
 * after supplementing, object to it during disclosure. Each is an update its workflow validates.
 */
@Injectable()
export class DossierActionsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly roles: ActorRoles,
    private readonly checker: SubmissionChecker,
  ) {}

  /** A draft is discarded on the spot; a submitted dossier is withdrawn through its workflow. */
  async withdraw(
    dossierId: string,
    reason: string,
    user: AuthenticatedUser,
    audit: AuditContext,
  ): Promise<DossierUpdateResult> {
    const dossier = await this.load(dossierId);
    if (dossier.stage === DossierStage.DRAFT) return this.discardDraft(dossier, reason, audit);
    const actor = { userId: user.id, roles: await this.roles.over(user, dossier.proposingUnitId) };
    return sendUpdate(() =>
      this.temporal.workflow
        .getHandle(dossier.workflowId)
        .executeUpdate(withdrawUpdate, { args: [{ actor, reason }] }),
    );
  }

  async supplement(
    dossierId: string,
    supplement: { note?: string; attachmentIds?: string[] },
    user: AuthenticatedUser,
  ): Promise<DossierUpdateResult> {
    const dossier = await this.load(dossierId);
    const actor = { userId: user.id, roles: await this.roles.over(user, dossier.proposingUnitId) };
    const result = await sendUpdate(() =>
      this.temporal.workflow
        .getHandle(dossier.workflowId)
        .executeUpdate(supplementUpdate, { args: [{ actor, ...supplement }] }),
    );
    // The reviewer sees what is still missing now, not what was missing at submission.
    await this.checker.refreshDocumentFindings(dossierId, { actorId: user.id, requestId: null });
    return result;
  }

  async fileObjection(
    dossierId: string,
    objection: { filerName: string; text: string },
    user: AuthenticatedUser,
  ): Promise<{ objectionId: string }> {
    const dossier = await this.load(dossierId);
    return sendUpdate(() =>
      this.temporal.workflow.getHandle(dossier.workflowId).executeUpdate(fileObjectionUpdate, {
        args: [{ filedBy: user.id, filerName: objection.filerName, text: objection.text }],
      }),
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
        [dossier.id, DossierStage.WITHDRAWN, `WITHDRAWN_BY_UNIT: ${reason}`],
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
