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

const RECEIVED = 'dossier.external-outcome-received';

/**
 * The outcome another system reports for a dossier forwarded to it: audited, then handed to the
 * dossier's workflow. A dossier takes one outcome. The same outcome sent again (the other system did
 * not see our answer and retries) is accepted without recording anything twice, and handed to the
 * workflow again while it still waits, in case the first hand-over failed; a different one is refused.
 */
@Injectable()
export class RecordExternalOutcomeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async execute(code: string, outcome: ExternalOutcome, requestId: string | null): Promise<void> {
    const waiting = await this.dataSource.transaction(async (manager) => {
      // Locked so that concurrent deliveries of one outcome are told apart from a first delivery.
      const dossier = await manager
        .getRepository(DossierEntity)
        .findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      if (dossier === null) throw new AppError('DOSSIER_NOT_FOUND');
      const [earlier] = await manager.query<{ after: Partial<ExternalOutcome> | null }[]>(
        `SELECT after FROM audit_log
          WHERE entity_type = 'dossier' AND entity_id = $1 AND action = $2 ORDER BY id LIMIT 1`,
        [dossier.id, RECEIVED],
      );
      if (earlier !== undefined) {
        if (!sameOutcome(earlier.after, outcome)) throw new AppError('STAGE_NOT_ALLOWED');
        return dossier.stage === DossierStage.FORWARDED ? dossier : null;
      }
      if (dossier.stage !== DossierStage.FORWARDED) throw new AppError('STAGE_NOT_ALLOWED');
      await appendAudit(manager, {
        actorKind: 'system',
        action: RECEIVED,
        entityType: 'dossier',
        entityId: dossier.id,
        unitId: dossier.proposingUnitId,
        after: { ...outcome },
        requestId,
        workflowId: dossier.workflowId,
        idempotencyKey: `external-outcome:${code}:${outcome.reference}`,
      });
      return dossier;
    });
    if (waiting === null) return;
    await this.temporal.workflow
      .getHandle(waiting.workflowId)
      .signal(externalOutcomeSignal, outcome);
  }
}

function sameOutcome(recorded: Partial<ExternalOutcome> | null, outcome: ExternalOutcome): boolean {
  return (
    recorded !== null &&
    (Object.keys(outcome) as (keyof ExternalOutcome)[]).every(
      (field) => (recorded[field] ?? null) === outcome[field],
    )
  );
}
