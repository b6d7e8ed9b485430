import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthenticatedUser, fileObjectionUpdate } from '@tdkt/contracts';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import { dossierToUpdate, updateIdentity } from '../dossier-updates';

/**
 * Objects to a dossier during its public disclosure, as a signed-in person: an update its workflow
 * validates, safe to send again (the same request returns its first answer).
 */
@Injectable()
export class FileObjectionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
  ) {}

  async execute(
    dossierId: string,
    objection: { filerName: string; text: string },
    user: AuthenticatedUser,
    idempotencyKey?: string,
  ): Promise<{ objectionId: string }> {
    const dossier = await dossierToUpdate(this.dataSource, dossierId);
    return this.updates.execute(
      dossier.workflowId,
      fileObjectionUpdate,
      [{ filedBy: user.id, filerName: objection.filerName, text: objection.text }],
      updateIdentity(idempotencyKey),
    );
  }
}
