import { Injectable } from '@nestjs/common';
import { AppError, type RoleGrant } from '@tdkt/contracts';
import type { AuditContext } from '@tdkt/server-database';
import {
  CreateDossierUseCase,
  type CreateDossierCommand,
} from '../create-dossier/create-dossier.use-case';
import { SubmissionPreflight } from '../submit-dossier/submission-preflight';
import { SubmitDossierUseCase } from '../submit-dossier/submit-dossier.use-case';

export interface BatchItemResult {
  index: number;
  status: 'submitted' | 'accepted' | 'failed';
  id?: string;
  code?: string;
  /** For `accepted`: no worker serves the task queue, or it did not record the dossier in time. */
  worker?: 'unavailable' | 'slow';
  error?: { code: string; message: { vi: string; en: string }; errors?: unknown[] };
}

/** How many dossiers of a batch are created and started at once: enough to be quick, few enough to spare the servers. */
const BATCH_CONCURRENCY = 4;

/**
 * Submits many dossiers of one unit at once (e.g. a school's teachers for the school-year awards): one
 * workflow each, a few at a time, every item reported on its own so one bad line does not sink the rest.
 * Each item's Idempotency-Key is `<batch key>:<index>`, so a retried batch creates nothing twice.
 * Once an item is not recorded in time, the rest are started without waiting for the worker.
 */
@Injectable()
export class BulkSubmitUseCase {
  constructor(
    private readonly create: CreateDossierUseCase,
    private readonly submit: SubmitDossierUseCase,
    private readonly preflight: SubmissionPreflight,
  ) {}

  async execute(
    items: Omit<CreateDossierCommand, 'idempotencyKey'>[],
    batchKey: string | undefined,
    audit: AuditContext & { actorId: string },
    submittedAs: RoleGrant | null,
  ): Promise<BatchItemResult[]> {
    const results: BatchItemResult[] = new Array<BatchItemResult>(items.length);
    const pace = { waitForRecording: true };
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < items.length; index = next++) {
        results[index] = await this.one(
          index,
          items[index] as CreateDossierCommand,
          batchKey,
          audit,
          submittedAs,
          pace,
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, items.length) }, worker));
    return results;
  }

  private async one(
    index: number,
    item: CreateDossierCommand,
    batchKey: string | undefined,
    audit: AuditContext & { actorId: string },
    submittedAs: RoleGrant | null,
    pace: { waitForRecording: boolean },
  ): Promise<BatchItemResult> {
    try {
      const created = await this.create.execute(
        { ...item, idempotencyKey: batchKey === undefined ? undefined : `${batchKey}:${index}` },
        audit,
        () => this.preflight.check({ ...item, initiativeIds: item.initiativeIds ?? [] }),
      );
      const submitted = await this.submit.execute(
        {
          dossierId: created.id,
          submittedBy: audit.actorId,
          submittedAs,
          requestId: audit.requestId ?? null,
        },
        pace,
      );
      if (!submitted.recorded) pace.waitForRecording = false;
      return {
        index,
        status: submitted.recorded ? 'submitted' : 'accepted',
        id: created.id,
        code: created.code,
        ...(submitted.worker === undefined ? {} : { worker: submitted.worker }),
      };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return {
        index,
        status: 'failed',
        error: {
          code: error.code,
          message: error.localizedMessage,
          ...(error.errors.length > 0 ? { errors: error.errors } : {}),
        },
      };
    }
  }
}
