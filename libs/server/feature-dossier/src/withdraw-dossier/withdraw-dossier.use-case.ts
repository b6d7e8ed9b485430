import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ClosingReason,
  type AuthenticatedUser,
  DossierStage,
  type DossierUpdateResult,
  withdrawUpdate,
} from '@tdkt/contracts';
import { appendAudit, type AuditContext, DossierEntity } from '@tdkt/server-database';
import { ActorRoles } from '@tdkt/server-feature-inbox';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { releaseInitiatives } from '../initiatives/claim-initiatives';
import { releaseNomination } from '../submission-checks/nomination-claims';
import { dossierToUpdate, updateIdentity } from '../dossier-updates';

/**
 * Withdraws a dossier at its unit's request: a draft is discarded on the spot, a submitted dossier is
 * withdrawn through its workflow (an update it validates; the same request returns its first answer).
 */
@Injectable()
export class WithdrawDossierUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
    private readonly roles: ActorRoles,
  ) {}

  async execute(
    dossierId: string,
    reason: string,
    user: AuthenticatedUser,
    audit: AuditContext,
    idempotencyKey?: string,
  ): Promise<DossierUpdateResult> {
    const dossier = await dossierToUpdate(this.dataSource, dossierId);
    if (dossier.stage === DossierStage.DRAFT) return this.discardDraft(dossier, reason, audit);
    const actor = { userId: user.id, roles: await this.roles.over(user, dossier.proposingUnitId) };
    return this.updates.execute(
      dossier.workflowId,
      withdrawUpdate,
      [{ actor, reason }],
      updateIdentity(idempotencyKey),
    );
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
