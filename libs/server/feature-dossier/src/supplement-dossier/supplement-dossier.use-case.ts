import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AuthenticatedUser,
  DossierTaskType,
  type DossierUpdateResult,
  supplementUpdate,
} from '@tdkt/contracts';
import { ActorRoles } from '@tdkt/server-feature-inbox';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { SubmissionChecker } from '../submission-checks/submission-checker';
import { dossierToUpdate, updateIdentity } from '../dossier-updates';

/**
 * Resubmits a dossier its reviewer returned, with the note and documents asked for: an update its
 * workflow validates, safe to send again (the same request returns its first answer).
 */
@Injectable()
export class SupplementDossierUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
    private readonly roles: ActorRoles,
    private readonly checker: SubmissionChecker,
  ) {}

  async execute(
    dossierId: string,
    supplement: { note?: string; attachmentIds?: string[] },
    user: AuthenticatedUser,
    idempotencyKey?: string,
  ): Promise<DossierUpdateResult> {
    const dossier = await dossierToUpdate(this.dataSource, dossierId);
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
      { ...updateIdentity(idempotencyKey), ...(round === undefined ? {} : { scope: round.id }) },
    );
    // The reviewer sees what is still missing now, not what was missing at submission.
    await this.checker.refreshDocumentFindings(dossierId, { actorId: user.id, requestId: null });
    return result;
  }
}
