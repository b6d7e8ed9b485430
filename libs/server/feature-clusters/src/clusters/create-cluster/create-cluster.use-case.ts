import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@tdkt/contracts';
import { appendAudit } from '@tdkt/server-database';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import type { DataSource } from 'typeorm';

export interface CreateClusterCommand {
  code: string;
  name: string;
  kind: 'cluster' | 'block';
  organizerUnitId: string;
}

/** The standing body sets up a cluster or block, as the organising decision names it. */
@Injectable()
export class CreateClusterUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: CreateClusterCommand, actor: Actor): Promise<{ id: string }> {
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO emulation_clusters (id, code, name, kind, organizer_unit_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [id, command.code, command.name, command.kind, command.organizerUnitId, actor.user.id],
      );
      if (inserted.length === 0) throw new AppError('CLUSTER_CODE_TAKEN');
      await appendAudit(manager, {
        action: 'cluster.created',
        ...auditContextOf(actor),
        entityType: 'cluster',
        entityId: id,
        unitId: command.organizerUnitId,
        after: { ...command },
      });
      return { id };
    });
  }
}
