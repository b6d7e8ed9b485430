import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Nominee } from '@tdkt/contracts';
import type { AuditContext } from '@tdkt/server-database';
import type { DataSource } from 'typeorm';
import { DossierDrafts } from './dossier-drafts';

export interface CreateDossierCommand {
  year: number;
  awardCode: string;
  proposingUnitId: string;
  nominee: Nominee;
  achievementsSummary: string;
  /** Recognised or pending initiatives the award relies on (each backs one award only). */
  initiativeIds?: string[];
  /** Client-chosen key; the same caller, key and body always yield the same dossier. */
  idempotencyKey?: string;
}

export interface CreatedDossier {
  id: string;
  code: string;
  /** True when an earlier request with the same Idempotency-Key created it. */
  replayed: boolean;
}

/**
 * Creates a draft dossier (bản nháp) with its business code, for its author to complete and submit.
 * With an Idempotency-Key, concurrent or repeated requests yield one dossier.
 */
@Injectable()
export class CreateDossierUseCase {
  /** The request now running for each (person, key) in this process; same-key requests wait here. */
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: DossierDrafts,
  ) {}

  /**
   * `beforeCreating` runs once the request is known not to be a replay, before anything is written:
   * a create-and-submit request refuses there what the submission would refuse, leaving no draft.
   */
  execute(
    command: CreateDossierCommand,
    audit: AuditContext & { actorId: string },
    beforeCreating?: () => Promise<void>,
  ): Promise<CreatedDossier> {
    if (command.idempotencyKey === undefined) return this.create(command, audit, beforeCreating);
    // Same-key requests wait in this process without holding a connection: waiting inside the
    // transaction (below, for other processes) would fill the pool with waiters while the first one
    // needs a second connection for its checks, and every one of them would time out.
    const slot = `${audit.actorId}|${command.idempotencyKey}`;
    const before = this.running.get(slot) ?? Promise.resolve();
    const mine = before
      .catch(() => undefined)
      .then(() => this.create(command, audit, beforeCreating));
    this.running.set(slot, mine);
    void mine
      .catch(() => undefined)
      .then(() => {
        if (this.running.get(slot) === mine) this.running.delete(slot);
      });
    return mine;
  }

  private create(
    command: CreateDossierCommand,
    audit: AuditContext & { actorId: string },
    beforeCreating?: () => Promise<void>,
  ): Promise<CreatedDossier> {
    return this.dataSource.transaction((manager) =>
      this.drafts.createWithin(manager, command, audit, beforeCreating),
    );
  }
}
