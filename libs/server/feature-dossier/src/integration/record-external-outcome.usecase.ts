import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { AppError, DossierStage, externalOutcomeSignal } from '@tdkt/contracts';
import { appendAudit, DossierEntity } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';

export interface ExternalOutcome {
  approved: boolean;
  reference: string;
  reason: string | null;
  decisionNumber: string | null;
  decidedOn: string | null;
}

/** The outcome another system reports for a dossier forwarded to it: audited, then handed to the dossier's workflow. */
@Injectable()
export class RecordExternalOutcomeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async execute(code: string, outcome: ExternalOutcome, requestId: string | null): Promise<void> {
    const dossier = await this.dataSource.getRepository(DossierEntity).findOne({ where: { code } });
    if (dossier === null) throw new AppError('DOSSIER_NOT_FOUND');
    if (dossier.stage !== DossierStage.FORWARDED) throw new AppError('STAGE_NOT_ALLOWED');
    await this.dataSource.transaction((manager) =>
      appendAudit(manager, {
        actorKind: 'system',
        action: 'dossier.external-outcome-received',
        entityType: 'dossier',
        entityId: dossier.id,
        unitId: dossier.proposingUnitId,
        after: { ...outcome },
        requestId,
        workflowId: dossier.workflowId,
        idempotencyKey: `external-outcome:${code}:${outcome.reference}`,
      }),
    );
    await this.temporal.workflow
      .getHandle(dossier.workflowId)
      .signal(externalOutcomeSignal, outcome);
  }
}
