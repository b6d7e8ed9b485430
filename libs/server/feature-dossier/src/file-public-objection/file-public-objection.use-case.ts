import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fileObjectionUpdate } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { WorkflowUpdates } from '@tdkt/server-temporal-client';
import type { DataSource } from 'typeorm';
import {
  PublicObjection,
  PER_ADDRESS_PER_HOUR,
  ALL_PER_HOUR,
  OPEN_DISCLOSURE,
} from '../public-disclosure';

/**
 * An objection to a disclosed nominee, without signing in: it opens the reviewers' objection task.
 * Outside the disclosure window the dossier takes none; a flood from one address or all is refused (429).
 */
@Injectable()
export class FilePublicObjectionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: WorkflowUpdates,
  ) {}

  async execute(dossierId: string, objection: PublicObjection): Promise<{ received: true }> {
    const [row] = await this.dataSource.query<{ workflow_id: string; proposing_unit_id: string }[]>(
      `SELECT d.workflow_id, d.proposing_unit_id FROM dossiers d WHERE d.id = $1 AND ${OPEN_DISCLOSURE}`,
      [dossierId],
    );
    if (row === undefined) throw new AppError('DISCLOSURE_NOT_OPEN');
    await this.pruneEndedWindows();
    await this.countRequest(`objection|${objection.clientIp ?? 'unknown'}`, PER_ADDRESS_PER_HOUR);
    await this.countRequest('objection|all', ALL_PER_HOUR);
    // Keyed by its content: the same objection sent again is the same update, answered once.
    const filed = await this.updates.execute(row.workflow_id, fileObjectionUpdate, [
      {
        filedBy: null,
        filerName: `${objection.filerName} (${objection.contact})`,
        text: objection.text,
      },
    ]);
    await appendAudit(this.dataSource.manager, {
      action: 'dossier.objection-filed-publicly',
      entityType: 'dossier',
      entityId: dossierId,
      unitId: row.proposing_unit_id,
      actorKind: 'anonymous',
      requestId: null,
      after: { objectionId: filed.objectionId, filerName: objection.filerName },
    });
    return { received: true };
  }

  /**
   * Forgets the hours that have ended: only the current hour's counts are ever read, and without
   * this every address that ever objected would stay in the table. Cheap (indexed on window_start)
   * next to the workflow update an objection makes anyway.
   */
  private async pruneEndedWindows(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM public_request_counters WHERE window_start < date_trunc('hour', now())`,
    );
  }

  /** Counts a request in its hour; past the limit, refuses it (429) without counting further. */
  private async countRequest(bucket: string, limit: number): Promise<void> {
    const [counted] = await this.dataSource.query<{ hits: number }[]>(
      `INSERT INTO public_request_counters (bucket, window_start, hits)
       VALUES ($1, date_trunc('hour', now()), 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = public_request_counters.hits + 1
         WHERE public_request_counters.hits < $2
       RETURNING hits`,
      [bucket, limit],
    );
    if (counted === undefined) throw new AppError('TOO_MANY_REQUESTS');
  }
}
